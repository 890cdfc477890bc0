/// The formats a report can be written in, each made for its reader.
///
/// - `text`: the terminal.
/// - `markdown`: a wiki page or a pull request (GitHub-flavoured tables).
/// - `html`: one self-contained page with SVG charts, for the screen and for printing on A4.
/// - `csv`: a spreadsheet (see ``CSVDialect`` for German Excel).
/// - `json`: scripts; every document names its versioned schema (`hirescore/panel-result@3`, ...).
///
/// ```swift
/// let text = ReportRenderer(language: .de).merge(report, as: .markdown)
/// ```
package enum ReportFormat: String, Sendable, Hashable, CaseIterable {
    /// Readable terminal text.
    case text
    /// GitHub-flavoured Markdown.
    case markdown
    /// A self-contained HTML page with inline CSS and SVG charts.
    case html
    /// Comma- (or semicolon-) separated values with a header row.
    case csv
    /// JSON with a versioned schema and stable key order.
    case json
}
