import ScoringCore

// The labels, prompts and problems of the entry steps (criterion, evidence, recommendation, reason, review) and
// the result shown after the own recommendation.
extension EntryMessages {
    /// The rating noun of a module without its own ("Rating 1-5, …").
    static let ratingNoun = LocalizedText(en: "rating", de: "Bewertung")
    /// The label of a criterion's question.
    static let question = LocalizedText(en: "Question", de: "Frage")
    /// The label of the rating already given when an item is shown again.
    static let soFar = LocalizedText(en: "So far", de: "Bisher")
    /// The prompt for evidence the rating requires.
    static let evidenceRequiredPrompt = LocalizedText(
        en: "Evidence (required: what did the candidate say or do?)",
        de: "Beleg (erforderlich: was hat die Person gesagt oder getan?)")
    /// The prompt for optional evidence.
    static let evidenceOptionalPrompt = LocalizedText(
        en: "Evidence (optional, Enter skips)", de: "Beleg (optional, Enter überspringt)")
    /// Why evidence is required: the rubric says so for the criterion.
    static let rubricRequiresEvidence = LocalizedText(
        en: "the rubric requires evidence for this criterion",
        de: "die Bewertungsvorlage verlangt für dieses Kriterium einen Beleg")
    /// Why evidence is required: an extreme rating or a knock-out.
    static let extremeRatingNeedsEvidence = LocalizedText(
        en: "evidence is required for an extreme rating or a knock-out",
        de: "für eine extreme Bewertung oder ein K.-o.-Kriterium ist ein Beleg erforderlich")
    /// The problem with an answer to the language step that is not a CEFR level.
    static func notACEFRLevel(_ answer: String) -> LocalizedText {
        .init(
            en: "'\(answer)' is not a CEFR level; enter A1, A2, B1, B2, C1 or C2, or n",
            de: "'\(answer)' ist keine GER-Stufe; geben Sie A1, A2, B1, B2, C1 oder C2 ein, oder n")
    }
    /// The item named in a message about the own recommendation.
    static let recommendationItem = LocalizedText(en: "the recommendation", de: "die Empfehlung")
    /// The prompt for the reason of the own recommendation.
    static let reasonPrompt = LocalizedText(en: "Reason in a sentence or two", de: "Begründung in ein, zwei Sätzen")
    /// The problem with an empty reason.
    static let reasonRequired = LocalizedText(
        en: "a short reason is required", de: "eine kurze Begründung ist erforderlich")
    /// The item named in a message about the reason.
    static let reasonItem = LocalizedText(en: "the reason", de: "die Begründung")
    /// The item named in a message about the answer at the review.
    static let submissionItem = LocalizedText(en: "the submission", de: "die Abgabe")
    /// An invalid answer of a scripted session, which stops it: "answer 3 ('x') for the reason: …".
    static func invalidAnswer(_ number: Int, answer: String, item: String, problem: LocalizedText) -> LocalizedText {
        .init(
            en: "answer \(number) ('\(answer)') for \(item): \(problem.text(in: "en"))",
            de: "Antwort \(number) ('\(answer)') für \(item): \(problem.text(in: "de"))")
    }
    /// Said when a draft is continued.
    static func resuming(at item: Int, of count: Int) -> LocalizedText {
        .init(
            en: "Resuming the draft at item \(item) of \(count).",
            de: "Der Entwurf wird bei Punkt \(item) von \(count) fortgesetzt.")
    }

    /// What is missing before submission: a criterion without a rating.
    static func notRatedItem(_ id: String) -> LocalizedText {
        .init(
            en: "criterion '\(id)' is not rated (n for n/a is allowed)",
            de: "Kriterium '\(id)' ist nicht bewertet (n für n/a ist erlaubt)")
    }
    /// What is missing before submission: evidence the rating requires.
    static func evidenceMissingItem(_ id: String) -> LocalizedText {
        .init(en: "criterion '\(id)' needs evidence", de: "Kriterium '\(id)' braucht einen Beleg")
    }
    /// What is missing before submission: the own recommendation.
    static let recommendationMissing = LocalizedText(
        en: "your own recommendation is missing", de: "die eigene Empfehlung fehlt")
    /// What is missing before submission: the reason.
    static let reasonMissing = LocalizedText(en: "the reason is missing", de: "die Begründung fehlt")

    /// The help shown by `?`.
    static let help = LocalizedText(
        en: """
            Help: rate what the candidate said or did against the anchors of each level. \
            n = not assessed (never counts as zero), b = back to the previous item, q = save and quit \
            (the same command resumes later); at the review before submitting, a number changes the item with that number. Evidence describes observed behaviour, not traits.

            """,
        de: """
            Hilfe: Bewerten Sie, was die Person gesagt oder getan hat, an den Ankern der Stufen. \
            n = k. A., nicht beurteilt (zählt nie als null), z = zurück zum vorigen Punkt, s = speichern und beenden \
            (derselbe Befehl setzt später fort); in der Übersicht vor der Abgabe ändert eine Zahl den Punkt mit dieser Nummer. Belege beschreiben beobachtetes Verhalten, keine Eigenschaften.

            """)

    /// The heading of the result by the rubric's rules.
    static let resultByRules = LocalizedText(
        en: "Result by the rubric's rules:\n", de: "Ergebnis nach den Regeln der Bewertungsvorlage:\n")
    /// The word before the coverage in the result.
    static let coverage = LocalizedText(en: "coverage", de: "Abdeckung")
    /// The word before a knock-out in the result.
    static let knockOut = LocalizedText(en: "knock-out", de: "K.-o.")
    /// The label of the recommendation by the rubric's rules.
    static let recommendationByRules = LocalizedText(
        en: "recommendation by the rules", de: "Empfehlung nach den Regeln")
    /// The label of the own recommendation in the review.
    static let recommendationLabel = LocalizedText(en: "recommendation", de: "Empfehlung")
    /// The label of the reason in the review.
    static let reasonLabel = LocalizedText(en: "reason", de: "Begründung")
}
