/// A rating of one criterion: a level on the rubric's scale, or n/a (not assessed).
///
/// n/a is never a zero: it is left out of every average and counted in coverage.
public enum Rating: Sendable, Hashable, CustomStringConvertible {
    /// A level on the scale.
    case level(Int)
    /// Not assessed.
    case notAssessed

    /// The level, or nil for n/a.
    public var level: Int? {
        if case .level(let value) = self { return value }
        return nil
    }

    /// `4` or `n/a`.
    public var description: String {
        switch self {
        case .level(let value): return String(value)
        case .notAssessed: return "n/a"
        }
    }
}
