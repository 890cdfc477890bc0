import Panel
import ScoringCore
import Testing

/// ICC(2,1) and ICC(2,k) against Shrout & Fleiss (1979), the alpha readings of the value as shown, and
/// the agreement notes: why a statistic is missing and when a value lies outside its usual range.
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
    @Test func workedExampleGivesOrdinalAlphaWithIntervalAndICCOverCompleteUnits() throws {
        let agreement = PanelResult.Agreement.compute(KrippendorffAlphaTests.example, raterCount: 4)
        #expect(agreement.raterCount == 4)
        #expect(agreement.unitCount == 11)
        #expect(rounded(agreement.alphaOrdinal) == 0.815)
        #expect(rounded(agreement.alphaInterval) == 0.849)
        #expect(agreement.reading == .reliable)
        #expect(agreement.alphaMissing == nil)
        let interval = try #require(agreement.alphaOrdinal95)
        #expect(interval.lowerBound < 0.815 && 0.815 < interval.upperBound)
        // Units 2 to 9 are complete; the four with a missing value are left out of the ICC and the note says so.
        #expect(agreement.iccUnitCount == 8)
        #expect(agreement.iccRaterCount == 4)
        #expect(agreement.icc != nil)
        #expect(agreement.notes.map { $0.text(in: "en") } == ["ICC over 8 of 12 units (4 with an n/a rating left out)"])
    }

    @Test func completeTableGivesICC() throws {
        let table = IntraclassCorrelationTests.shroutFleiss.map { $0.map(Optional.some) }
        let agreement = PanelResult.Agreement.compute(table, raterCount: 4)
        let icc = try #require(agreement.icc)
        #expect(rounded(icc.single) == 0.290)
        #expect(rounded(icc.average) == 0.620)
        #expect(agreement.iccRaterCount == 4)
        #expect(agreement.iccUnitCount == 6)
        #expect(agreement.iccMissing == nil)
    }

    @Test func singleRaterHasNoStatisticsAndSaysWhy() {
        let agreement = PanelResult.Agreement.compute([[4, nil], [3, nil], [5, nil]], raterCount: 2)
        #expect(agreement.raterCount == 1)
        #expect(agreement.alphaOrdinal == nil)
        #expect(agreement.alphaInterval == nil)
        #expect(agreement.icc == nil)
        #expect(agreement.reading == nil)
        #expect(agreement.alphaMissing == .tooFewRaters)
        #expect(agreement.iccMissing == .tooFewRaters)
        #expect(
            agreement.notes.map { $0.text(in: "en") } == [
                "no agreement statistics: only 1 rater rated anything; two or more are needed"
            ])
        #expect(
            agreement.notes.map { $0.text(in: "de") } == [
                "keine Übereinstimmungswerte: nur 1 Person hat bewertet; nötig sind mindestens zwei"
            ])
    }

    @Test func identicalRatingsHaveNoVariance() {
        let agreement = PanelResult.Agreement.compute([[3, 3], [3, 3], [3, 3]], raterCount: 2)
        #expect(agreement.alphaOrdinal == nil)
        #expect(agreement.icc == nil)
        #expect(agreement.alphaMissing == .noVariance)
        #expect(agreement.iccMissing == .noVariance)
        #expect(
            agreement.notes.map { $0.text(in: "en") } == [
                "no alpha: every rating is the same level, so there is no variance to measure agreement against",
                "no ICC: the ratings do not vary (no variance)",
            ])
    }

    /// A single criterion is too few units for either statistic, whatever its ratings: not "n/a", not "no variance".
    @Test func singleCriterionIsTooFewUnits() {
        let agreement = PanelResult.Agreement.compute([[3, 5]], raterCount: 2)
        #expect(agreement.alphaMissing == .tooFewUnits)
        #expect(agreement.iccMissing == .tooFewUnits)
        #expect(
            agreement.notes.map { $0.text(in: "en") } == [
                "no alpha: too few units (1 rated by two raters or more, at least 2 are needed)",
                "no ICC: too few units (1, at least 3 are needed)",
            ])
        #expect(
            agreement.notes.map { $0.text(in: "de") } == [
                "kein Alpha: zu wenige Einheiten (1 von mindestens zwei Personen bewertet, nötig sind mindestens 2)",
                "kein ICC: zu wenige Einheiten (1, nötig sind mindestens 3)",
            ])
    }

    /// A 2×2 table has an alpha but too few units for the ICC (its error term has one degree of freedom).
    @Test func twoByTwoTableIsTooFewUnitsForICC() {
        let agreement = PanelResult.Agreement.compute([[3, 3], [3, 3]], raterCount: 2)
        #expect(agreement.iccMissing == .tooFewUnits)
        #expect(agreement.notes.map { $0.text(in: "en") }.last == "no ICC: too few units (2, at least 3 are needed)")
        let varied = PanelResult.Agreement.compute([[1, 2], [4, 5]], raterCount: 2)
        #expect(varied.alphaOrdinal != nil)
        #expect(varied.iccMissing == .tooFewUnits)
    }

    @Test func notAssessedRatingsAreNamedWhenTheyLeaveTooFewUnits() {
        let agreement = PanelResult.Agreement.compute([[1, 2], [4, nil], [nil, 3], [2, 2]], raterCount: 2)
        #expect(agreement.alphaOrdinal != nil)
        #expect(agreement.iccMissing == .notAssessed)
        #expect(
            agreement.notes.map { $0.text(in: "en") }.last
                == "no ICC: it needs complete data, and with the units that have an n/a rating left out 2 remain (at least 3 are needed)"
        )
    }

    @Test func panelsThatDifferAreNamed() {
        // Rater 3 sat on the first panel only, rater 2 on the second only: only rater 1 rated every unit.
        let table: [[Double?]] = [[1, nil, 2], [3, nil, 3], [4, 4, nil], [2, 3, nil]]
        let present = [[true, false, true], [true, false, true], [true, true, false], [true, true, false]]
        let agreement = PanelResult.Agreement.compute(table, raterCount: 3, present: present)
        #expect(agreement.iccMissing == .panelsDiffer)
        #expect(
            agreement.notes.map { $0.text(in: "en") }.last
                == "no ICC: it needs the same raters for every unit, and the panels differ (1 rater rated every candidate, two are needed)"
        )
    }

    /// ICC(2,k) of 4.000 (and ICC(2,1) of −2.000) from a 3×2 table: shown with a note, never without comment.
    @Test func valuesOutsideTheirUsualRangeAreNoted() throws {
        let agreement = PanelResult.Agreement.compute([[1, 2], [1, 2], [2, 1]], raterCount: 2)
        let icc = try #require(agreement.icc)
        #expect(rounded(icc.single) == -2.0)
        #expect(rounded(icc.average) == 4.0)
        #expect(
            agreement.notes.map { $0.text(in: "en") }.suffix(2) == [
                "ICC(2,1) -2.000 is below 0, the bottom of its usual range: no agreement beyond chance",
                "ICC(2,2) 4.000 lies outside its usual range (up to 1): too few units, or raters who differ systematically; it cannot be read as reliability",
            ])
        #expect(
            agreement.notes.map { $0.text(in: "de") }.last
                == "ICC(2,2) 4,000 liegt außerhalb des üblichen Bereichs (bis 1): zu wenige Einheiten oder systematisch abweichende Bewertende; als Reliabilität nicht lesbar"
        )
        // Alpha of the same table is negative, and the note says what that means.
        #expect(
            agreement.notes.map { $0.text(in: "en") }.contains {
                $0.hasPrefix("α -") && $0.contains("systematic disagreement")
            })
    }

    /// Exactly 4/5 (ordinal), computed just below: reads reliable, as its 0.800 shows.
    @Test func fourFifthsReadsReliable() throws {
        let table: [[Double?]] = [[1, 1, 1, 1], [1, 1, 1, 1], [2, 2, 2, 4], [2, 4, 4, 4], [3, 3, 3, 3]]
        let agreement = PanelResult.Agreement.compute(table, raterCount: 4)
        let alpha = try #require(agreement.alphaOrdinal)
        #expect(abs(alpha - 0.8) < 1e-12)
        #expect(alpha < 0.8)  // computed as 0.7999999999999999: the case the reading must survive
        #expect(Format.fixed(alpha, digits: 3) == "0.800")
        #expect(agreement.reading == .reliable)
    }

    /// Exactly 2/3 (ordinal): shows 0.667 and reads tentative, not "below .667".
    @Test func twoThirdsReadsTentative() throws {
        let agreement = PanelResult.Agreement.compute([[2, 1, 1], [3, 3, 4], [3, 4, 3]], raterCount: 3)
        let alpha = try #require(agreement.alphaOrdinal)
        #expect(abs(alpha - 2.0 / 3.0) < 1e-12)
        #expect(agreement.reading == .tentative)
    }

    @Test func fewerCandidatesThanTheMinimumGiveNoStatistics() {
        let table = IntraclassCorrelationTests.shroutFleiss.map { $0.map(Optional.some) }
        let agreement = PanelResult.Agreement.compute(table, raterCount: 4, candidateCount: 2)
        #expect(agreement.alphaOrdinal == nil)
        #expect(agreement.icc == nil)
        #expect(agreement.alphaMissing == .tooFewCandidates)
        #expect(PanelResult.Agreement.compute(table, raterCount: 4, candidateCount: 3).icc != nil)
    }
}
