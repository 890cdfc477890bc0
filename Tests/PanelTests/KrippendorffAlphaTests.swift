import Panel
import Testing

/// Krippendorff's alpha against the worked example of Krippendorff (2011), "Computing Krippendorff's
/// Alpha-Reliability", and its edge cases.
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
}
