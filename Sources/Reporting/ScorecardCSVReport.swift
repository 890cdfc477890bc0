import ScoringCore

/// One scored scorecard as CSV: one row per criterion with a header row — the candidate, interviewer,
/// requisition and interview date (repeated on each row), the section with its score, the criterion,
/// the rating (`n/a` as text, never 0) and the evidence.
package struct ScorecardCSVReport: Sendable {
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
    package func render(_ scorecard: Scorecard, rubric: Rubric, result: ScorecardResult) -> String {
        let locale = ReportLocale(language: language)
        let lang = language.rawValue
        let header = CSVReportMessages.scorecardColumns.map(locale.text)
        var rows: [[CSVCell]] = []
        for (section, sectionResult) in zip(rubric.sections, result.sections) {
            for criterion in section.criteria {
                let entry = scorecard.entries[criterion.id]
                rows.append([
                    .text(scorecard.candidate), .text(scorecard.interviewer), .text(scorecard.requisition ?? ""),
                    scorecard.interviewDate.map(CSVCell.date) ?? .empty, .text(rubric.reference), .text(section.id),
                    PanelCSVReport.number(sectionResult.score, digits: 2), .text(criterion.id),
                    .text(criterion.title.text(in: lang)),
                    PanelCSVReport.rating(entry?.rating ?? .notAssessed),
                    .text(entry?.evidence?.trimmedOfWhitespace ?? ""),
                ])
            }
        }
        return CSVWriter(dialect: dialect).table(header: header, rows: rows)
    }
}
