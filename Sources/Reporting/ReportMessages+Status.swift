import ScoringCore

// The panel status (`hirescore status`): who has submitted, what is missing, whether a candidate can be merged.
extension ReportMessages {
    /// Said when the store holds no scorecard.
    package static let noScorecardsFound = LocalizedText(
        en: "No scorecards found.", de: "Keine Bewertungsbögen gefunden.")
    /// The word before a candidate's id: "Candidate".
    package static let candidateHeading = LocalizedText(en: "Candidate", de: "Kandidat*in")
    /// How many of a stage's interviewers have submitted: ": 1 of 2 submitted".
    package static func submittedOf(_ submitted: Int, _ expected: Int) -> LocalizedText {
        .init(en: ": \(submitted) of \(expected) submitted", de: ": \(submitted) von \(expected) abgegeben")
    }
    /// The word before the time a draft was last saved: "since ".
    package static let since = LocalizedText(en: "since ", de: "seit ")
    /// Said of a card whose seal does not match its content.
    package static let sealBroken = LocalizedText(
        en: "seal does not match the content", de: "Siegel passt nicht zum Inhalt")
    /// Said of a card that is still a draft.
    package static let draft = LocalizedText(en: "draft", de: "Entwurf")
    /// How many interviewers of a stage have no card yet, with the role: "1 missing (team lead)".
    package static func missing(_ count: Int, role: String) -> LocalizedText {
        .init(en: "\(count) missing\(role)", de: "\(count) fehlt\(role)")
    }
    /// A card whose stage the rubric version does not plan.
    package static func strayCard(_ interviewer: String, file: String) -> LocalizedText {
        .init(
            en: "\(interviewer): \(file) matches no planned stage of this rubric version",
            de: "\(interviewer): \(file) passt zu keiner geplanten Stufe dieser Vorlagenversion")
    }
    /// Said of a candidate whose cards are all in.
    package static let readyToMerge = LocalizedText(en: "→ ready to merge", de: "→ kann zusammengeführt werden")
    /// Said before what stops a candidate from being merged.
    package static let notReadyToMerge = LocalizedText(
        en: "→ not ready to merge: ", de: "→ noch nicht zusammenführbar: ")
    /// The heading of the files that could not be read.
    package static let unreadableFiles = LocalizedText(
        en: "Unreadable (hirescore verify shows why):", de: "Nicht lesbar (hirescore verify zeigt warum):")

    static var statusEntries: [(name: String, text: LocalizedText)] {
        [
            ("noScorecardsFound", noScorecardsFound), ("candidateHeading", candidateHeading),
            ("submittedOf", submittedOf(1, 2)), ("since", since), ("sealBroken", sealBroken), ("draft", draft),
            ("missing", missing(1, role: " (team lead)")), ("strayCard", strayCard("a-schmidt", file: "x.yaml")),
            ("readyToMerge", readyToMerge), ("notReadyToMerge", notReadyToMerge), ("unreadableFiles", unreadableFiles),
        ]
    }
}
