import Panel
import ScoringCore

/// Interviewer calibration as one self-contained HTML page: each interviewer's deviation from the rest
/// of the panel with its 95% interval as a chart, the table, the legend and the works council note.
package struct CalibrationHTMLReport: Sendable {
    /// The language of the report.
    package var language: Language

    /// Creates a renderer.
    package init(language: Language) {
        self.language = language
    }

    static func title(locale: ReportLocale) -> String {
        locale.text(ReportMessages.calibrationTitle)
    }

    static func header(locale: ReportLocale) -> [String] {
        ReportMessages.calibrationColumns.map(locale.text)
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
            ReportMessages.calibrationLegend(minimumForName: calibration.minimumForName).map(locale.text)
            + signatures
    }

    /// The page.
    package func render(_ calibration: Calibration) -> String {
        let locale = ReportLocale(language: language)
        let title = Self.title(locale: locale)
        var body = "<header>\n<h1>\(title.html)</h1>\n<p class=\"facts\"><span>"
        body +=
            locale.text(ReportMessages.interviewerCount(calibration.interviewers.count)).html
        body +=
            "</span><span>"
            + locale.text(ReportMessages.namesFrom(calibration.minimumForName)).html
        body += "</span></p>\n</header>\n"
        if calibration.interviewers.isEmpty {
            body += "<p>\(locale.text(ReportMessages.noInterviewers).html)</p>\n"
        } else {
            body +=
                "<figure>\n"
                + DeviationChart(locale: locale, interviewers: calibration.interviewers).render(id: "calibration-chart")
                + "\n"
            body +=
                "<figcaption>\(locale.text(ReportMessages.deviationCaption).html)</figcaption>\n</figure>\n"
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
