import YAML

/// One problem found in a file: its severity, message, place and an optional hint for the fix.
///
/// Every command reports problems as diagnostics and prints them with ``DiagnosticPrinter``, as
/// `path:line:column: error: message`, the source line, a caret under the spot and the hint.
public struct Diagnostic: Sendable, Hashable {
    /// How serious a diagnostic is.
    public enum Severity: String, Sendable, Hashable, Codable, Comparable {
        /// Makes the file unusable.
        case error
        /// Worth fixing; fails validation only with `--strict`.
        case warning
        /// Extra information about another diagnostic.
        case note

        private var rank: Int {
            switch self {
            case .error: return 0
            case .warning: return 1
            case .note: return 2
            }
        }

        /// Errors sort before warnings, warnings before notes.
        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }

        /// The keyword of a diagnostic line, `error`, `warning` or `note`: English in every language, the way
        /// compilers print it, so editors' problem matchers and CI find `FILE:LINE:COLUMN: error:` lines whatever
        /// the language of the message after it.
        public var keyword: String { rawValue }

        /// The word for the severity in a language, for screens that are not diagnostic lines (the entry screen).
        public func word(in language: Language) -> String {
            switch (self, language) {
            case (.error, .en): return "error"
            case (.warning, .en): return "warning"
            case (.note, .en): return "note"
            case (.error, .de): return "Fehler"
            case (.warning, .de): return "Warnung"
            case (.note, .de): return "Anmerkung"
            }
        }
    }

    /// How serious it is.
    public var severity: Severity
    /// The kind of problem, with a stable name (`unknown-key`) for scripts and tests.
    public var code: DiagnosticCode
    /// What is wrong, in English and German.
    public var message: LocalizedText
    /// The file it is in, as given by the user.
    public var file: String?
    /// Where in the file, when known.
    public var location: SourceLocation?
    /// How to fix it, when a hint helps.
    public var hint: LocalizedText?
    /// The text of a lower layer that `message` translates (LibYAML's own English syntax message), kept for
    /// scripts: `--format json` prints it whatever the language.
    public var original: String?

    /// Creates a diagnostic.
    public init(
        _ severity: Severity, code: DiagnosticCode, _ message: LocalizedText, file: String? = nil,
        at location: SourceLocation? = nil, hint: LocalizedText? = nil
    ) {
        self.severity = severity
        self.code = code
        self.message = message
        self.file = file
        self.location = location
        self.hint = hint
    }

    /// The one-line header, `file:line:column: error: message`, the message in a language and the keyword in
    /// English (``Severity/keyword``).
    public func header(in language: Language) -> String {
        var prefix = ""
        if let file {
            prefix = file
            if let location, location.isKnown { prefix += ":\(location.line):\(location.column)" }
            prefix += ": "
        }
        return "\(prefix)\(severity.keyword): \(message.text(in: language))"
    }
}

extension Array where Element == Diagnostic {
    /// Whether any diagnostic is an error.
    public var hasErrors: Bool { contains { $0.severity == .error } }

    /// The number of diagnostics of a severity.
    public func count(of severity: Diagnostic.Severity) -> Int { filter { $0.severity == severity }.count }

    /// Sorted by file, then position, then severity, keeping the order of equal ones.
    public func sortedByLocation() -> [Diagnostic] {
        enumerated().sorted { lhs, rhs in
            let left = (lhs.element.file ?? "", lhs.element.location?.line ?? 0, lhs.element.location?.column ?? 0)
            let right = (rhs.element.file ?? "", rhs.element.location?.line ?? 0, rhs.element.location?.column ?? 0)
            if left != right { return left < right }
            return lhs.offset < rhs.offset
        }.map(\.element)
    }
}
