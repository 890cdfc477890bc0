import Foundation

/// The documented list of diagnostic codes as a Markdown page: `docs/diagnostics.md` is this page for the core's
/// codes and the built-in modules' (`BuiltInModules.diagnosticCodes`), and a test fails when the committed page
/// differs from it.
package enum DiagnosticReference {
    /// The page for the codes of `groups`: each code with its meaning and an example as the command line prints it.
    package static func markdown(_ groups: [DiagnosticCode.Group]) -> String {
        var lines = [
            "<!-- Generated from DiagnosticCode (Sources/ScoringCore/Diagnostics and each module's "
                + "+DiagnosticCodes.swift); do not edit. Regenerate: HIRESCORE_UPDATE_GOLDEN=1 swift test "
                + "--filter DiagnosticCodeTests -->",
            "",
            "# Diagnostic codes",
            "",
            "Every problem HireScore finds in a rubric or a scorecard is a diagnostic with a stable code. The command",
            "line prints it as `file:line:column: error|warning: message` with the source line, a caret and a hint;",
            "`hirescore rubric validate --format json` prints the code beside the message for scripts and editors.",
            "The message is in the language asked for (`--lang de|en`); the code and the keywords `error`, `warning` and",
            "`note` are the same in every language, so editors' problem matchers and CI find the lines (`--format plain`",
            "and `--format github` are made for them). LibYAML's own syntax messages are paraphrased in German; the",
            "JSON keeps LibYAML's English text in `original`.",
            "",
            "Warnings fail `rubric validate` only with `--strict`. A scoring module may report further codes of its own.",
            "",
        ]
        let total = groups.reduce(0) { $0 + $1.codes.count }
        lines.append(
            "\(total) codes in \(groups.count) groups: "
                + groups.map { "[\($0.title)](#\(anchor($0.title)))" }
                .joined(separator: ", ") + ".")
        for group in groups {
            lines += ["", "## \(group.title)", "", "| code | meaning | example |", "| --- | --- | --- |"]
            for code in group.codes {
                lines.append(
                    "| `\(code.rawValue)` | \(cell(code.meaning)) | "
                        + "\(code.example.isEmpty ? "" : "`" + cell(code.example) + "`") |"
                )
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A GitHub heading anchor: lowercase, spaces to hyphens, other punctuation dropped.
    static func anchor(_ title: String) -> String {
        String(title.lowercased().compactMap { $0 == " " ? "-" : ($0.isLetter || $0.isNumber || $0 == "-" ? $0 : nil) })
    }

    /// Text that is safe inside a table cell: pipes escaped, line breaks as spaces.
    static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }
}
