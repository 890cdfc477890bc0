import Foundation

/// A small CSV reader for the tests' round trips (RFC 4180 with a choice of separator), reading a file as a
/// spreadsheet does: quoted cells with doubled quotes and line breaks, CRLF or LF line ends, and a leading byte order
/// mark reported apart. The tests check HireScore's CSV writer against it, so it is kept apart from the writer.
package enum CSVTable {
    /// The rows of `text`, and whether it began with a byte order mark.
    package static func parse(_ text: String, separator: Unicode.Scalar) -> (byteOrderMark: Bool, rows: [[String]]) {
        var scalars = Array(text.unicodeScalars)
        let hasBOM = scalars.first == "\u{FEFF}"
        if hasBOM { scalars.removeFirst() }
        var rows: [[String]] = []
        var row: [String] = []
        var cell = String.UnicodeScalarView()
        var quoted = false
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if quoted {
                if scalar == "\"" {
                    if index + 1 < scalars.count && scalars[index + 1] == "\"" {
                        cell.append("\"")
                        index += 2
                        continue
                    }
                    quoted = false
                } else {
                    cell.append(scalar)
                }
            } else if scalar == "\"" && cell.isEmpty {
                quoted = true
            } else if scalar == separator {
                row.append(String(cell))
                cell = String.UnicodeScalarView()
            } else if scalar == "\r" || scalar == "\n" {
                if scalar == "\r" && index + 1 < scalars.count && scalars[index + 1] == "\n" { index += 1 }
                row.append(String(cell))
                rows.append(row)
                row = []
                cell = String.UnicodeScalarView()
            } else {
                cell.append(scalar)
            }
            index += 1
        }
        if !cell.isEmpty || !row.isEmpty {
            row.append(String(cell))
            rows.append(row)
        }
        return (hasBOM, rows)
    }

    /// A number as German Excel reads it: a decimal comma, no thousands separators.
    package static func germanNumber(_ text: String) -> Double? {
        guard !text.contains(".") else { return nil }
        return Double(text.replacingOccurrences(of: ",", with: "."))
    }
}
