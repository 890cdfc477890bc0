import Foundation
import YAML

/// Prints diagnostics like a compiler: header line, the source line, a caret under the spot, the hint.
///
/// ```
/// rubrics/claims-handler.yaml:14:7: error: unknown key 'anchor' in criterion 'ownership'
///       anchor:
///       ^
///   hint: did you mean 'anchors'?
/// ```
public struct DiagnosticPrinter: Sendable {
    /// The language of the messages.
    public var language: Language
    /// Whether to colour severities with ANSI escapes.
    public var useColor: Bool
    /// The text of each file by path, to quote source lines from.
    public var sources: [String: String]

    /// Creates a printer.
    public init(language: Language, useColor: Bool = false, sources: [String: String] = [:]) {
        self.language = language
        self.useColor = useColor
        self.sources = sources
    }

    /// The full text of one diagnostic, ending in a line break.
    public func render(_ diagnostic: Diagnostic) -> String {
        var index = SourceLines()
        return render(diagnostic, lines: &index)
    }

    /// The lines of the files quoted, split once per file: printing many diagnostics of one file takes
    /// time linear in the file and the number of diagnostics, not their product.
    struct SourceLines {
        private var files: [String: [ArraySlice<Unicode.Scalar>]] = [:]

        /// The 1-based line `number` of the file `path`, from `sources`, as scalars.
        mutating func line(_ number: Int, of path: String, in sources: [String: String]) -> ArraySlice<Unicode.Scalar>?
        {
            if files[path] == nil, let source = sources[path] {
                let scalars = Array(source.unicodeScalars)
                var lines: [ArraySlice<Unicode.Scalar>] = []
                var start = 0
                var index = 0
                while index < scalars.count {
                    let scalar = scalars[index]
                    if scalar == "\n" || scalar == "\r" {
                        lines.append(scalars[start..<index])
                        if scalar == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" { index += 1 }
                        start = index + 1
                    }
                    index += 1
                }
                lines.append(scalars[start..<scalars.count])
                files[path] = lines
            }
            guard let lines = files[path], number >= 1, number <= lines.count else { return nil }
            return lines[number - 1]
        }
    }

    private func render(_ diagnostic: Diagnostic, lines: inout SourceLines) -> String {
        var header = diagnostic.header(in: language)
        if useColor {
            let word = diagnostic.severity.keyword
            let color: String
            switch diagnostic.severity {
            case .error: color = "\u{1B}[1;31m"
            case .warning: color = "\u{1B}[1;33m"
            case .note: color = "\u{1B}[1;36m"
            }
            if let range = header.range(of: "\(word): ") {
                header.replaceSubrange(range, with: "\(color)\(word):\u{1B}[0m ")
            }
            header =
                "\u{1B}[1m" + header.replacingOccurrences(of: "\u{1B}[0m ", with: "\u{1B}[0m\u{1B}[1m ") + "\u{1B}[0m"
        }
        var output = header + "\n"
        if let file = diagnostic.file, let location = diagnostic.location, location.isKnown,
            let line = lines.line(location.line, of: file, in: sources)
        {
            let (excerpt, column) = DiagnosticPrinter.excerpt(line, column: location.column)
            let shown = DiagnosticPrinter.sanitize(excerpt)
            output += shown + "\n"
            output += DiagnosticPrinter.caretLine(for: shown, column: column) + "\n"
        }
        if let hint = diagnostic.hint {
            output += "  \(CommonMessages.hintLabel.text(in: language)): \(hint.text(in: language))\n"
        }
        return output
    }

    /// The longest line quoted in full; a longer one is quoted around the column, with `…` at the cuts.
    static let maximumQuotedLine = 200

    /// The part of a line to quote and the column within it.
    static func excerpt(_ line: ArraySlice<Unicode.Scalar>, column: Int) -> (String, Int) {
        guard line.count > maximumQuotedLine else { return (String(String.UnicodeScalarView(line)), column) }
        let half = maximumQuotedLine / 2
        let start = max(0, min(column - 1 - half, line.count - maximumQuotedLine))
        let from = line.startIndex + start
        let to = from + maximumQuotedLine
        var text = String(String.UnicodeScalarView(line[from..<to]))
        var shifted = column - start
        if start > 0 {
            text = "…" + text
            shifted += 1
        }
        if to < line.endIndex { text += "…" }
        return (text, shifted)
    }

    /// All diagnostics, sorted by place, followed by a summary line when there are any.
    public func render(_ diagnostics: [Diagnostic], fileCount: Int) -> String {
        var lines = SourceLines()
        var output = ""
        for diagnostic in diagnostics.sortedByLocation() { output += render(diagnostic, lines: &lines) }
        output += summary(diagnostics, fileCount: fileCount) + "\n"
        return output
    }

    /// `2 errors and 1 warning in 3 files`, or `no problems in 3 files`.
    public func summary(_ diagnostics: [Diagnostic], fileCount: Int) -> String {
        let errors = diagnostics.count(of: .error)
        let warnings = diagnostics.count(of: .warning)
        switch language {
        case .en:
            let files = fileCount == 1 ? "1 file" : "\(fileCount) files"
            if errors == 0 && warnings == 0 { return "no problems in \(files)" }
            let errorText = errors == 1 ? "1 error" : "\(errors) errors"
            let warningText = warnings == 1 ? "1 warning" : "\(warnings) warnings"
            return "\(errorText) and \(warningText) in \(files)"
        case .de:
            let files = fileCount == 1 ? "1 Datei" : "\(fileCount) Dateien"
            if errors == 0 && warnings == 0 { return "keine Probleme in \(files)" }
            let errorText = errors == 1 ? "1 Fehler" : "\(errors) Fehler"
            let warningText = warnings == 1 ? "1 Warnung" : "\(warnings) Warnungen"
            return "\(errorText) und \(warningText) in \(files)"
        }
    }

    /// The 1-based line `number` of `source`, without its line break.
    static func line(_ number: Int, of source: String) -> String? {
        var current = 1
        var lineStart = source.startIndex
        var index = source.startIndex
        while index < source.endIndex {
            if current == number { break }
            if source[index] == "\n" || source[index] == "\r\n" {
                current += 1
                lineStart = source.index(after: index)
            }
            index = source.index(after: index)
        }
        guard current == number, lineStart <= source.endIndex else { return nil }
        let rest = source[lineStart...]
        let end = rest.firstIndex { $0 == "\n" || $0 == "\r\n" || $0 == "\r" } ?? rest.endIndex
        return String(rest[..<end])
    }

    /// The line with control characters other than tab replaced by `?`, so it prints safely.
    static func sanitize(_ line: String) -> String {
        String(
            String.UnicodeScalarView(
                line.unicodeScalars.map { scalar in
                    (scalar.value < 0x20 && scalar != "\t") || (0x7F...0x9F).contains(scalar.value) ? "?" : scalar
                }))
    }

    /// Spaces (tabs kept as tabs) up to `column`, then a caret.
    static func caretLine(for line: String, column: Int) -> String {
        var prefix = ""
        for (offset, scalar) in line.unicodeScalars.enumerated() where offset < column - 1 {
            prefix += scalar == "\t" ? "\t" : " "
        }
        let missing = max(0, column - 1 - line.unicodeScalars.count)
        return prefix + String(repeating: " ", count: missing) + "^"
    }
}
