import ScoringCore

/// Krippendorff's alpha for ratings with missing values, by the coincidence-matrix method.
///
/// Units (here: criteria, or candidate-criterion pairs) are rated by any number of raters; a unit
/// with fewer than two values is not pairable and is left out. The result reproduces the worked
/// example of Krippendorff, "Computing Krippendorff's Alpha-Reliability" (2011): 4 observers × 12
/// units give α = 0.815 (ordinal) and 0.849 (interval).
public enum KrippendorffAlpha {
    /// The difference function: how far apart two values are.
    public enum Metric: String, Sendable, Hashable, CaseIterable, Codable {
        /// Ordinal: the distance counts how many values lie between, by their frequencies.
        case ordinal
        /// Interval: the squared numeric difference.
        case interval
    }

    /// Alpha for `units`, each a list of values (nil for missing), or nil when it is not defined
    /// (fewer than two pairable values, or no variation at all).
    public static func alpha(_ units: [[Double?]], metric: Metric) -> Double? {
        // The coincidence matrix over the distinct values.
        let pairable = units.map { $0.compactMap { $0 } }.filter { $0.count >= 2 }
        let values = Array(Set(pairable.flatMap { $0 })).sorted()
        guard values.count >= 1, !pairable.isEmpty else { return nil }
        var index: [Double: Int] = [:]
        for (position, value) in values.enumerated() { index[value] = position }
        let size = values.count
        var coincidences = [Double](repeating: 0, count: size * size)
        for unit in pairable {
            let weight = 1 / Double(unit.count - 1)
            for i in unit.indices {
                for j in unit.indices where i != j {
                    guard let c = index[unit[i]], let k = index[unit[j]] else { continue }
                    coincidences[c * size + k] += weight
                }
            }
        }
        var marginals = [Double](repeating: 0, count: size)
        for c in 0..<size {
            for k in 0..<size { marginals[c] += coincidences[c * size + k] }
        }
        let total = marginals.reduce(0, +)
        guard total > 1 else { return nil }
        func delta(_ c: Int, _ k: Int) -> Double {
            switch metric {
            case .interval:
                let difference = values[c] - values[k]
                return difference * difference
            case .ordinal:
                let low = min(c, k)
                let high = max(c, k)
                var sum = 0.0
                for g in low...high { sum += marginals[g] }
                let distance = sum - (marginals[c] + marginals[k]) / 2
                return distance * distance
            }
        }
        var observed = 0.0
        var expected = 0.0
        for c in 0..<size {
            for k in 0..<size where c != k {
                let d = delta(c, k)
                observed += coincidences[c * size + k] * d
                expected += marginals[c] * marginals[k] * d
            }
        }
        guard expected > 0 else { return nil }
        return 1 - (total - 1) * observed / expected
    }
}

/// How far an alpha can be trusted, by Krippendorff's conventional thresholds (.667 and .800).
public enum AgreementReading: String, Sendable, Hashable, Codable {
    /// Below .667: do not rely on the ratings.
    case unreliable
    /// .667 to .800: tentative conclusions only.
    case tentative
    /// .800 and above: reliable.
    case reliable

    /// The reading of an alpha value.
    public init(alpha: Double) {
        if alpha >= 0.8 {
            self = .reliable
        } else if alpha >= 0.667 {
            self = .tentative
        } else {
            self = .unreliable
        }
    }

    /// The reading in words.
    public var label: LocalizedText {
        switch self {
        case .unreliable: return .init(en: "unreliable (below .667)", de: "nicht verlässlich (unter 0,667)")
        case .tentative: return .init(en: "tentative (.667 to .800)", de: "vorläufig (0,667 bis 0,800)")
        case .reliable: return .init(en: "reliable (.800 and above)", de: "verlässlich (ab 0,800)")
        }
    }
}
