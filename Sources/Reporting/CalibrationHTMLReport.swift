import Panel
import ScoringCore

/// Interviewer calibration as one self-contained HTML page: each interviewer's deviation from the rest
/// of the panel with its 95% interval as a chart, the table, the legend and the works council note.
public struct CalibrationHTMLReport: Sendable {
    /// The language of the report.
    public var language: Language

    /// Creates a renderer.
    public init(language: Language) {
        self.language = language
    }

    static func title(locale: ReportLocale) -> String {
        locale.pick("Interviewer calibration", "Kalibrierung der Interviewer*innen")
    }

    static func header(locale: ReportLocale) -> [String] {
        locale.isGerman
            ? ["Interviewer*in", "Bögen", "Abweichung", "95-%-Intervall", "Tendenz", "Mitte", "Streuung", "n/a"]
            : ["interviewer", "cards", "deviation", "95% interval", "tendency", "middle", "spread", "n/a"]
    }

    static func rows(_ calibration: Calibration, locale: ReportLocale) -> [[String]] {
        calibration.interviewers.map { interviewer in
            [
                interviewer.label, String(interviewer.scorecards),
                interviewer.meanDeviation.map { locale.signed($0) } ?? ReportLocale.none,
                interviewer.interval.map { "[\(locale.signed($0.lowerBound)), \(locale.signed($0.upperBound))]" }
                    ?? ReportLocale.none,
                locale.tendency(interviewer.tendency.rawValue),
                interviewer.middleShare.map(locale.percent) ?? ReportLocale.none,
                interviewer.spreadWithin.map { locale.fixed($0) } ?? ReportLocale.none,
                locale.percent(interviewer.notAssessedShare),
            ]
        }
    }

    static func legend(_ calibration: Calibration, locale: ReportLocale) -> [String] {
        let signatures =
            calibration.signatures.scorecards == 0
            ? []
            : [
                SignatureMessages.heading.text(in: locale.language) + ": "
                    + calibration.signatures.countsLine.text(in: locale.language) + "."
            ]
        return
            (locale.isGerman
            ? [
                "Abweichung: mittlere Differenz zum Konsens der übrigen Panelmitglieder in Skalenstufen (positiv: milder, negativ: strenger); das 95-%-Intervall über die Bögen entscheidet über die Tendenz.",
                "Mitte: Anteil der Bewertungen auf der Skalenmitte (Tendenz zur Mitte). Streuung: mittlere Standardabweichung innerhalb eines Bogens (niedrig: Halo-Effekt).",
                "Namen erscheinen erst ab \(calibration.minimumForName) Bögen; sonst R1, R2, ... Diese Auswertung kann der Zustimmung des Betriebsrats bedürfen (§ 87 BetrVG).",
            ]
            : [
                "deviation: mean difference from the consensus of the rest of the panel, in scale levels (positive: lenient, negative: severe); the 95% interval over the scorecards decides the tendency.",
                "middle: share of ratings at the middle of the scale (central tendency). spread: mean standard deviation within a scorecard (low: halo).",
                "Names appear only from \(calibration.minimumForName) scorecards; others show as R1, R2, ... In Germany these statistics can need the works council's consent (BetrVG § 87).",
            ]) + signatures
    }

    /// The page.
    public func render(_ calibration: Calibration) -> String {
        let locale = ReportLocale(language: language)
        let title = Self.title(locale: locale)
        var body = "<header>\n<h1>\(title.html)</h1>\n<p class=\"facts\"><span>"
        body +=
            locale.pick(
                "\(calibration.interviewers.count) interviewers", "\(calibration.interviewers.count) Interviewer*innen"
            ).html
        body +=
            "</span><span>"
            + locale.pick(
                "names from \(calibration.minimumForName) scorecards", "Namen ab \(calibration.minimumForName) Bögen"
            ).html
        body += "</span></p>\n</header>\n"
        if calibration.interviewers.isEmpty {
            body += "<p>\(locale.pick("No interviewers.", "Keine Interviewer*innen.").html)</p>\n"
        } else {
            body +=
                "<figure>\n"
                + DeviationChart(locale: locale, interviewers: calibration.interviewers).render(id: "calibration-chart")
                + "\n"
            body +=
                "<figcaption>\(locale.pick("Diamond: mean deviation; line: 95% interval. An interval that does not cross 0 shows a tendency.", "Raute: mittlere Abweichung; Linie: 95-%-Intervall. Ein Intervall, das die 0 nicht schneidet, zeigt eine Tendenz.").html)</figcaption>\n</figure>\n"
            var table = HTMLTable(header: Self.header(locale: locale), numericColumns: [1, 2, 3, 5, 6, 7])
            for row in Self.rows(calibration, locale: locale) {
                table.add(
                    row.enumerated().map { index, text in
                        [1, 2, 3, 5, 6, 7].contains(index) ? .number(text) : .text(text)
                    })
            }
            body += table.render()
        }
        body +=
            "<ul class=\"muted\">\n" + Self.legend(calibration, locale: locale).map { "<li>\($0.html)</li>\n" }.joined()
            + "</ul>\n"
        for (requisition, criteria) in calibration.criterionReliability
        where CriterionReliabilityReport.hasValues(criteria) {
            body += CriterionReliabilityReport(language: language).html(requisition, criteria)
        }
        return HTMLPage(language: language, title: "HireScore — " + title, body: body).render()
    }
}
