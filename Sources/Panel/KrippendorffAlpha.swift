import Foundation
import ScoringCore

/// Krippendorff's alpha for ratings with missing values, by the coincidence-matrix method, and
/// Krippendorff's bootstrap of its distribution.
///
/// Units (here: candidate-criterion pairs of a requisition) are rated by any number of raters; a unit
/// with fewer than two values is not pairable and is left out. The formulas are those of Krippendorff,
/// "Computing Krippendorff's Alpha-Reliability" (2011):
///
/// - coincidences `o_ck = Σ_u (number of c-k pairs in u) / (m_u − 1)`, marginals `n_c = Σ_k o_ck`,
///   `n = Σ_c n_c`;
/// - `α = 1 − (n − 1) · Σ o_ck δ²_ck / Σ n_c n_k δ²_ck`;
/// - interval metric `δ²_ck = (c − k)²`; ordinal metric `δ²_ck = (Σ_{g=c..k} n_g − (n_c + n_k)/2)²`.
///
/// The worked example of that paper (4 observers × 12 units, values 1–5) gives α = 0.815 (ordinal)
/// and 0.849 (interval); the tests reproduce both, with the ordinal differences of the paper.
///
/// Hand-written rather than taken from a package: the formulas are short enough to check against the
/// paper line by line, and the tests pin them to its published figures.
package enum KrippendorffAlpha {
    /// The difference function: how far apart two values are.
    package enum Metric: String, Sendable, Hashable, CaseIterable, Codable {
        /// Ordinal: the distance counts how many values lie between, by their frequencies. The metric
        /// for rating levels, whose order is meaningful but whose steps need not be equal.
        case ordinal
        /// Interval: the squared numeric difference.
        case interval
    }

    /// The coincidence matrix of a set of units, with what alpha and its bootstrap are computed from.
    package struct Coincidences: Sendable, Hashable {
        /// The distinct values that occur in pairable units, ascending.
        package var values: [Double]
        /// `o_ck`, row-major over ``values``.
        package var matrix: [Double]
        /// `n_c`: the row sums.
        package var marginals: [Double]
        /// `n..`: the number of pairable values.
        package var total: Double
        /// The number of pairable units (rated by two raters or more).
        package var pairableUnits: Int

        /// `o_ck` for the values at positions `c` and `k` of ``values``.
        package func coincidence(_ c: Int, _ k: Int) -> Double { matrix[c * values.count + k] }

        /// The coincidences of `units` (nil for a missing value).
        package init(_ units: [[Double?]]) {
            let pairable = units.map { $0.compactMap { $0 } }.filter { $0.count >= 2 }
            let values = Array(Set(pairable.flatMap { $0 })).sorted()
            var index: [Double: Int] = [:]
            for (position, value) in values.enumerated() { index[value] = position }
            let size = values.count
            var matrix = [Double](repeating: 0, count: size * size)
            for unit in pairable {
                let weight = 1 / Double(unit.count - 1)
                for i in unit.indices {
                    for j in unit.indices where i != j {
                        guard let c = index[unit[i]], let k = index[unit[j]] else { continue }
                        matrix[c * size + k] += weight
                    }
                }
            }
            var marginals = [Double](repeating: 0, count: size)
            for c in 0..<size {
                for k in 0..<size { marginals[c] += matrix[c * size + k] }
            }
            self.values = values
            self.matrix = matrix
            self.marginals = marginals
            self.total = marginals.reduce(0, +)
            self.pairableUnits = pairable.count
        }

        /// `δ²_ck` of `metric` for the values at positions `c` and `k`.
        package func difference(_ c: Int, _ k: Int, metric: Metric) -> Double {
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

        /// The observed disagreement `D_o = Σ o_ck δ²_ck / n..`.
        package func observedDisagreement(_ metric: Metric) -> Double {
            var sum = 0.0
            for c in values.indices {
                for k in values.indices where c != k { sum += coincidence(c, k) * difference(c, k, metric: metric) }
            }
            return sum / total
        }

        /// The expected disagreement `D_e = Σ n_c n_k δ²_ck / (n.. (n.. − 1))`.
        package func expectedDisagreement(_ metric: Metric) -> Double {
            var sum = 0.0
            for c in values.indices {
                for k in values.indices where c != k {
                    sum += marginals[c] * marginals[k] * difference(c, k, metric: metric)
                }
            }
            return sum / (total * (total - 1))
        }

        /// Alpha, or nil when it is not defined (fewer than two pairable values, or no variation).
        package func alpha(_ metric: Metric) -> Double? {
            guard pairableUnits > 0, total > 1 else { return nil }
            var observed = 0.0
            var expected = 0.0
            for c in values.indices {
                for k in values.indices where c != k {
                    let d = difference(c, k, metric: metric)
                    observed += coincidence(c, k) * d
                    expected += marginals[c] * marginals[k] * d
                }
            }
            guard expected > 0 else { return nil }
            return 1 - (total - 1) * observed / expected
        }
    }

    /// Alpha for `units`, each a list of values (nil for missing), or nil when it is not defined
    /// (fewer than two pairable values, or no variation at all).
    package static func alpha(_ units: [[Double?]], metric: Metric) -> Double? {
        Coincidences(units).alpha(metric)
    }

    /// Krippendorff's bootstrap 95% interval of alpha: reproducible for the same units and seed.
    ///
    /// The algorithm of Krippendorff, "Algorithm for bootstrapping a distribution of α" (2006, revised
    /// 2011), used by Hayes & Krippendorff's KALPHA macro (2007):
    ///
    /// 1. The unit interval is cut into segments, one per cell `c ≤ k` of the coincidence matrix, of
    ///    probability `o_cc / n..` on the diagonal and `2 o_ck / n..` off it; each segment carries `δ²_ck`.
    /// 2. Each resample draws `M = min(25 Q, P)` segments with replacement, where `Q` is the number of
    ///    non-empty cells and `P = Σ_u m_u (m_u − 1) / 2` the number of pairs of values in the data (in
    ///    complete data `(m − 1) n.. / 2` for `m` raters; the "Pairs" of the KALPHA macro, 239 for the
    ///    example of Hayes & Krippendorff 2007).
    /// 3. A resample's alpha is `1 − Σ δ² / (M · D_e)` with the original expected disagreement `D_e`,
    ///    bounded below by −1.
    /// 4. Resamples that drew the diagonal only, where alpha would be `1 − 0/0`, are corrected: of the
    ///    resamples at 1, as many as `X · Σ_c (o_cc / n..)^M` are set to 0.
    ///
    /// The interval is the 2.5th and 97.5th percentile of the `X` resampled alphas (the sorted values at
    /// `⌊.025 X⌋` and `⌊.975 X⌋ + 1`, counted from 1). Nil when alpha is not defined.
    ///
    /// - Parameters:
    ///   - units: the units, each a list of values (nil for missing).
    ///   - metric: the difference function.
    ///   - resamples: the number `X` of resamples.
    ///   - seed: the seed of the random numbers (SplitMix64), so the same data give the same interval.
    package static func bootstrap(
        _ units: [[Double?]], metric: Metric, resamples: Int = defaultResamples,
        seed: UInt64 = defaultSeed
    ) -> ClosedRange<Double>? {
        let coincidences = Coincidences(units)
        guard coincidences.alpha(metric) != nil, resamples > 0 else { return nil }
        let total = coincidences.total
        let expected = coincidences.expectedDisagreement(metric)
        guard expected > 0 else { return nil }
        // Step 1: the segments, as cumulative probabilities with their differences.
        let segments = Segments(coincidences, total: total, metric: metric)
        // Step 2: the number of draws.
        let pairs = units.reduce(0) { sum, unit in
            let m = unit.compactMap { $0 }.count
            return m >= 2 ? sum + m * (m - 1) / 2 : sum
        }
        let draws = max(1, min(25 * segments.nonEmpty, pairs))
        // Step 3: the resamples.
        var random = SplitMix64(seed: seed, stream: 0, salt: 0xA1FA)
        var alphas: [Double] = []
        alphas.reserveCapacity(resamples)
        for _ in 0..<resamples {
            var sum = 0.0
            for _ in 0..<draws {
                sum += segments.differences[segments.index(containing: random.uniform() * segments.cumulative)]
            }
            alphas.append(max(-1, 1 - sum / (Double(draws) * expected)))
        }
        // Step 4: resamples without variation are indeterminate, not perfect.
        let indeterminate = Int(
            (Double(resamples) * segments.diagonalShares.reduce(0) { $0 + pow($1, Double(draws)) }).rounded())
        var corrected = 0
        for index in alphas.indices where corrected < indeterminate && alphas[index] == 1 {
            alphas[index] = 0
            corrected += 1
        }
        alphas.sort()
        let lower = max(Int(0.025 * Double(resamples)), 1)
        let upper = min(Int(0.975 * Double(resamples)) + 1, resamples)
        return alphas[lower - 1]...alphas[upper - 1]
    }

    /// The coincidences as segments of the cumulative probabilities, each with the difference of its pair of
    /// values: what the bootstrap draws from.
    private struct Segments {
        var bounds: [Double] = []
        var differences: [Double] = []
        var cumulative = 0.0
        /// Non-empty cells of the coincidence matrix (off the diagonal counted twice).
        var nonEmpty = 0
        /// Each value's share of the diagonal, empty cells included.
        var diagonalShares: [Double] = []

        init(_ coincidences: Coincidences, total: Double, metric: Metric) {
            let size = coincidences.values.count
            for c in 0..<size {
                for k in c..<size {
                    let o = coincidences.coincidence(c, k)
                    if o > 0 { nonEmpty += c == k ? 1 : 2 }
                    if c == k { diagonalShares.append(o / total) }
                    guard o > 0 else { continue }
                    cumulative += (c == k ? o : 2 * o) / total
                    bounds.append(cumulative)
                    differences.append(coincidences.difference(c, k, metric: metric))
                }
            }
        }

        /// The first segment whose upper bound exceeds `r`.
        func index(containing r: Double) -> Int {
            var low = 0
            var high = bounds.count - 1
            while low < high {
                let middle = (low + high) / 2
                if bounds[middle] > r { high = middle } else { low = middle + 1 }
            }
            return low
        }
    }

    /// The number of resamples of the bootstrap unless one is given.
    package static let defaultResamples = 1_000

    /// The seed of the bootstrap unless one is given: the date of Krippendorff's revised algorithm.
    package static let defaultSeed: UInt64 = 2011_06_12
}

/// How far an alpha can be trusted, by Krippendorff's conventional thresholds (.667 and .800).
///
/// The reading is of the value as the reports show it, rounded to three decimals: an alpha computed
/// as 0.7999999999999999 (exactly 4/5) shows as 0.800 and reads reliable; 2/3 shows as 0.667 and
/// reads tentative. A label never contradicts its number.
public enum AgreementReading: String, Sendable, Hashable, Codable {
    /// Below .667: do not rely on the ratings.
    case unreliable
    /// .667 to .800: tentative conclusions only.
    case tentative
    /// .800 and above: reliable.
    case reliable

    /// The reading of an alpha value, rounded to three decimals first.
    public init(alpha: Double) {
        let shown = AgreementReading.thousandths(alpha)
        if shown >= 800 {
            self = .reliable
        } else if shown >= 667 {
            self = .tentative
        } else {
            self = .unreliable
        }
    }

    /// `value` in thousandths, rounded half away from zero: what the reports show to three decimals.
    static func thousandths(_ value: Double) -> Int {
        let scaled = (value * 1000).rounded()
        guard scaled.isFinite, abs(scaled) < 1e15 else { return value < 0 ? Int.min : Int.max }
        return Int(scaled)
    }

    /// The reading in words.
    public var label: LocalizedText {
        switch self {
        case .unreliable: return PanelMessages.alphaUnreliable
        case .tentative: return PanelMessages.alphaTentative
        case .reliable: return PanelMessages.alphaReliable
        }
    }
}
