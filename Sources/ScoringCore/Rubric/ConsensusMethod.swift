/// How the panel's ratings of one criterion combine into the consensus rating.
///
/// A rubric names its method in `decision.consensus`; a report may show another one only as a what-if.
/// With an even number of ratings the median is the mean of the two middle ratings (with two raters,
/// their mean); knock-outs never depend on the method (see the panel merge).
public enum ConsensusMethod: String, Sendable, Hashable, CaseIterable, Codable {
    /// The median (the mean of the two middle values for an even count): robust to one outlier.
    case median
    /// The arithmetic mean.
    case mean
    /// The mean without the highest and the lowest value (with three or more ratings; else the mean).
    case trimmedMean = "trimmed-mean"

    /// The method's name for people.
    public var label: LocalizedText {
        switch self {
        case .median: return RubricMessages.median
        case .mean: return RubricMessages.mean
        case .trimmedMean: return RubricMessages.trimmedMean
        }
    }

    /// The consensus of `values`, or nil when there are none.
    public func combine(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        switch self {
        case .median:
            let middle = sorted.count / 2
            return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
        case .mean:
            return sorted.reduce(0, +) / Double(sorted.count)
        case .trimmedMean:
            guard sorted.count >= 3 else { return sorted.reduce(0, +) / Double(sorted.count) }
            let inner = sorted.dropFirst().dropLast()
            return inner.reduce(0, +) / Double(inner.count)
        }
    }
}
