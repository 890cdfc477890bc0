import Panel
import ScoringCore

/// A merge as CSV for a spreadsheet: one row per candidate and criterion, with a header row.
///
/// Columns: requisition, candidate, rubric, the panel's recommendation, consensus score, consensus method and the
/// share of criteria on which every rater is within one level, in percent (repeated on each of the candidate's rows,
/// for filtering and pivot tables), section, criterion id and title, the
/// consensus, median, mean and range, whether to discuss and whether it is a gap, then per rater (as
/// many as the largest panel has) the interviewer, the rating (`n/a` as text, never 0) and the evidence.
/// Headers and yes/no are in the report's language; numbers are numbers in the ``CSVDialect``.
package struct PanelCSVReport: Sendable {
    /// The language of the headers and words.
    package var language: Language
    /// The CSV dialect.
    package var dialect: CSVDialect

    /// Creates a renderer.
    package init(language: Language, dialect: CSVDialect = .rfc4180) {
        self.language = language
        self.dialect = dialect
    }

    /// The consensus method cell: the method, marked as a what-if when it is not the rubric's.
    static func method(_ panel: PanelResult, language: Language) -> String {
        let used = panel.method.label.text(in: language)
        guard panel.isWhatIf else { return used }
        return CSVReportMessages.whatIfMethod(panel.method, rubric: panel.rubric.decision.consensus).text(in: language)
    }

    /// The table.
    package func render(_ report: PanelMerger.Report) -> String {
        var out = ""
        write(report) { out += $0 }
        return out
    }

    /// The table piece by piece, in order (see ``ReportPieces``): the header, then the rows of the candidates a
    /// slice at a time.
    package func write(_ report: PanelMerger.Report, to emit: (String) -> Void) {
        let locale = ReportLocale(language: language)
        let raterColumns = report.panels.map(\.raters.count).max() ?? 0
        var header = CSVReportMessages.panelColumns.map(locale.text)
        for index in 0..<raterColumns {
            header += CSVReportMessages.raterColumns(index + 1).map(locale.text)
        }
        let writer = CSVWriter(dialect: dialect)
        emit(writer.table(header: header, rows: []))
        ReportPieces.candidates(report.panels, emit: emit) { _, panel in
            rows(panel, raterColumns: raterColumns).map(writer.line).joined()
        }
    }

    /// One row per criterion of `panel`, with `raterColumns` groups of rater columns (empty past its raters).
    func rows(_ panel: PanelResult, raterColumns: Int) -> [[CSVCell]] {
        let locale = ReportLocale(language: language)
        let lang = language.rawValue
        var rows: [[CSVCell]] = []
        let evidence = panel.raters.map(\.evidence.loaded)
        for row in panel.rows {
            var cells: [CSVCell] = [
                .text(panel.requisition ?? ""), .text(panel.candidate), .text(panel.rubric.reference),
                .text(locale.label(panel.consensus.recommendation)),
                Self.number(panel.consensus.overallScore, digits: 2),
                .text(Self.method(panel, language: language)),
                Self.number(panel.spread.withinOneLevelShare.map { $0 * 100 }, digits: 0),
                .text(row.sectionID), .text(row.criterionID),
                .text(panel.rubric.criterion(row.criterionID)?.title.text(in: lang) ?? row.criterionID),
                Self.number(row.consensus, digits: 2), Self.number(row.median, digits: 2),
                Self.number(row.mean, digits: 2),
                Self.number(row.range, digits: 0), .text(locale.yesNo(row.needsDiscussion)),
                .text(locale.yesNo(row.isGap)),
            ]
            for index in 0..<raterColumns {
                guard index < panel.raters.count else {
                    cells += [.empty, .empty, .empty]
                    continue
                }
                let rater = panel.raters[index]
                cells += [
                    .text(rater.interviewer), Self.rating(row.ratings[index]),
                    .text(evidence[index][row.criterionID] ?? ""),
                ]
            }
            rows.append(cells)
        }
        return rows
    }

    /// A number, or an empty cell when there is none.
    static func number(_ value: Double?, digits: Int) -> CSVCell {
        value.map { .number($0, digits: digits) } ?? .empty
    }

    /// A rating: the level as a number, `n/a` as text.
    static func rating(_ rating: Rating) -> CSVCell {
        switch rating {
        case .level(let level): return .integer(level)
        case .consensus(let value): return .number(value, digits: 2)
        case .notAssessed: return .text("n/a")
        }
    }
}
