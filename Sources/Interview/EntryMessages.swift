import ScoringCore

/// The sentences `enter` shows around languages and the own recommendation, each with its German and English text.
enum EntryMessages {
    /// The heading of a language step: "language German: required C1 (mandatory)".
    static func languageHeading(_ name: String, required: CEFRLevel, mandatory: Bool) -> LocalizedText {
        .init(en: "language \(name): required \(required.rawValue)\(mandatory ? " (mandatory)" : "")\n",
              de: "Sprache \(name): gefordert \(required.rawValue)\(mandatory ? " (verpflichtend)" : "")\n")
    }

    /// The prompt for the interviewer's own recommendation, asked before anything computed is shown.
    static let ownRecommendationPrompt = LocalizedText(
        en: "Your own recommendation (strong-no, no, yes, strong-yes, no-decision), b = back, q = save and quit: ",
        de: "Ihre eigene Empfehlung (klares nein, nein, ja, klares ja, keine entscheidung), b = zurück, q = speichern und beenden: ")

    /// The line before the result by the rubric's rules in the review.
    static let forInformation = LocalizedText(en: "For information (your own recommendation is already recorded):\n",
                                              de: "Zur Information (Ihre eigene Empfehlung steht schon fest):\n")

    /// The note when the own recommendation and the result by the rules point different ways.
    static func recommendationDiffers(_ own: Recommendation) -> LocalizedText {
        .init(en: "  Note: your recommendation \"\(own.label.text(in: "en"))\" differs from the result by the rules; the debrief sees both.\n",
              de: "  Hinweis: Ihre Empfehlung „\(own.label.text(in: "de"))“ weicht vom Ergebnis nach den Regeln ab; die Nachbesprechung sieht beides.\n")
    }

    /// What is missing before submission when a language level was not recorded.
    static func languageLevelMissing(_ code: String) -> LocalizedText {
        .init(en: "the observed level of \(Language.name(of: code, in: "en")) is missing",
              de: "das beobachtete Niveau für \(Language.name(of: code, in: "de")) fehlt")
    }
}
