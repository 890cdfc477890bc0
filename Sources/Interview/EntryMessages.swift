import Foundation
import ScoringCore

/// The sentences `enter` shows around module observations and the own recommendation, each with its German and English text.
public enum EntryMessages {
    /// The heading of an observation step: the module's label and detail, "German: required C1 (mandatory)".
    static func observationHeading(_ request: ObservationRequest) -> LocalizedText {
        let detailEN = request.detail.map { ": " + $0.text(in: "en") } ?? ""
        let detailDE = request.detail.map { ": " + $0.text(in: "de") } ?? ""
        return .init(
            en: "\(request.label.text(in: "en"))\(detailEN)\n", de: "\(request.label.text(in: "de"))\(detailDE)\n")
    }

    /// The prompt for the interviewer's own recommendation, asked before anything computed is shown.
    static let ownRecommendationPrompt = LocalizedText(
        en: "Your own recommendation (strong-no, no, yes, strong-yes, no-decision), b = back, q = save and quit: ",
        de:
            "Ihre eigene Empfehlung (klares-nein, nein, ja, klares-ja, keine = keine Entscheidung), z = zurück, s = speichern und beenden: "
    )

    /// The line before the result by the rubric's rules in the review.
    static let forInformation = LocalizedText(
        en: "For information (your own recommendation is already recorded):\n",
        de: "Zur Information (Ihre eigene Empfehlung steht schon fest):\n")

    /// The note when the own recommendation and the result by the rules point different ways.
    static func recommendationDiffers(_ own: Recommendation) -> LocalizedText {
        .init(
            en:
                "  Note: your recommendation \"\(own.label.text(in: "en"))\" differs from the result by the rules; the debrief sees both.\n",
            de:
                "  Hinweis: Ihre Empfehlung „\(own.label.text(in: "de"))“ weicht vom Ergebnis nach den Regeln ab; die Nachbesprechung sieht beides.\n"
        )
    }

    /// What is missing before submission when an observation was not recorded.
    static func observationMissing(_ request: ObservationRequest) -> LocalizedText {
        .init(
            en:
                "'\(request.label.text(in: "en"))' is not recorded\(request.isRequired ? "" : " (n for n/a is allowed)")",
            de:
                "'\(request.label.text(in: "de"))' ist nicht erfasst\(request.isRequired ? "" : " (n für k. A. ist erlaubt)")"
        )
    }

    /// What is missing before submission when a required observation was recorded as n/a.
    static func observationRequired(_ label: LocalizedText) -> LocalizedText {
        .init(
            en: "'\(label.text(in: "en"))' is required: n/a is not enough",
            de: "'\(label.text(in: "de"))' ist verpflichtend: k. A. genügt nicht")
    }

    // MARK: Keys and option words

    /// The keys and words an interviewer types, in each language; the English ones are accepted in German too.
    enum Key {
        /// Back one item: b, and z (zurück) in German.
        static func isBack(_ answer: String, _ language: Language) -> Bool {
            let lowered = answer.lowercased()
            return lowered == "b" || (language == .de && lowered == "z")
        }

        /// Save and quit: q, and s (speichern) in German.
        static func isQuit(_ answer: String, _ language: Language) -> Bool {
            let lowered = answer.lowercased()
            return lowered == "q" || (language == .de && lowered == "s")
        }

        /// Not assessed: n, n/a, na; in German also k. A., ka.
        static func isNotAssessed(_ answer: String) -> Bool {
            ["n", "n/a", "na", "k. a.", "k.a.", "ka", "k. a"].contains(answer.lowercased())
        }

        /// Submit at the review: y, yes, j, ja.
        static func isSubmit(_ answer: String) -> Bool {
            ["y", "yes", "j", "ja"].contains(answer.lowercased())
        }

        /// Keep the draft at the review: n, no, nein (and the quit keys).
        static func isKeepDraft(_ answer: String, _ language: Language) -> Bool {
            ["n", "no", "nein"].contains(answer.lowercased()) || isQuit(answer, language)
        }
    }

    /// How "not assessed" is shown: n/a, or k. A. (keine Angabe) in German.
    static let notAssessedShort = LocalizedText(en: "n/a", de: "k. A.")

    /// A rating as shown to the interviewer: the level, or n/a in the user's language.
    static func rating(_ rating: Rating, in language: Language) -> String {
        rating.level == nil ? notAssessedShort.text(in: language) : rating.description
    }

    /// The interviewer's own recommendation from a typed answer: the words shown in the prompt of either language,
    /// and what a German or English interviewer would type besides.
    static func recommendation(from answer: String) -> Recommendation? {
        let normalised = answer.trimmingCharacters(in: .whitespaces).lowercased()
            .replacingOccurrences(of: "_", with: "-").replacingOccurrences(of: " ", with: "-")
        switch normalised {
        case "stark-ja", "klar-ja", "klares-ja", "sehr-ja", "unbedingt-ja", "unbedingt", "strong-yes", "strongyes",
            "yes!":
            return .strongYes
        case "stark-nein", "klar-nein", "klares-nein", "auf-keinen-fall", "strong-no", "strongno":
            return .strongNo
        case "keine", "keine-entscheidung", "unentschieden", "offen", "weiß-nicht", "weiss-nicht", "no-decision",
            "undecided", "none":
            return .noDecision
        case "ja", "j", "yes", "y": return .yes
        case "nein", "no": return .no
        default: return Recommendation(answer: answer)
        }
    }

    // MARK: Prompts

    /// The rating prompt's options after the range: "n = n/a, ? = help, b = back, q = save and quit".
    static func ratingOptions(anchorsOnHelp: Bool) -> LocalizedText {
        anchorsOnHelp
            ? .init(
                en: "n = n/a, ? = full anchors and help, b = back, q = save and quit: ",
                de: "n = k. A. (nicht beurteilt), ? = ganze Anker und Hilfe, z = zurück, s = speichern und beenden: ")
            : .init(
                en: "n = n/a, ? = help, b = back, q = save and quit: ",
                de: "n = k. A. (nicht beurteilt), ? = Hilfe, z = zurück, s = speichern und beenden: ")
    }

    /// The problem with a rating that is not on the scale.
    static func ratingProblem(_ range: String) -> LocalizedText {
        .init(
            en: "enter a level from \(range), n for n/a, ? for help, b to go back or q to save and quit",
            de:
                "geben Sie eine Stufe aus \(range) ein, n für k. A. (nicht beurteilt), ? für Hilfe, z für zurück oder s zum Speichern und Beenden"
        )
    }

    /// The line with the scale's labels, shown before the rating prompt on a terminal.
    static let scaleHeading = LocalizedText(en: "Scale: ", de: "Skala: ")

    /// Said after the level that meets the requirements when a short screen shows only that one.
    static let otherLevelsOnHelp = LocalizedText(en: " (? shows every level)", de: " (? zeigt alle Stufen)")

    /// The line standing for the follow-up questions on a short screen.
    static func followUpsOnHelp(_ count: Int) -> LocalizedText {
        .init(
            en: count == 1 ? "1 follow-up question: ? shows it" : "\(count) follow-up questions: ? shows them",
            de: count == 1 ? "1 Nachfrage: ? zeigt sie" : "\(count) Nachfragen: ? zeigt sie")
    }

    /// The heading above the follow-up questions shown in full by `?` when the screen had to cut them.
    static let fullFollowUpsHeading = LocalizedText(
        en: "The follow-up questions in full:\n", de: "Die Nachfragen vollständig:\n")

    /// The heading above the full anchors shown by `?`.
    static let fullAnchorsHeading = LocalizedText(en: "The anchors in full:\n", de: "Die Anker vollständig:\n")

    /// The prompt of an observation step, by its kind: "Observed level A1-C2, n = not assessed, ...".
    static func observationPrompt(_ kind: ObservationKind) -> LocalizedText {
        let what: LocalizedText
        switch kind {
        case .level(let scale):
            let range = "\(scale.levels.first?.id ?? "")-\(scale.levels.last?.id ?? "")"
            what = .init(en: "Observed level \(range)", de: "Beobachtetes Niveau \(range)")
        case .count(let bounds):
            what = .init(
                en: "Number \(bounds.lowerBound)-\(bounds.upperBound)",
                de: "Anzahl \(bounds.lowerBound)-\(bounds.upperBound)")
        case .minutes(let bounds):
            what = .init(
                en: "Minutes \(bounds.lowerBound)-\(bounds.upperBound)",
                de: "Minuten \(bounds.lowerBound)-\(bounds.upperBound)")
        case .choice(let choices):
            let ids = choices.map(\.id).joined(separator: ", ")
            what = .init(en: "One of \(ids)", de: "Eine von \(ids)")
        }
        return .init(
            en: what.text(in: "en") + ", n = not assessed, b = back, q = save and quit: ",
            de: what.text(in: "de") + ", n = nicht beurteilt, z = zurück, s = speichern und beenden: ")
    }

    /// The item named in a message about an observation step: its label.
    static func observationItem(_ request: ObservationRequest) -> LocalizedText {
        .init(en: "'\(request.label.text(in: "en"))'", de: "'\(request.label.text(in: "de"))'")
    }

    /// The problem with a recommendation that is none of the words.
    static let recommendationProblem = LocalizedText(
        en: "enter strong-no, no, yes, strong-yes or no-decision",
        de: "geben Sie klares-nein, nein, ja, klares-ja oder keine (Entscheidung) ein; die englischen Wörter gehen auch"
    )

    /// The prompt at the review.
    static func submitPrompt(itemCount: Int) -> LocalizedText {
        .init(
            en:
                "Submit now? y = submit and seal, n = keep the draft and quit, b = back, 1-\(itemCount) = change that item: ",
            de:
                "Jetzt abgeben? j = abgeben und versiegeln, n = Entwurf behalten und beenden, z = zurück, 1-\(itemCount) = diesen Punkt ändern: "
        )
    }

    /// The problem with an answer at the review.
    static func submitProblem(itemCount: Int) -> LocalizedText {
        .init(
            en:
                "enter y to submit, n to keep the draft, b to go back, or a number from 1 to \(itemCount) to change that item",
            de:
                "geben Sie j zum Abgeben, n zum Behalten des Entwurfs, z für zurück oder eine Zahl von 1 bis \(itemCount) zum Ändern dieses Punkts ein"
        )
    }

    /// The heading of the review list.
    static let reviewHeading = LocalizedText(
        en: "Your answers (type a number at the prompt to change that item):\n",
        de: "Ihre Antworten (eine Zahl an der Eingabe ändert diesen Punkt):\n")

    /// Said after a jump from the review, before the item.
    static func changingItem(_ number: Int) -> LocalizedText {
        .init(
            en: "Changing item \(number); after it you come back to the review.",
            de: "Punkt \(number) wird geändert; danach geht es zurück zur Übersicht.")
    }

    // MARK: Evidence

    /// Whether required evidence is long enough to be an observation: at least the rubric's minimum (a short
    /// sentence unless the rubric sets `evidence-minimum`).
    static func isSentence(_ evidence: String, minimum: EvidenceMinimum) -> Bool {
        minimum.isMet(by: evidence)
    }

    /// The problem with required evidence that is too short.
    static func evidenceTooShort(_ minimum: EvidenceMinimum) -> LocalizedText {
        .init(
            en:
                "evidence must be at least a short sentence (\(minimum.characters) characters, \(minimum.words) words): write what the candidate said or did",
            de:
                "ein Beleg muss mindestens ein kurzer Satz sein (\(minimum.characters) Zeichen, \(minimum.words) Wörter): schreiben Sie, was die Person gesagt oder getan hat"
        )
    }

    /// What is missing before submission when required evidence is too short.
    static func evidenceTooShortItem(_ id: String) -> LocalizedText {
        .init(
            en: "criterion '\(id)' needs evidence of at least a short sentence",
            de: "Kriterium '\(id)' braucht einen Beleg von mindestens einem kurzen Satz")
    }

    /// The words around an evidence or reason prompt's kept value.
    static func keeps(_ existing: String) -> LocalizedText {
        .init(en: " [Enter keeps: \(existing)]", de: " [Enter behält: \(existing)]")
    }

    // MARK: Interruption

    /// The line written when a signal (Ctrl-C, a closed terminal, kill) ends the session; the draft is already saved.
    public static let interrupted = LocalizedText(
        en: "\ninterrupted: the draft is saved; run the same command again to continue\n",
        de: "\nunterbrochen: der Entwurf ist gespeichert; derselbe Befehl setzt fort\n")
}
