import Panel
import ScoringCore
import Testing

/// ICC(2,1) and ICC(2,k) against Shrout & Fleiss (1979), the alpha thresholds, and the agreement notes.
struct IntraclassCorrelationTests {
    /// Shrout & Fleiss (1979), table 2: 6 targets (rows) × 4 judges (columns).
    static let shroutFleiss: [[Double]] = [
        [9, 2, 5, 8],
        [6, 1, 3, 2],
        [8, 4, 6, 8],
        [7, 1, 2, 6],
        [10, 5, 6, 9],
        [6, 2, 4, 7],
    ]

    @Test func shroutFleissSingleJudge() throws {
        let result = try #require(IntraclassCorrelation.icc2(Self.shroutFleiss))
        #expect(rounded(result.single) == 0.290)
    }

    @Test func shroutFleissMeanOfFourJudges() throws {
        let result = try #require(IntraclassCorrelation.icc2(Self.shroutFleiss))
        #expect(rounded(result.average) == 0.620)
    }

    @Test func perfectAgreementIsOne() throws {
        let result = try #require(IntraclassCorrelation.icc2([[1, 1, 1], [3, 3, 3], [5, 5, 5]]))
        #expect(result.single == 1)
        #expect(result.average == 1)
    }

    @Test(arguments: [
        [[Double]](),
        [[9, 2, 5, 8]],
        [[9], [6], [8]],
        [[9, 2, 5, 8], [6, 1, 3], [8, 4, 6, 8]],
        [[9, 2], [6, 1, 3]],
        [[], []],
    ])
    func incompleteOrTooSmallTablesHaveNoICC(table: [[Double]]) {
        #expect(IntraclassCorrelation.icc2(table) == nil)
    }

    @Test func tableWithoutVarianceHasNoICC() {
        #expect(IntraclassCorrelation.icc2([[3, 3], [3, 3], [3, 3]]) == nil)
    }
}

struct AgreementReadingTests {
    @Test(arguments: [
        (-0.2, AgreementReading.unreliable), (0.0, .unreliable), (0.666, .unreliable), (0.6664, .unreliable),
        (0.6665, .tentative), (0.667, .tentative), (0.799, .tentative), (0.7994, .tentative),
        (0.7995, .reliable), (0.8, .reliable), (0.815, .reliable), (1.0, .reliable),
    ])
    func thresholdsApplyToTheValueAsShown(alpha: Double, expected: AgreementReading) {
        #expect(AgreementReading(alpha: alpha) == expected)
    }

    /// Exactly 4/5 computed as 0.7999999999999999 shows as 0.800 and must read reliable;
    /// 2/3 shows as 0.667 and must not read "below .667".
    @Test func readingNeverContradictsTheNumberShown() {
        #expect(0.7999999999999999 < 0.8)
        #expect(Format.fixed(0.7999999999999999, digits: 3) == "0.800")
        #expect(AgreementReading(alpha: 0.7999999999999999) == .reliable)
        #expect(Format.fixed(2.0 / 3.0, digits: 3) == "0.667")
        #expect(AgreementReading(alpha: 2.0 / 3.0) == .tentative)
        #expect(AgreementReading(alpha: 0.6666666666666665) == .tentative)
    }

    @Test func labels() {
        #expect(AgreementReading.unreliable.label.text(in: "en") == "unreliable (below .667)")
        #expect(AgreementReading.tentative.label.text(in: "en") == "tentative (.667 to .800)")
        #expect(AgreementReading.reliable.label.text(in: "en") == "reliable (.800 and above)")
    }
}

struct AgreementComputeTests {
    @Test func workedExampleGivesAlphaButNoICC() {
        let agreement = PanelResult.Agreement.compute(KrippendorffAlphaTests.example, raterCount: 4)
        #expect(agreement.raterCount == 4)
        #expect(rounded(agreement.alphaOrdinal) == 0.815)
        #expect(rounded(agreement.alphaInterval) == 0.849)
        #expect(agreement.reading == .reliable)
        #expect(agreement.icc == nil)
        #expect(agreement.notes.map { $0.text(in: "en") } == ["no ICC: it needs complete data, and some ratings are n/a"])
    }

    @Test func completeTableGivesICC() throws {
        let table = IntraclassCorrelationTests.shroutFleiss.map { $0.map(Optional.some) }
        let agreement = PanelResult.Agreement.compute(table, raterCount: 4)
        let icc = try #require(agreement.icc)
        #expect(rounded(icc.single) == 0.290)
        #expect(rounded(icc.average) == 0.620)
        #expect(agreement.notes.isEmpty)
    }

    @Test func singleRaterHasNoStatisticsAndSaysWhy() {
        let agreement = PanelResult.Agreement.compute([[4, nil], [3, nil], [5, nil]], raterCount: 2)
        #expect(agreement.raterCount == 1)
        #expect(agreement.alphaOrdinal == nil)
        #expect(agreement.alphaInterval == nil)
        #expect(agreement.icc == nil)
        #expect(agreement.reading == nil)
        #expect(agreement.notes.map { $0.text(in: "en") } == ["no agreement statistics: only 1 rater rated anything; two or more are needed"])
    }

    @Test func identicalRatingsSayWhyAlphaAndICCAreMissing() {
        let agreement = PanelResult.Agreement.compute([[3, 3], [3, 3]], raterCount: 2)
        #expect(agreement.alphaInterval == nil)
        #expect(agreement.icc == nil)
        #expect(agreement.notes.map { $0.text(in: "en") } == [
            "alpha is not defined: the ratings do not vary at all (or too few units are rated by two raters)",
            "ICC is not defined for these ratings (no variance)",
        ])
    }
}
