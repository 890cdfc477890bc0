/// A problem found while reading or writing YAML, with the place in the text where it was found.
public struct YAMLError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What kind of problem it is; new codes can be added without breaking callers.
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        /// The stable name of the code, for example `syntax`.
        public let name: String
        /// The YAML text is not well-formed.
        public static let syntax = Code(name: "syntax")
        /// The input is larger than the limit.
        public static let tooLarge = Code(name: "too-large")
        /// The input is not valid UTF-8 (or is UTF-16/32).
        public static let notUTF8 = Code(name: "not-utf8")
        /// The input holds more than one YAML document.
        public static let multipleDocuments = Code(name: "multiple-documents")
        /// The input holds no YAML document at all.
        public static let empty = Code(name: "empty")
        /// Aliases or nesting expand beyond the node or depth budget.
        public static let budgetExceeded = Code(name: "budget-exceeded")
        /// An alias names an anchor that was not defined before it.
        public static let unknownAnchor = Code(name: "unknown-anchor")
        /// The emitter could not write the document.
        public static let emitter = Code(name: "emitter")
        /// `name`.
        public var description: String { name }
    }

    /// The kind of problem.
    public var code: Code
    /// A lowercase English sentence describing the problem.
    public var message: String
    /// Where the problem is, when it is in the text.
    public var location: SourceLocation?
    /// A suggestion how to fix it, when there is one.
    public var hint: String?
    /// For a syntax error LibYAML found: its own problem text (`did not find expected key`), which `message`
    /// quotes; callers translate the texts they know.
    public var problem: String?
    /// For a syntax error LibYAML found inside a construct: its context (`while parsing a block mapping`).
    public var context: String?
    /// Where that construct starts.
    public var contextLocation: SourceLocation?
    /// What the problem is about, where a caller words the message itself: an unknown alias's anchor name.
    public var subject: String?

    /// Creates an error.
    public init(_ code: Code, _ message: String, at location: SourceLocation? = nil, hint: String? = nil) {
        self.code = code
        self.message = message
        self.location = location
        self.hint = hint
    }

    /// `line:column: message`, or the message alone.
    public var description: String {
        if let location { return "\(location): \(message)" }
        return message
    }
}
