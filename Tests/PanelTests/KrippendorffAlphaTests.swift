import Panel
import Testing

/// Krippendorff's alpha against the worked example of Krippendorff (2011), "Computing Krippendorff's
/// Alpha-Reliability" (coincidences, ordinal differences, alpha), Krippendorff's bootstrap, and the edge cases.
struct KrippendorffAlphaTests {
    /// The worked example: 12 units (rows), one value per observer A, B, C, D; nil is missing.
    static let example: [[Double?]] = [
        [1, 1, nil, 1],
        [2, 2, 3, 2],
        [3, 3, 3, 3],
        [3, 3, 3, 3],
        [2, 2, 2, 2],
        [1, 2, 3, 4],
        [4, 4, 4, 4],
        [1, 1, 2, 1],
        [2, 2, 2, 2],
        [nil, 5, 5, 5],
        [nil, nil, 1, 1],
        [nil, 3, nil, nil],
    ]

    @Test func workedExampleOrdinal() {
        #expect(rounded(KrippendorffAlpha.alpha(Self.example, metric: .ordinal)) == 0.815)
    }

    @Test func workedExampleInterval() {
        #expect(rounded(KrippendorffAlpha.alpha(Self.example, metric: .interval)) == 0.849)
    }

    @Test(arguments: KrippendorffAlpha.Metric.allCases)
    func singleRaterHasNoAlpha(metric: KrippendorffAlpha.Metric) {
        #expect(KrippendorffAlpha.alpha([[1], [2], [3], [5]], metric: metric) == nil)
        #expect(KrippendorffAlpha.alpha([[1, nil], [2, nil], [4, nil]], metric: metric) == nil)
    }

    @Test(arguments: KrippendorffAlpha.Metric.allCases)
    func identicalValuesHaveNoAlpha(metric: KrippendorffAlpha.Metric) {
        #expect(KrippendorffAlpha.alpha([[3, 3, 3], [3, 3, nil], [3, 3, 3]], metric: metric) == nil)
    }

    @Test(arguments: KrippendorffAlpha.Metric.allCases)
    func noUnitsHaveNoAlpha(metric: KrippendorffAlpha.Metric) {
        #expect(KrippendorffAlpha.alpha([], metric: metric) == nil)
        #expect(KrippendorffAlpha.alpha([[nil, nil], [nil, nil]], metric: metric) == nil)
    }

    @Test(arguments: KrippendorffAlpha.Metric.allCases)
    func unitWithOneValueIsIgnored(metric: KrippendorffAlpha.Metric) throws {
        let base = try #require(KrippendorffAlpha.alpha(Self.example, metric: metric))
        // Values inside and outside the example's range, alone in their unit.
        for lonely: [Double?] in [[nil, 4, nil, nil], [1, nil, nil, nil], [nil, nil, nil, 9]] {
            #expect(KrippendorffAlpha.alpha(Self.example + [lonely], metric: metric) == base)
        }
        // The example's own last unit has one value only: dropping it changes nothing either.
        #expect(KrippendorffAlpha.alpha(Array(Self.example.dropLast()), metric: metric) == base)
    }

    @Test(arguments: KrippendorffAlpha.Metric.allCases)
    func perfectAgreementWithVariationIsOne(metric: KrippendorffAlpha.Metric) {
        #expect(KrippendorffAlpha.alpha([[1, 1, 1], [2, 2, nil], [4, 4, 4], [5, nil, 5]], metric: metric) == 1.0)
    }

    @Test func systematicDisagreementIsBelowZero() throws {
        // Two raters who always disagree in opposite directions: worse than chance.
        let alpha = try #require(KrippendorffAlpha.alpha([[1, 5], [5, 1], [2, 4], [4, 2]], metric: .interval))
        #expect(alpha < 0)
    }

    /// The coincidence matrix of the worked example, as printed in Krippendorff (2011): n.. = 40.
    @Test func workedExampleCoincidences() {
        let coincidences = KrippendorffAlpha.Coincidences(Self.example)
        #expect(coincidences.values == [1, 2, 3, 4, 5])
        #expect(coincidences.pairableUnits == 11)
        let expected: [[Double]] = [
            [7, 4.0 / 3, 1.0 / 3, 1.0 / 3, 0],
            [4.0 / 3, 10, 4.0 / 3, 1.0 / 3, 0],
            [1.0 / 3, 4.0 / 3, 8, 1.0 / 3, 0],
            [1.0 / 3, 1.0 / 3, 1.0 / 3, 4, 0],
            [0, 0, 0, 0, 3],
        ]
        for c in 0..<5 {
            for k in 0..<5 {
                #expect(abs(coincidences.coincidence(c, k) - expected[c][k]) < 1e-12, "o[\(c + 1)][\(k + 1)]")
            }
        }
        #expect(coincidences.marginals.map { ($0 * 1e9).rounded() / 1e9 } == [9, 13, 10, 5, 3])
        #expect(coincidences.total == 40)
    }

    /// The ordinal differences of the worked example: δ²_ck = (Σ_{g=c..k} n_g − (n_c + n_k)/2)².
    @Test func workedExampleOrdinalDifferences() {
        let coincidences = KrippendorffAlpha.Coincidences(Self.example)
        func ordinal(_ c: Int, _ k: Int) -> Double? {
            rounded(coincidences.difference(c - 1, k - 1, metric: .ordinal), 4)
        }
        #expect(ordinal(1, 1) == 0)
        #expect(ordinal(1, 2) == 121)  // (9/2 + 13/2)²
        #expect(ordinal(1, 3) == 506.25)  // (9/2 + 13 + 10/2)²
        #expect(ordinal(1, 4) == 900)  // (9/2 + 13 + 10 + 5/2)²
        #expect(ordinal(1, 5) == 1156)  // (9/2 + 13 + 10 + 5 + 3/2)²
        #expect(ordinal(2, 3) == 132.25)  // (13/2 + 10/2)²
        #expect(ordinal(4, 5) == 16)  // (5/2 + 3/2)²
        #expect(ordinal(3, 1) == ordinal(1, 3))
        #expect(rounded(coincidences.difference(0, 4, metric: .interval), 4) == 16)
    }

    /// α = 1 − D_o / D_e with the disagreements of the paper's ordinal computation.
    @Test func workedExampleOrdinalFromTheDisagreements() throws {
        let coincidences = KrippendorffAlpha.Coincidences(Self.example)
        let alpha = 1 - coincidences.observedDisagreement(.ordinal) / coincidences.expectedDisagreement(.ordinal)
        #expect(rounded(alpha) == 0.815)
        #expect(abs(alpha - (try #require(coincidences.alpha(.ordinal)))) < 1e-12)
    }

    // MARK: bootstrap

    @Test func bootstrapIsReproducibleAndBracketsAlpha() throws {
        let first = try #require(KrippendorffAlpha.bootstrap(Self.example, metric: .ordinal))
        let second = try #require(KrippendorffAlpha.bootstrap(Self.example, metric: .ordinal))
        #expect(first == second)
        #expect(first.lowerBound < 0.815 && 0.815 < first.upperBound)
        #expect(first.lowerBound >= -1 && first.upperBound <= 1)
        let otherSeed = try #require(KrippendorffAlpha.bootstrap(Self.example, metric: .ordinal, seed: 7))
        #expect(otherSeed.lowerBound < 0.815 && 0.815 < otherSeed.upperBound)
    }

    @Test func bootstrapOfPerfectAgreementIsOne() throws {
        let interval = try #require(
            KrippendorffAlpha.bootstrap([[1, 1, 1], [2, 2, nil], [4, 4, 4], [5, nil, 5]], metric: .ordinal))
        #expect(interval == 1...1)
    }

    @Test(arguments: KrippendorffAlpha.Metric.allCases)
    func bootstrapNeedsAnAlpha(metric: KrippendorffAlpha.Metric) {
        #expect(KrippendorffAlpha.bootstrap([[3, 3], [3, 3]], metric: metric) == nil)
        #expect(KrippendorffAlpha.bootstrap([[1, nil], [2, nil]], metric: metric) == nil)
    }

    /// The example of Hayes & Krippendorff (2007), table 1: 40 units, 5 observers, values 0–3, 239 pairs.
    static let hayesKrippendorff: [[Double?]] = [
        [1, 1, 2, nil, 2], [1, 1, 0, 1, nil], [2, 3, 3, 3, nil], [nil, 0, 0, nil, 0], [0, 0, 0, nil, 0],
        [0, 0, 0, nil, 0], [1, 0, 2, nil, 1], [1, nil, 2, 0, nil], [2, 2, 2, nil, 2], [2, 1, 1, 1, nil],
        [nil, 1, 0, 0, nil], [0, 0, 0, 0, nil], [1, 2, 2, 2, nil], [3, 3, 2, 2, 3], [1, 1, 1, nil, 1],
        [1, 1, 1, nil, 1], [2, 1, 2, nil, 2], [1, 2, 3, 3, nil], [1, 1, 0, 1, nil], [0, 0, 0, nil, 0],
        [0, 0, 1, 1, nil], [0, 0, nil, 0, 0], [2, 3, 3, 3, nil], [0, 0, 0, 0, nil], [1, 2, nil, 2, 2],
        [0, 1, 1, 1, nil], [0, 0, 0, 1, 0], [1, 2, 1, 2, nil], [1, 1, 2, 2, nil], [1, 1, 2, nil, 2],
        [1, 1, 0, nil, 0], [2, 1, 2, 1, nil], [2, 2, nil, 2, 2], [3, 2, 2, 2, nil], [2, 2, 2, nil, 2],
        [2, 2, 3, nil, 2], [2, 2, 2, nil, 2], [2, 2, nil, 1, 2], [2, 2, 2, 2, nil], [1, 1, 1, nil, 1],
    ]

    /// Hayes & Krippendorff (2007) report ordinal α = .7598 for their example.
    @Test func hayesKrippendorffOrdinal() {
        #expect(rounded(KrippendorffAlpha.alpha(Self.hayesKrippendorff, metric: .ordinal), 4) == 0.7598)
    }

    /// Its bootstrap interval (239 pairs per resample) brackets alpha with the width a sample of that
    /// size gives; the exact bounds depend on the random numbers, so only their neighbourhood is checked.
    @Test func hayesKrippendorffBootstrap() throws {
        let interval = try #require(KrippendorffAlpha.bootstrap(Self.hayesKrippendorff, metric: .ordinal))
        #expect(interval.lowerBound > 0.6 && interval.lowerBound < 0.72)
        #expect(interval.upperBound > 0.8 && interval.upperBound < 0.9)
    }
}
