/// The text of a YAML scalar and the style it was written in.
///
/// HireScore resolves a scalar's type only when a format asks for one (see
/// `YAMLNode+Resolution.swift`): `yes` stays the text "yes" unless a boolean is expected, and then
/// it is an error that suggests `true`.
public struct YAMLScalar: Sendable, Hashable {
    /// How a scalar was written.
    public enum Style: Sendable, Hashable {
        /// Unknown or any style (nodes built for writing).
        case any
        /// Plain, without quotes.
        case plain
        /// In single quotes.
        case singleQuoted
        /// In double quotes.
        case doubleQuoted
        /// A literal block (`|`).
        case literal
        /// A folded block (`>`).
        case folded
    }

    /// The scalar's text, after YAML's unescaping and folding.
    public var text: String
    /// The style it was written in.
    public var style: Style

    /// Creates a scalar.
    public init(_ text: String, style: Style) {
        self.text = text
        self.style = style
    }

    /// Whether the scalar is written plainly (so it may be a number, boolean or null).
    public var isPlain: Bool { style == .plain || style == .any }

    /// Whether the scalar is YAML's null: a plain `~`, `null`, `Null`, `NULL` or nothing at all.
    public var isNull: Bool {
        guard isPlain else { return false }
        // By length first: this is asked of every scalar, and no text of another length can equal
        // (or be canonically equivalent to) these ASCII spellings.
        switch text.utf8.count {
        case 0: return true
        case 1: return text == "~"
        case 4: return text == "null" || text == "Null" || text == "NULL"
        default: return false
        }
    }
}
