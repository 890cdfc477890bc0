/// A GitHub-flavoured Markdown table: a header row, the alignment row and the rows.
///
/// Cells are given as Markdown already escaped (``MarkdownEscaping``); a cell never holds a line break
/// or an unescaped `|`, so a row is always one line and the columns stay where they are.
struct MarkdownTable {
    var header: [String]
    /// Right-aligned columns (numbers).
    var numericColumns: Set<Int> = []
    var rows: [[String]] = []

    mutating func add(_ cells: [String]) {
        rows.append(cells)
    }

    func render() -> String {
        func line(_ cells: [String]) -> String {
            let padded = cells + Array(repeating: "", count: max(0, header.count - cells.count))
            return "| " + padded.map { $0.isEmpty ? " " : $0 }.joined(separator: " | ") + " |"
        }
        var out = line(header) + "\n"
        out +=
            "|" + header.indices.map { numericColumns.contains($0) ? " ---: " : " --- " }.joined(separator: "|") + "|\n"
        for row in rows { out += line(row) + "\n" }
        return out
    }
}
