import Foundation
import ScoringCore

/// Diagnostics as JSON for scripts and editors (`schema: hirescore/diagnostics@1`).
enum DiagnosticJSON {
    private struct Document: Encodable {
        let schema = "hirescore/diagnostics@1"
        let files: Int
        let errors: Int
        let warnings: Int
        let diagnostics: [Entry]
    }

    private struct Entry: Encodable {
        let file: String?
        let line: Int?
        let column: Int?
        let severity: String
        let code: String
        let message: String
        let hint: String?
        /// LibYAML's own English message where `message` translates it (syntax errors).
        let original: String?
    }

    static func render(_ diagnostics: [Diagnostic], fileCount: Int, language: Language) -> String {
        let entries = diagnostics.map { diagnostic in
            Entry(
                file: diagnostic.file, line: diagnostic.location.flatMap { $0.isKnown ? $0.line : nil },
                column: diagnostic.location.flatMap { $0.isKnown ? $0.column : nil },
                severity: diagnostic.severity.rawValue, code: diagnostic.code.rawValue,
                message: diagnostic.message.text(in: language), hint: diagnostic.hint?.text(in: language),
                original: diagnostic.original)
        }
        let document = Document(
            files: fileCount, errors: diagnostics.count(of: .error),
            warnings: diagnostics.count(of: .warning), diagnostics: entries)
        return JSONText.encode(document)
    }
}

/// Stable, pretty JSON text (keys sorted, slashes unescaped).
enum JSONText {
    static func encode<Value: Encodable>(_ value: Value) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}
