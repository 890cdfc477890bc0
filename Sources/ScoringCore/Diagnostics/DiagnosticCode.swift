import YAML

/// The kind of problem a ``Diagnostic`` reports: a stable kebab-case name (`unknown-key`) for scripts, tests and
/// the documented list in `docs/diagnostics.md`, with a one-line meaning and an example as printed.
///
/// Every code HireScore reports is a documented static member (``unknownKey``, ``missingTranslation``, …), so a
/// diagnostic cannot be made with a misspelt or undocumented code. Two codes are equal when their names are; the
/// name is what the JSON output and `rubric validate --format json` print.
///
/// A scoring module outside HireScore declares its own codes the same way and lists them for its documentation:
/// ```swift
/// extension DiagnosticCode {
///     /// A sample task names no time limit.
///     public static let noTimeLimit = DiagnosticCode(
///         "no-time-limit", meaning: "A sample task names no time limit.",
///         example: "rubrics/clerk.yaml:40:9: error: the task 'letter' needs a 'time-limit-minutes'")
/// }
/// ```
public struct DiagnosticCode: Sendable, Hashable, CustomStringConvertible {
    /// The stable name, such as `unknown-key`.
    public let rawValue: String
    /// What the code means, in one English sentence.
    public let meaning: String
    /// A diagnostic with this code as the command line prints it (`file:line:column: error: message`).
    public let example: String

    /// Creates a code; give each code one documented static member rather than calling this at the call site.
    public init(_ rawValue: String, meaning: String, example: String) {
        self.rawValue = rawValue
        self.meaning = meaning
        self.example = example
    }

    /// The name, such as `unknown-key`.
    public var description: String { rawValue }

    /// Codes are equal when their names are.
    public static func == (lhs: DiagnosticCode, rhs: DiagnosticCode) -> Bool { lhs.rawValue == rhs.rawValue }

    /// Hashes the name.
    public func hash(into hasher: inout Hasher) { hasher.combine(rawValue) }

    /// The code of a diagnostic made from an error of the YAML reader: `yaml-` and the error's name.
    public static func yaml(_ code: YAMLError.Code) -> DiagnosticCode {
        switch code {
        case .syntax: return .yamlSyntax
        case .tooLarge: return .yamlTooLarge
        case .notUTF8: return .yamlNotUTF8
        case .multipleDocuments: return .yamlMultipleDocuments
        case .empty: return .yamlEmpty
        case .budgetExceeded: return .yamlBudgetExceeded
        case .unknownAnchor: return .yamlUnknownAnchor
        case .emitter: return .yamlEmitter
        default:
            return DiagnosticCode(
                "yaml-\(code.name)", meaning: "The YAML reader reported a problem.", example: "")
        }
    }
}
