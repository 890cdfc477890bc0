import Panel
import ScoringCore

/// A ranking as CSV: one row per candidate with a header row — ranked candidates first, then those
/// with a knock-out, then those without a decision; the status column says which.
package struct RankingCSVReport: Sendable {
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
    package func render(_ ranking: Ranking) -> String {
        let locale = ReportLocale(language: language)
        let header = CSVReportMessages.rankingColumns.map(locale.text)
        func row(_ entry: Ranking.Entry, status: String, ranked: Bool) -> [CSVCell] {
            [
                .text(status), ranked ? .integer(entry.rank) : .empty, .text(locale.yesNo(entry.isTied)),
                .text(entry.candidate),
                .text(entry.requisition ?? ""), PanelCSVReport.number(entry.score, digits: 2),
                .text(locale.label(entry.recommendation)),
                .integer(entry.raters), .number(entry.coverage * 100, digits: 1),
                PanelCSVReport.number(entry.withinOneLevel.map { $0 * 100 }, digits: 0),
                .text(entry.knockOuts.map { $0.text(in: language) }.joined(separator: "; ")),
            ]
        }
        let rows =
            ranking.ranked.map { row($0, status: locale.text(ReportMessages.rankedStatus), ranked: true) }
            + ranking.knockedOut.map { row($0, status: locale.text(ReportMessages.knockOutStatus), ranked: false) }
            + ranking.noDecision.map {
                row($0, status: locale.text(ReportMessages.noDecision), ranked: false)
            }
        return CSVWriter(dialect: dialect).table(header: header, rows: rows)
    }
}
