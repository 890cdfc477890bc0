import ScoringCore

/// The labels and sentences of the reports of one scored scorecard (`hirescore score` as text, Markdown and HTML),
/// each with its German and English text. Labels the panel reports share (columns, "coverage", the rubric fact)
/// are taken from ``PanelReportMessages``.
package enum ScorecardReportMessages: MessageCatalogue {
    /// The start of the page's title, before the candidate's id: "Scorecard: candidate ".
    package static let titlePrefix = LocalizedText(en: "Scorecard: candidate ", de: "Bewertungsbogen: Kandidat*in ")

    /// The text report's word before the candidate: "Scorecard".
    package static let scorecard = LocalizedText(en: "Scorecard", de: "Bewertungsbogen")

    /// A fact under the title: the interviewer ("interviewer Anna Schmidt").
    package static func interviewerFact(_ interviewer: String) -> LocalizedText {
        .init(en: "interviewer \(interviewer)", de: "Interviewer*in \(interviewer)")
    }

    /// A fact under the title: the day of the interview.
    package static func interviewFact(_ date: String) -> LocalizedText {
        .init(en: "interview \(date)", de: "Interview am \(date)")
    }

    /// The text report's label of the interviewer.
    package static let interviewer = LocalizedText(en: "Interviewer", de: "Interviewer*in")

    /// The text report's label of the requisition.
    package static let requisition = LocalizedText(en: "Requisition", de: "Ausschreibung")

    /// The status of a submitted scorecard.
    package static let submitted = LocalizedText(en: "submitted", de: "abgegeben")

    /// The label of the recommendation by the rubric's rules.
    package static let recommendationByRules = LocalizedText(
        en: "Recommendation by the rules", de: "Empfehlung nach den Regeln")

    /// The text report's label of the recommendation by the rubric's rules.
    package static let recommendation = LocalizedText(en: "Recommendation", de: "Empfehlung")

    /// The label of the interviewer's own recommendation.
    package static let ownRecommendation = LocalizedText(
        en: "Interviewer's own recommendation", de: "Eigene Empfehlung der Interviewer*in")

    /// The label of a score.
    package static let score = LocalizedText(en: "score", de: "Wert")

    /// The label of a section's weight.
    package static let weight = LocalizedText(en: "weight", de: "Gewicht")

    /// The text report's label of a section's flag.
    package static let flag = LocalizedText(en: "flag", de: "Hinweis")

    /// The text report's heading of the overall result.
    package static let result = LocalizedText(en: "Result", de: "Ergebnis")

    /// The text report's label of the rubric's minimum coverage.
    package static let minimum = LocalizedText(en: "minimum", de: "Minimum")

    /// The text report's line when no knock-out fired.
    package static let noKnockOuts = LocalizedText(en: "knock-outs: none", de: "K.-o.-Kriterien: keine")

    /// The heading of the section chart.
    package static let sectionsAgainstThresholds = LocalizedText(
        en: "Sections against the decision thresholds", de: "Abschnitte und Entscheidungsschwellen")

    /// The title of the section chart (for screen readers).
    package static let sectionScoresChart = LocalizedText(
        en: "Section scores against the decision thresholds", de: "Abschnittswerte und Entscheidungsschwellen")

    /// Before a scorecard's observations of a section: "observed".
    package static let observed = LocalizedText(en: "observed", de: "beobachtet")

    /// Every entry, those with arguments shown with sample arguments.
    package static var entries: [(name: String, text: LocalizedText)] {
        [
            ("titlePrefix", titlePrefix), ("scorecard", scorecard),
            ("interviewerFact", interviewerFact("Anna Schmidt")), ("interviewFact", interviewFact("17 Nov 2026")),
            ("interviewer", interviewer), ("requisition", requisition), ("submitted", submitted),
            ("recommendationByRules", recommendationByRules), ("recommendation", recommendation),
            ("ownRecommendation", ownRecommendation), ("score", score), ("weight", weight), ("flag", flag),
            ("result", result), ("minimum", minimum), ("noKnockOuts", noKnockOuts),
            ("sectionsAgainstThresholds", sectionsAgainstThresholds), ("sectionScoresChart", sectionScoresChart),
            ("observed", observed),
        ]
    }
}
