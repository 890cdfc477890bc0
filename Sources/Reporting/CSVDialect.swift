/// How CSV is written: separators, the decimal mark and whether a byte order mark comes first.
///
/// The default, ``rfc4180``, is what RFC 4180 and most programs expect: commas between cells, a decimal
/// point, CRLF line ends and no byte order mark. ``excelDE`` is what German Excel opens with a double
/// click: semicolons between cells (the comma is the decimal mark there), decimal commas, and a UTF-8
/// byte order mark so that umlauts are read as UTF-8 rather than Windows-1252.
package enum CSVDialect: String, Sendable, Hashable, CaseIterable {
    /// RFC 4180: `,` between cells, `3.46`, no byte order mark.
    case rfc4180
    /// German Excel: `;` between cells, `3,46`, a UTF-8 byte order mark.
    case excelDE = "excel-de"

    /// The character between cells.
    package var separator: Character {
        switch self {
        case .rfc4180: return ","
        case .excelDE: return ";"
        }
    }

    /// The decimal mark of numbers.
    package var decimalMark: Character {
        switch self {
        case .rfc4180: return "."
        case .excelDE: return ","
        }
    }

    /// Whether the file starts with the UTF-8 byte order mark (U+FEFF).
    package var writesByteOrderMark: Bool { self == .excelDE }
}
