import ScoringCore

// The columns of the panel reports' tables (Markdown and HTML), and the text report's ratings header.
extension PanelReportMessages {
    /// The overview's column of the panel recommendation.
    package static let panelRecommendationColumn = LocalizedText(en: "panel recommendation", de: "Panel-Empfehlung")
    /// The overview's column of the share of criteria the raters agree on within one level.
    package static let withinOneLevelColumn = LocalizedText(en: "within 1 level", de: "≤ 1 Stufe auseinander")
    /// The overview's column of the number of criteria to discuss.
    package static let toDiscussColumn = LocalizedText(en: "to discuss", de: "zu besprechen")
    /// The mark after a recommendation capped by a knock-out: "knock-out".
    package static let knockOutMark = LocalizedText(en: "knock-out", de: "K.-o.")
    /// The column of the criterion.
    package static let criterionColumn = LocalizedText(en: "criterion", de: "Kriterium")
    /// The column of the median rating.
    package static let medianColumn = LocalizedText(en: "median", de: "Median")
    /// The column of the mean rating.
    package static let meanColumn = LocalizedText(en: "mean", de: "Mittel")
    /// The column of the range of the ratings.
    package static let rangeColumn = LocalizedText(en: "range", de: "Spanne")
    /// The column of the consensus rating.
    package static let consensusColumn = LocalizedText(en: "consensus", de: "Konsens")
    /// The column of the section.
    package static let sectionColumn = LocalizedText(en: "section", de: "Abschnitt")
    /// The column of the recommendation a section score falls in.
    package static let zoneColumn = LocalizedText(en: "zone", de: "Bereich")
    /// The column of the interviewer.
    package static let interviewerColumn = LocalizedText(en: "interviewer", de: "Interviewer*in")
    /// The column of the interview's date.
    package static let interviewColumn = LocalizedText(en: "interview", de: "Interview")
    /// The column of an interviewer's own recommendation.
    package static let ownRecommendationColumn = LocalizedText(en: "own recommendation", de: "eigene Empfehlung")
    /// The column of an interviewer's own ratings' result by the rubric's rules.
    package static let ownRatingsByRulesColumn = LocalizedText(
        en: "own ratings → by the rules", de: "eigene Bewertungen → nach den Regeln")
    /// The column of an interviewer's reason.
    package static let reasonColumn = LocalizedText(en: "reason", de: "Begründung")
    /// The column of a rating.
    package static let ratingColumn = LocalizedText(en: "rating", de: "Bewertung")
    /// The column of a piece of evidence.
    package static let evidenceColumn = LocalizedText(en: "evidence", de: "Beleg")
    /// The text report's columns after the raters' numbers, aligned to the figures below them.
    package static let ratingsTextColumns = LocalizedText(en: "  median   mean  range", de: "  Median Mittel Spanne")

    static var columnEntries: [(name: String, text: LocalizedText)] {
        [
            ("panelRecommendationColumn", panelRecommendationColumn), ("withinOneLevelColumn", withinOneLevelColumn),
            ("toDiscussColumn", toDiscussColumn), ("knockOutMark", knockOutMark), ("criterionColumn", criterionColumn),
            ("medianColumn", medianColumn), ("meanColumn", meanColumn), ("rangeColumn", rangeColumn),
            ("consensusColumn", consensusColumn), ("sectionColumn", sectionColumn), ("zoneColumn", zoneColumn),
            ("interviewerColumn", interviewerColumn), ("interviewColumn", interviewColumn),
            ("ownRecommendationColumn", ownRecommendationColumn), ("ownRatingsByRulesColumn", ownRatingsByRulesColumn),
            ("reasonColumn", reasonColumn), ("ratingColumn", ratingColumn), ("evidenceColumn", evidenceColumn),
            ("ratingsTextColumns", ratingsTextColumns),
        ]
    }
}
