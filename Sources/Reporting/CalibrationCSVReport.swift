import Panel
import ScoringCore

/// Interviewer calibration as CSV: one row per interviewer with a header row.
package struct CalibrationCSVReport: Sendable {
    /// The language of the headers and words.
    package var language: Language
    /// The CSV dialect.
    package var dialect: CSVDialect

    /// Creates a renderer.
    package init(language: Language, dialect: CSVDialect = .rfc4180) {
        self.language = language
        self.dialect = dialect
    }

    /// The table.
    package func render(_ calibration: Calibration) -> String {
        let locale = ReportLocale(language: language)
        let header = ReportMessages.calibrationCSVColumns.map(locale.text)
        let rows: [[CSVCell]] = calibration.interviewers.map { interviewer in
            [
                .text(interviewer.label), .text(locale.yesNo(interviewer.isNamed)), .integer(interviewer.scorecards),
                PanelCSVReport.number(interviewer.meanDeviation, digits: 2),
                PanelCSVReport.number(interviewer.interval?.lowerBound, digits: 2),
                PanelCSVReport.number(interviewer.interval?.upperBound, digits: 2),
                .text(locale.tendency(interviewer.tendency.rawValue)),
                PanelCSVReport.number(interviewer.middleShare.map { $0 * 100 }, digits: 1),
                PanelCSVReport.number(interviewer.spreadWithin, digits: 2),
                .number(interviewer.notAssessedShare * 100, digits: 1),
            ]
        }
        return CSVWriter(dialect: dialect).table(header: header, rows: rows)
    }
}
