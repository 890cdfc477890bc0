import ScoringCore

/// A whole HTML report page: one self-contained file with the stylesheet inline, no scripts and no
/// references to anything outside it (a content security policy says so to the browser as well).
struct HTMLPage {
    var language: Language
    var title: String
    /// The body's HTML, already escaped.
    var body: String

    func render() -> String {
        head + body + tail
    }

    /// Everything before the body's HTML.
    var head: String {
        """
        <!DOCTYPE html>
        <html lang="\(language.rawValue)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
        <meta name="generator" content="HireScore">
        <title>\(title.html)</title>
        <style>
        \(ReportStylesheet.css)
        </style>
        </head>
        <body>

        """
    }

    /// Everything after the body's HTML.
    var tail: String {
        """
        </body>
        </html>

        """
    }
}

/// A cell of an HTML table: its HTML (escaped by the caller) and how it is set.
struct HTMLCell {
    var html: String
    var numeric = false
    var className: String?
    var rowSpan = 1
    var columnSpan = 1
    var isHeader = false

    /// A text cell (escaped here).
    static func text(_ text: String, class name: String? = nil) -> HTMLCell {
        HTMLCell(html: text.html, className: name)
    }

    /// A row header: the title of what the row is about (escaped here).
    static func rowHeader(_ text: String, rowSpan: Int = 1) -> HTMLCell {
        HTMLCell(html: text.html, rowSpan: rowSpan, isHeader: true)
    }

    /// A number cell, right-aligned.
    static func number(_ text: String) -> HTMLCell {
        HTMLCell(html: text.html, numeric: true)
    }

    /// A cell of ready HTML.
    static func raw(_ html: String, class name: String? = nil) -> HTMLCell {
        HTMLCell(html: html, className: name)
    }

    func render() -> String {
        let tag = isHeader ? "th" : "td"
        var attributes = ""
        let classes = [numeric ? "num" : nil, className].compactMap { $0 }
        if !classes.isEmpty { attributes += " class=\"\(classes.joined(separator: " "))\"" }
        if rowSpan > 1 { attributes += " rowspan=\"\(rowSpan)\"" }
        if columnSpan > 1 { attributes += " colspan=\"\(columnSpan)\"" }
        if isHeader { attributes += columnSpan > 1 ? " scope=\"rowgroup\"" : " scope=\"row\"" }
        return "<\(tag)\(attributes)>\(html)</\(tag)>"
    }
}

/// An HTML table with a header row; `numericColumns` are right-aligned in the header too.
struct HTMLTable {
    var caption: String?
    /// The header cells as HTML.
    var headerHTML: [String]
    var numericColumns: Set<Int> = []
    /// A class for the table (`criteria`: the first column holds titles and keeps a minimum width).
    var className: String?
    var rows: [(cells: [HTMLCell], className: String?)] = []

    /// A table whose header cells are plain text (escaped here).
    init(caption: String? = nil, header: [String], numericColumns: Set<Int> = [], class name: String? = nil) {
        self.caption = caption
        self.headerHTML = header.map(\.html)
        self.numericColumns = numericColumns
        self.className = name
    }

    /// A table whose header cells are ready HTML.
    init(caption: String? = nil, headerHTML: [String], numericColumns: Set<Int> = [], class name: String? = nil) {
        self.caption = caption
        self.headerHTML = headerHTML
        self.numericColumns = numericColumns
        self.className = name
    }

    mutating func add(_ cells: [HTMLCell], class name: String? = nil) {
        rows.append((cells, name))
    }

    func render() -> String {
        var out = "<table\(className.map { " class=\"\($0)\"" } ?? "")>\n"
        if let caption { out += "<caption>\(caption.html)</caption>\n" }
        out +=
            "<thead><tr>"
            + headerHTML.enumerated().map { index, html in
                "<th scope=\"col\"\(numericColumns.contains(index) ? " class=\"num\"" : "")>\(html)</th>"
            }.joined() + "</tr></thead>\n<tbody>\n"
        for row in rows {
            out +=
                "<tr\(row.className.map { " class=\"\($0)\"" } ?? "")>" + row.cells.map { $0.render() }.joined()
                + "</tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }
}

extension Recommendation {
    /// The CSS class of a recommendation (`rec-strong-yes`).
    var cssClass: String { "rec-" + rawValue }
}

/// A recommendation as a badge: symbol and words (colour only adds to them).
func recommendationBadge(_ recommendation: Recommendation, locale: ReportLocale) -> String {
    "<span class=\"badge \(recommendation.cssClass)\">\(ReportLocale.symbol(recommendation)) "
        + "\(locale.label(recommendation).html)</span>"
}
