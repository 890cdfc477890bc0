import Foundation
import ScoringCore

/// Diagnostics for tools: one line per diagnostic with the keywords `error`/`warning`/`note` in English
/// whatever the language, so editors' problem matchers and CI read them; the message follows `--lang`.
enum DiagnosticLines {
    /// `FILE:LINE:COLUMN: error: MESSAGE [CODE]` (the hint after `; hint: `), the form editors match.
    static func plain(_ diagnostics: [Diagnostic], language: Language) -> String {
        diagnostics.map { diagnostic in
            var place = ""
            if let file = diagnostic.file {
                place = file
                if let location = diagnostic.location, location.isKnown {
                    place += ":\(location.line):\(location.column)"
                }
                place += ": "
            }
            let hint = diagnostic.hint.map { "; hint: " + $0.text(in: language) } ?? ""
            let message = TerminalText.line(diagnostic.message.text(in: language) + hint)
            return place + diagnostic.severity.keyword + ": " + message + " [\(diagnostic.code)]\n"
        }.joined()
    }

    /// GitHub Actions workflow commands: `::error file=F,line=L,col=C,title=CODE::MESSAGE`, which the
    /// workflow shows as annotations on the file's lines.
    static func github(_ diagnostics: [Diagnostic], language: Language) -> String {
        diagnostics.map { diagnostic in
            let command: String
            switch diagnostic.severity {
            case .error: command = "error"
            case .warning: command = "warning"
            case .note: command = "notice"
            }
            var properties: [String] = []
            if let file = diagnostic.file {
                properties.append("file=" + property(file))
                if let location = diagnostic.location, location.isKnown {
                    properties += ["line=\(location.line)", "col=\(location.column)"]
                }
            }
            properties.append("title=" + property("hirescore \(diagnostic.code)"))
            let hint = diagnostic.hint.map { "\nhint: " + $0.text(in: language) } ?? ""
            return "::\(command) \(properties.joined(separator: ","))::"
                + data(diagnostic.message.text(in: language) + hint) + "\n"
        }.joined()
    }

    /// A workflow command's message: `%`, CR and LF escaped.
    static func data(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    /// A workflow command's property value: as a message, and `:` and `,` escaped too.
    static func property(_ text: String) -> String {
        data(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
