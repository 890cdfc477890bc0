import Foundation
import ScoringCore

/// One cell of a CSV table: text from people or rubrics, or a number HireScore computed.
///
/// The difference matters for spreadsheet formula injection: a text cell that begins with `=`, `+`,
/// `-`, `@`, a tab or a carriage return is neutralised with a leading `'`, so that a spreadsheet shows
/// it as text instead of running it as a formula. Numbers are written by HireScore itself and stay
/// numbers, negative ones included (`-0.26`), so that a spreadsheet can compute with them.
package enum CSVCell: Sendable, Hashable {
    /// Text: names, ids, evidence, messages. Neutralised when it could start a formula.
    case text(String)
    /// A number with exactly `digits` decimals, written with the dialect's decimal mark.
    case number(Double, digits: Int)
    /// A whole number.
    case integer(Int)
    /// A date, written the way the dialect's spreadsheet reads dates.
    case date(CalendarDate)
    /// Nothing (a value that does not exist, such as the mean of no ratings).
    case empty
}

/// Writes CSV tables: a header row, then rows, in a ``CSVDialect``, with formula injection neutralised.
///
/// Cells that contain the separator, a quote, a line break or a leading or trailing space are quoted
/// (`"..."`, quotes doubled), as RFC 4180 describes. Lines end with CRLF.
///
/// ```swift
/// let writer = CSVWriter(dialect: .excelDE)
/// let csv = writer.table(header: ["Kandidat*in", "Wert"], rows: [[.text("c-101"), .number(4.31, digits: 2)]])
/// // "\u{FEFF}Kandidat*in;Wert\r\nc-101;4,31\r\n"
/// ```
package struct CSVWriter: Sendable {
    /// The dialect written.
    package var dialect: CSVDialect

    /// Creates a writer.
    package init(dialect: CSVDialect = .rfc4180) {
        self.dialect = dialect
    }

    /// The characters that make a spreadsheet read a cell as a formula (or, for tab and carriage
    /// return, that some import paths strip before doing so).
    package static let formulaStarters: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    /// `text` made safe for a spreadsheet: prefixed with `'` when it begins with a formula starter.
    package static func neutralised(_ text: String) -> String {
        guard let first = text.unicodeScalars.first else { return text }
        return formulaStarters.contains(Character(first)) ? "'" + text : text
    }

    /// The whole table: the byte order mark when the dialect has one, the header row and the rows.
    package func table(header: [String], rows: [[CSVCell]]) -> String {
        var out = dialect.writesByteOrderMark ? "\u{FEFF}" : ""
        out += line(header.map(CSVCell.text))
        for row in rows { out += line(row) }
        return out
    }

    /// One line, ending in CRLF.
    package func line(_ cells: [CSVCell]) -> String {
        cells.map(field).joined(separator: String(dialect.separator)) + "\r\n"
    }

    /// One cell as it stands in the file: neutralised, formatted and quoted as needed.
    package func field(_ cell: CSVCell) -> String {
        switch cell {
        case .text(let text):
            // Control characters (ESC, BEL, C1, bidi overrides) are shown as \u{XX}: raw, they act on a
            // terminal that prints the file.
            return quotedIfNeeded(Self.neutralised(TerminalText.neutralisingControls(text, keepingLineBreaks: true)))
        case .number(let value, let digits):
            guard value.isFinite else { return "" }
            var text = String(
                format: "%.\(digits)f", (value * pow(10, Double(digits))).rounded() / pow(10, Double(digits)))
            if text.hasPrefix("-") && text.dropFirst().allSatisfy({ $0 == "0" || $0 == "." }) { text.removeFirst() }
            if dialect.decimalMark != "." {
                text = text.replacingOccurrences(of: ".", with: String(dialect.decimalMark))
            }
            return quotedIfNeeded(text)
        case .integer(let value):
            return String(value)
        case .date(let date):
            switch dialect {
            case .rfc4180: return date.description
            case .excelDE: return ReportLocale(language: .de).date(date)
            }
        case .empty:
            return ""
        }
    }

    func quotedIfNeeded(_ text: String) -> String {
        // Scalars, not characters: "\r\n" is one Character and would not match "\n".
        let separator = dialect.separator.unicodeScalars.first
        let needsQuotes =
            text.unicodeScalars.contains { $0 == separator || $0 == "\"" || $0 == "\n" || $0 == "\r" }
            || text.hasPrefix(" ") || text.hasSuffix(" ")
        return needsQuotes ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }
}
