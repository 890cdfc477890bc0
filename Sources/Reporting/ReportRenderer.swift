import Panel
import ScoringCore

/// One entry point for every report: picks the renderer for a result kind and a format, so that the
/// command line only parses options and writes what it gets.
///
/// ```swift
/// let renderer = ReportRenderer(language: .de, csvDialect: .excelDE)
/// let csv = renderer.merge(report, as: .csv)
/// ```
package struct ReportRenderer: Sendable {
    /// The language of the report.
    package var language: Language
    /// The CSV dialect (for `.csv`).
    package var csvDialect: CSVDialect
    /// Whether the HTML debrief pack of a merge ends with the appendix of statistics, every rating and the evidence.
    package var evidenceAppendix: Bool

    /// Creates a renderer; `evidenceAppendix` adds the appendix to the HTML of a merge (``PanelHTMLReport``).
    package init(language: Language, csvDialect: CSVDialect = .rfc4180, evidenceAppendix: Bool = false) {
        self.language = language
        self.csvDialect = csvDialect
        self.evidenceAppendix = evidenceAppendix
    }

    /// A merge (`hirescore merge`): HTML the debrief pack, JSON schema `hirescore/panel-result@3`.
    package func merge(_ report: PanelMerger.Report, as format: ReportFormat) -> String {
        var out = ""
        merge(report, as: format) { out += $0 }
        return out
    }

    /// Whether a merge's report in `format` shows what the interviewers wrote as evidence: Markdown and CSV do, HTML
    /// with its appendix (``evidenceAppendix``), text and JSON do not. A merge for a report that shows none need not
    /// keep it (``PanelMerger/keepsEvidence``).
    package func mergeShowsEvidence(as format: ReportFormat) -> Bool {
        switch format {
        case .markdown, .csv: true
        case .html: evidenceAppendix
        case .text, .json: false
        }
    }

    /// A merge piece by piece, handed to `emit` in order as each is rendered (the candidates a slice at a time), so
    /// that a campaign's report need not be held whole: the pieces joined are ``merge(_:as:)``.
    package func merge(_ report: PanelMerger.Report, as format: ReportFormat, to emit: (String) -> Void) {
        switch format {
        case .text: PanelTextReport(language: language).write(report, to: emit)
        case .markdown: PanelMarkdownReport(language: language).write(report, to: emit)
        case .html: PanelHTMLReport(language: language, evidenceAppendix: evidenceAppendix).write(report, to: emit)
        case .csv: PanelCSVReport(language: language, dialect: csvDialect).write(report, to: emit)
        case .json:
            PanelJSONReport(language: language).write(report, to: emit)
            emit("\n")
        }
    }

    /// A ranking (`hirescore rank`): JSON schema `hirescore/ranking@2`.
    package func ranking(_ ranking: Ranking, as format: ReportFormat) -> String {
        switch format {
        case .text: return RankingReport(language: language).text(ranking)
        case .markdown: return RankingMarkdownReport(language: language).render(ranking)
        case .html: return RankingHTMLReport(language: language).render(ranking)
        case .csv: return RankingCSVReport(language: language, dialect: csvDialect).render(ranking)
        case .json: return RankingReport(language: language).json(ranking) + "\n"
        }
    }

    /// One ranking per requisition (`hirescore rank`): text and Markdown one after the other, HTML one page with a
    /// section per requisition, CSV one table (the requisition column tells them apart, ranks restart per requisition),
    /// JSON `hirescore/rankings@1` with one `hirescore/ranking@2` object per requisition.
    package func rankings(_ rankings: [Ranking], as format: ReportFormat) -> String {
        guard rankings.count > 1 else {
            return rankings.first.map { ranking($0, as: format) } ?? ranking(Ranking([]), as: format)
        }
        switch format {
        case .text:
            // Each table under its requisition: without the heading the tables could not be told apart.
            return rankings.map { ranking in
                ReportMessages.ranking.text(in: language) + ": " + (ranking.requisition ?? ReportLocale.none) + "\n\n"
                    + self.ranking(ranking, as: .text)
            }.joined(separator: "\n")
        case .markdown:
            return rankings.map { ranking($0, as: format) }.joined(separator: "\n")
        case .html:
            return RankingHTMLReport(language: language).render(rankings)
        case .csv:
            let tables = rankings.map { ranking($0, as: .csv) }
            return
                ([tables[0]]
                + tables.dropFirst().map { table in
                    table.firstIndex(of: "\n").map { String(table[table.index(after: $0)...]) } ?? table
                }).joined()
        case .json:
            return RankingReport(language: language).json(rankings) + "\n"
        }
    }

    /// Interviewer calibration (`hirescore calibrate`): JSON schema `hirescore/calibration@1`.
    package func calibration(_ calibration: Calibration, as format: ReportFormat) -> String {
        switch format {
        case .text: return CalibrationReport(language: language).text(calibration)
        case .markdown: return CalibrationMarkdownReport(language: language).render(calibration)
        case .html: return CalibrationHTMLReport(language: language).render(calibration)
        case .csv: return CalibrationCSVReport(language: language, dialect: csvDialect).render(calibration)
        case .json: return CalibrationReport(language: language).json(calibration) + "\n"
        }
    }

    /// One scored scorecard (`hirescore score`): JSON schema `hirescore/scorecard-result@2`.
    package func scorecard(_ scorecard: Scorecard, rubric: Rubric, result: ScorecardResult, as format: ReportFormat)
        -> String
    {
        switch format {
        case .text: return ScorecardTextReport(language: language).render(scorecard, rubric: rubric, result: result)
        case .markdown:
            return ScorecardMarkdownReport(language: language).render(scorecard, rubric: rubric, result: result)
        case .html: return ScorecardHTMLReport(language: language).render(scorecard, rubric: rubric, result: result)
        case .csv:
            return ScorecardCSVReport(language: language, dialect: csvDialect).render(
                scorecard, rubric: rubric, result: result)
        case .json:
            return ScorecardJSONReport(language: language).render(scorecard, rubric: rubric, result: result) + "\n"
        }
    }
}
