/// A rating of one criterion: a level on the rubric's scale, or n/a (not assessed).
///
/// n/a is never a zero: it is left out of every average and counted in coverage.
public enum Rating: Sendable, Hashable, CustomStringConvertible {
    /// A level on the scale.
    case level(Int)
    /// Not assessed.
    case notAssessed
    /// A panel's consensus of several ratings (a median or mean, which may lie between levels).
    case consensus(Double)

    /// The rating as a number: the level or the consensus value; nil for n/a.
    public var value: Double? {
        switch self {
        case .level(let level): return Double(level)
        case .consensus(let value): return value
        case .notAssessed: return nil
        }
    }

    /// The level of a single rater's rating, or nil for n/a and for a consensus.
    public var level: Int? {
        if case .level(let value) = self { return value }
        return nil
    }

    /// `4` or `n/a`.
    public var description: String {
        switch self {
        case .level(let value): return String(value)
        case .notAssessed: return "n/a"
        case .consensus(let value): return Format.number(value)
        }
    }
}
