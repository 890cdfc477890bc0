import Panel
import ScoringCore
import Testing

/// Projected reliability per criterion (issue 18): ICC(1) of one rater, the Spearman–Brown projection to the
/// panel's mean, and the raters needed for .80.
@Suite("Reliability per criterion")
struct ReliabilityTests {
    /// Shrout & Fleiss (1979), "Intraclass correlations: uses in assessing rater reliability", Psychological
    /// Bulletin 86(2), table 2 (6 targets × 4 judges) and table 4: BMS = 11.24, WMS = 6.26, ICC(1,1) = .17 and
    /// ICC(1,4) = .44. ICC(1,4) is ICC(1,1) stepped up by Spearman–Brown to the mean of four judges, so the
    /// formula must turn the one into the other.
    @Test("ICC(1) and its Spearman–Brown projection reproduce Shrout & Fleiss's worked example")
    func shroutFleiss() throws {
        let single = try #require(IntraclassCorrelation.icc1(IntraclassCorrelationTests.shroutFleiss))
        // (BMS − WMS) / (BMS + 3·WMS) = (11.24 − 6.26) / (11.24 + 18.78) = .166 (published, rounded: .17).
        #expect(rounded(single) == 0.166)
        // 4·.166 / (1 + 3·.166) = (BMS − WMS) / BMS = .443 (published: .44).
        #expect(rounded(SpearmanBrown.projected(single, raters: 4)) == 0.443)
        #expect(rounded(SpearmanBrown.projected(single, raters: 1)) == 0.166)
    }

    @Test(
        "Spearman–Brown: projection and raters needed, exact numbers",
        arguments: [
            // The issue's figures: one interviewer about .44, the mean of three about .70 (3·.44 / 1.88 = .702);
            // .80 needs .8·.56 / (.44·.2) = 5.09, so 6 raters.
            (0.44, 3, 0.702, 6 as Int?),
            (0.44, 1, 0.440, 6),
            // Exactly 4.0 raters: a whole number is not rounded up to 5 by floating-point noise.
            (0.5, 2, 0.667, 4),
            (0.8, 2, 0.889, 1),
            (0.9, 1, 0.900, 1),
            // No agreement beyond chance: no number of raters reaches .80.
            (0.0, 3, 0.000, nil),
            (-0.2, 2, -0.500, nil),
        ])
    func spearmanBrown(single: Double, raters: Int, projected: Double, needed: Int?) {
        #expect(rounded(SpearmanBrown.projected(single, raters: raters)) == projected)
        #expect(SpearmanBrown.ratersNeeded(single, for: 0.80) == needed)
    }

    @Test("ICC(1) with groups of different sizes uses the adjusted group size k0")
    func unbalanced() throws {
        // Means 1.5, 4, 5; grand mean 25/7; MSB = 13.214/2 = 6.607; MSW = 2.5/4 = .625; k0 = (7 − 17/7)/2 = 2.286;
        // ICC(1) = (6.607 − .625) / (6.607 + 1.286·.625) = .807.
        let single = try #require(IntraclassCorrelation.icc1([[1, 2], [3, 4, 5], [5, 5]]))
        #expect(rounded(single) == 0.807)
        // Groups of one rating carry no within-group information and are left out.
        #expect(IntraclassCorrelation.icc1([[1, 2], [3, 4, 5], [5, 5], [1]]) == single)
        #expect(IntraclassCorrelation.icc1([[1, 2]]) == nil)
        #expect(IntraclassCorrelation.icc1([[3, 3], [3, 3], [3, 3]]) == nil)
    }

    @Test("a requisition's agreement has each criterion's reliability, projection and raters for .80")
    func acrossRequisition() throws {
        let rubric = try Fixtures.rubric()
        let folder = try ScorecardFolder()
        // Criteria a, b, c, rp, s1, s2. a varies between candidates; b is 3 everywhere; c is rated on two candidates only.
        let anna: [[Int?]] = [[2, 3, 3, 3, 3, 3], [3, 3, 4, 3, 3, 3], [4, 3, nil, 3, 3, 3], [5, 3, nil, 3, 3, 3]]
        let ben: [[Int?]] = [[2, 3, 3, 3, 3, 3], [4, 3, 4, 3, 3, 3], [4, 3, nil, 3, 3, 3], [4, 3, nil, 3, 3, 3]]
        for index in 0..<4 {
            try folder.write(makeScorecard("c-\(index + 1)", "Anna Schmidt", anna[index], rubric: rubric))
            try folder.write(makeScorecard("c-\(index + 1)", "Ben Kraus", ben[index], rubric: rubric))
        }
        let report = folder.merge(rubrics: [rubric])
        #expect(report.problems.isEmpty, "\(report.problems.map { $0.message.text(in: "en") })")
        let criteria = try #require(report.requisitionAgreement["req-a"]?.criteria)
        #expect(criteria.map(\.criterionID) == Fixtures.criteria)
        // a: groups [2,2] [3,4] [4,4] [5,4]; MSB = 7/3, MSW = 1/4, k0 = 2: ICC(1) = (2.333 − .25) / (2.333 + .25) = .806.
        let a = try #require(criteria.first)
        #expect(a.candidateCount == 4)
        #expect(rounded(a.single) == 0.806)
        #expect(a.panelRaters == 2)
        // 2·.806 / 1.806 = .893; .806 already reaches .80 with one rater.
        #expect(rounded(a.panelMean) == 0.893)
        #expect(a.ratersForTarget == 1)
        #expect(a.missing == nil)
        #expect(criteria[1].single == nil && criteria[1].missing == .noVariance)
        #expect(criteria[2].candidateCount == 2 && criteria[2].missing == .tooFewCandidates)

        // calibrate shows the same per requisition.
        let calibration = Calibration(report.panels, minimumForName: 1)
        #expect(calibration.criterionReliability.map(\.requisition) == ["req-a"])
        #expect(calibration.criterionReliability.first?.criteria == criteria)
    }
}
