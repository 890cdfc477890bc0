import ScoringCore

// The ranking of a requisition (`hirescore rank`) in every format.
extension ReportMessages {
    /// The title of a ranking.
    package static let ranking = LocalizedText(en: "Ranking", de: "Rangfolge")
    /// The title of a page with one ranking per requisition.
    package static let rankingPerRequisition = LocalizedText(
        en: "Ranking per requisition", de: "Rangfolge je Ausschreibung")
    /// The heading of the ranked candidates.
    package static let rankedHeading = LocalizedText(en: "Ranked", de: "Gereiht")
    /// How many candidates are ranked: "3 ranked".
    package static func rankedCount(_ count: Int) -> LocalizedText {
        .init(en: "\(count) ranked", de: "\(count) gereiht")
    }
    /// How many candidates have a knock-out: "1 with a knock-out".
    package static func knockedOutCount(_ count: Int) -> LocalizedText {
        .init(en: "\(count) with a knock-out", de: "\(count) mit K.-o.-Kriterium")
    }
    /// How many candidates have no decision: "1 without a decision".
    package static func noDecisionCount(_ count: Int) -> LocalizedText {
        .init(en: "\(count) without a decision", de: "\(count) ohne Entscheidung")
    }
    /// Said when a ranking has no candidate.
    package static let noCandidates = LocalizedText(en: "No candidates.", de: "Keine Kandidat*innen.")
    /// The caption of the ranking chart.
    package static let rankingCaption = LocalizedText(
        en:
            "Consensus score per candidate. Candidates with a knock-out or without a decision are not ranked, whatever their score.",
        de:
            "Konsenswert je Kandidat*in. Kandidat*innen mit K.-o.-Kriterium oder ohne Entscheidung werden unabhängig vom Wert nicht gereiht."
    )
    /// The explanation of a tied rank.
    package static let tied = LocalizedText(
        en: "= tied (same score to two decimals)", de: "= gleichauf (gleicher Wert auf zwei Stellen)")
    /// The heading of the candidates with a knock-out.
    package static let withKnockOut = LocalizedText(
        en: "With a knock-out (not ranked)", de: "Mit K.-o.-Kriterium (nicht gereiht)")
    /// The heading of the candidates without a decision.
    package static let noDecisionTooLittleRated = LocalizedText(
        en: "No decision (too little rated)", de: "Keine Entscheidung (zu wenig bewertet)")
    /// The column of the rank.
    package static let rankColumn = LocalizedText(en: "rank", de: "Rang")
    /// The column of the candidate.
    package static let candidateColumn = LocalizedText(en: "candidate", de: "Kandidat*in")
    /// The column of the requisition.
    package static let requisitionColumn = LocalizedText(en: "requisition", de: "Ausschreibung")
    /// The column of the score.
    package static let scoreColumn = LocalizedText(en: "score", de: "Wert")
    /// The column of the recommendation.
    package static let recommendationColumn = LocalizedText(en: "recommendation", de: "Empfehlung")
    /// The column of the number of raters.
    package static let ratersColumn = LocalizedText(en: "raters", de: "Bewertende")
    /// The column of the coverage.
    package static let coverageColumn = LocalizedText(en: "coverage", de: "Abdeckung")
    /// The column of the share of criteria the raters agree on within one level.
    package static let withinOneLevelColumn = LocalizedText(en: "within 1 level", de: "≤ 1 Stufe")
    /// The column of the knock-outs.
    package static let knockOutsColumn = LocalizedText(en: "knock-outs", de: "K.-o.-Kriterien")
    /// The status of a ranked candidate in the CSV.
    package static let rankedStatus = LocalizedText(en: "ranked", de: "gereiht")
    /// The status of a knocked-out candidate in the CSV.
    package static let knockOutStatus = LocalizedText(en: "knock-out", de: "K.-o.")

    static var rankingEntries: [(name: String, text: LocalizedText)] {
        [
            ("ranking", ranking), ("rankingPerRequisition", rankingPerRequisition), ("rankedHeading", rankedHeading),
            ("rankedCount", rankedCount(3)), ("knockedOutCount", knockedOutCount(1)),
            ("noDecisionCount", noDecisionCount(1)), ("noCandidates", noCandidates),
            ("rankingCaption", rankingCaption), ("tied", tied), ("withKnockOut", withKnockOut),
            ("noDecisionTooLittleRated", noDecisionTooLittleRated), ("rankColumn", rankColumn),
            ("candidateColumn", candidateColumn), ("requisitionColumn", requisitionColumn),
            ("scoreColumn", scoreColumn), ("recommendationColumn", recommendationColumn),
            ("ratersColumn", ratersColumn), ("coverageColumn", coverageColumn),
            ("withinOneLevelColumn", withinOneLevelColumn), ("knockOutsColumn", knockOutsColumn),
            ("rankedStatus", rankedStatus), ("knockOutStatus", knockOutStatus),
        ]
    }
}
