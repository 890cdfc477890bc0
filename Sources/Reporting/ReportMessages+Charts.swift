import ScoringCore

// The SVG charts of the HTML reports: titles, legends, notes and the text description for screen readers.
extension ReportMessages {
    /// The legend of a ranked bar.
    package static let ranked = LocalizedText(en: "ranked", de: "gereiht")
    /// The legend of a bar of a knocked-out candidate.
    package static let knockOutNotRanked = LocalizedText(
        en: "✖ knock-out (not ranked)", de: "✖ K.-o.-Kriterium (nicht gereiht)")
    /// The legend and note of a candidate without a decision.
    package static let noDecisionMark = LocalizedText(en: "? no decision", de: "? keine Entscheidung")
    /// The title of the ranking chart.
    package static let rankingChartTitle = LocalizedText(
        en: "Ranking by consensus score", de: "Rangfolge nach Konsenswert")
    /// The note beside a knocked-out candidate's bar.
    package static let knockOutMark = LocalizedText(en: "✖ knock-out", de: "✖ K.-o.")
    /// Said where a candidate has no score.
    package static let noScore = LocalizedText(en: "no score", de: "kein Wert")
    /// A knocked-out candidate in the ranking chart's description.
    package static let knockOutNotRankedInWords = LocalizedText(
        en: "knock-out, not ranked", de: "K.-o.-Kriterium, nicht gereiht")
    /// A candidate without a decision in a chart's description.
    package static let noDecision = LocalizedText(en: "no decision", de: "keine Entscheidung")

    /// The legend of the consensus marker, with the consensus method.
    package static func consensusLegend(_ method: String) -> LocalizedText {
        .init(en: "consensus (\(method))", de: "Konsens (\(method))")
    }
    /// The legend of the flag on rows to discuss.
    package static let discussLegend = LocalizedText(
        en: "⚑ discuss: range of 2 levels or more", de: "⚑ besprechen: Spanne ab 2 Stufen")
    /// The title of the rating dot plot of a section.
    package static func ratingsTitle(_ title: String) -> LocalizedText {
        .init(en: "Ratings: \(title)", de: "Bewertungen: \(title)")
    }
    /// The flag beside a row to discuss.
    package static let discussFlag = LocalizedText(en: "⚑ discuss", de: "⚑ besprechen")
    /// The flag beside a row nobody rated.
    package static let gapFlag = LocalizedText(en: "○ gap", de: "○ Lücke")
    /// The scale at the start of a chart's description: "Scale 1 to 5.".
    package static func scaleRange(_ lowest: Int, _ highest: Int) -> LocalizedText {
        .init(en: "Scale \(lowest) to \(highest).", de: "Skala \(lowest) bis \(highest).")
    }
    /// The word before a consensus value in a description: "consensus ".
    package static let consensusWord = LocalizedText(en: "consensus ", de: "Konsens ")
    /// Said where there is no consensus value.
    package static let noConsensus = LocalizedText(en: "none", de: "keiner")
    /// Added to a row to discuss in a description.
    package static let toDiscuss = LocalizedText(en: "; to discuss", de: "; besprechen")
    /// Added to a row nobody rated in a description.
    package static let gap = LocalizedText(en: "; gap", de: "; Lücke")

    /// The title of the deviation chart of calibration.
    package static let deviationChartTitle = LocalizedText(
        en: "Deviation from the panel with 95% interval", de: "Abweichung vom Panel mit 95-%-Intervall")
    /// The left end of the deviation axis.
    package static let moreSevere = LocalizedText(en: "← more severe", de: "← strenger")
    /// The right end of the deviation axis.
    package static let moreLenient = LocalizedText(en: "more lenient →", de: "milder →")
    /// The middle of the deviation axis.
    package static let othersConsensus = LocalizedText(en: "0 = the others' consensus", de: "0 = Konsens der übrigen")
    /// The word before an interviewer's mean deviation: "deviation ".
    package static let deviationWord = LocalizedText(en: "deviation ", de: "Abweichung ")
    /// Said of an interviewer whose deviation cannot be computed.
    package static let noDeviation = LocalizedText(en: "no deviation computable", de: "keine Abweichung berechenbar")
    /// The interval of an interviewer's deviation: ", interval -0.20 to +0.40".
    package static func interval(_ lower: String, _ upper: String) -> LocalizedText {
        .init(en: ", interval \(lower) to \(upper)", de: ", Intervall \(lower) bis \(upper)")
    }

    /// The decision thresholds at the start of the threshold chart's description, each as (label, value).
    package static func thresholds(_ thresholds: [(String, String)], lowest: Int, highest: Int) -> LocalizedText {
        .init(
            en: "Thresholds: " + thresholds.map { "\($0.0) from \($0.1)" }.joined(separator: ", ")
                + " on the scale \(lowest) to \(highest).",
            de: "Schwellen: " + thresholds.map { "\($0.0) ab \($0.1)" }.joined(separator: ", ")
                + " auf der Skala \(lowest) bis \(highest).")
    }

    /// Said where a section or candidate was not rated.
    package static let notRated = LocalizedText(en: "not rated", de: "nicht bewertet")
    /// The word before the recommendation zone a score lies in: "zone".
    package static let zone = LocalizedText(en: "zone", de: "Bereich")

    static var chartEntries: [(name: String, text: LocalizedText)] {
        [
            ("ranked", ranked), ("knockOutNotRanked", knockOutNotRanked), ("noDecisionMark", noDecisionMark),
            ("rankingChartTitle", rankingChartTitle), ("knockOutMark", knockOutMark), ("noScore", noScore),
            ("knockOutNotRankedInWords", knockOutNotRankedInWords), ("noDecision", noDecision),
            ("consensusLegend", consensusLegend("median")), ("discussLegend", discussLegend),
            ("ratingsTitle", ratingsTitle("Customer orientation")), ("discussFlag", discussFlag), ("gapFlag", gapFlag),
            ("scaleRange", scaleRange(1, 5)), ("consensusWord", consensusWord), ("noConsensus", noConsensus),
            ("toDiscuss", toDiscuss), ("gap", gap), ("deviationChartTitle", deviationChartTitle),
            ("moreSevere", moreSevere), ("moreLenient", moreLenient), ("othersConsensus", othersConsensus),
            ("deviationWord", deviationWord), ("noDeviation", noDeviation), ("interval", interval("-0.20", "+0.40")),
            ("thresholds", thresholds([("no", "2.5"), ("yes", "3")], lowest: 1, highest: 5)),
            ("notRated", notRated), ("zone", zone),
        ]
    }
}
