import Panel
import ScoringCore

/// Interviewer calibration as GitHub-flavoured Markdown: a table per interviewer with the legend and
/// the note on the works council's consent.
package struct CalibrationMarkdownReport: Sendable {
    /// The language of the report.
    package var language: Language

    /// Creates a renderer.
    package init(language: Language) {
        self.language = language
    }

    /// The document.
    package func render(_ calibration: Calibration) -> String {
        let locale = ReportLocale(language: language)
        var out = "# \(CalibrationHTMLReport.title(locale: locale).markdown)\n\n"
        var table = MarkdownTable(
            header: CalibrationHTMLReport.header(locale: locale).map(\.markdown), numericColumns: [1, 2, 3, 5, 6, 7])
        for row in CalibrationHTMLReport.rows(calibration, locale: locale) {
            table.add(row.map(\.markdown))
        }
        out += table.render() + "\n"
        out += CalibrationHTMLReport.legend(calibration, locale: locale).map { "- " + $0.markdown + "\n" }.joined()
        for (requisition, criteria) in calibration.criterionReliability
        where CriterionReliabilityReport.hasValues(criteria) {
            out += "\n" + CriterionReliabilityReport(language: language).markdown(requisition, criteria)
        }
        return out
    }
}
