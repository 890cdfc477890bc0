/// A position in a source text: a 1-based line and a 1-based column.
///
/// Columns count Unicode scalars from the start of the line, which is what an editor shows for
/// the text HireScore reads (UTF-8 rubric and scorecard files).
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The line, starting at 1.
    public var line: Int
    /// The column, starting at 1.
    public var column: Int

    /// Creates a location from a 1-based line and column.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// The location of values that were not read from a file (for example nodes built for writing).
    public static let unknown = SourceLocation(line: 0, column: 0)

    /// Whether the location points into a file.
    public var isKnown: Bool { line > 0 }

    /// `line:column`.
    public var description: String { "\(line):\(column)" }

    /// Orders locations by line, then by column.
    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}
