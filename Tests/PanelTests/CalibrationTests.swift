import Panel
import ScoringCore
import Testing

/// Interviewer calibration on a synthetic panel with a known lenient and a known severe rater.
struct CalibrationTests {
    static let lenient = "Lena Lenz"
    static let severe = "Sven Streng"
    static let truthful = ["Tara True", "Theo Treu"]

    /// 12 candidates × 4 raters. The "true" rating of candidate i, criterion j is 2 + (i + 2j) mod 3
    /// (2, 3 or 4); the lenient rater rates truth + 1 (capped at 5), the severe one truth − 1 (floored at 1),
    /// the other two the truth.
    private func syntheticPanels(method: ConsensusMethod = .median) throws -> [PanelResult] {
        let rubric = try Fixtures.rubric()
        let folder = try ScorecardFolder()
        for i in 0..<12 {
            let candidate = "k-\(i + 1)"
            let truth = (0..<Fixtures.criteria.count).map { j in 2 + (i + 2 * j) % 3 }
            try folder.write(makeScorecard(candidate, Self.lenient, truth.map { min($0 + 1, 5) }, rubric: rubric))
            try folder.write(makeScorecard(candidate, Self.severe, truth.map { max($0 - 1, 1) }, rubric: rubric))
            for name in Self.truthful {
                try folder.write(makeScorecard(candidate, name, truth, rubric: rubric))
            }
        }
        let report = folder.merge(rubrics: [rubric], method: method)
        #expect(report.problems.isEmpty)
        #expect(report.panels.count == 12)
        return report.panels
    }

    private func interviewer(_ calibration: Calibration, _ label: String) throws -> Calibration.Interviewer {
        try #require(calibration.interviewers.first { $0.label == label })
    }

    @Test func lenientAndSevereRatersAreFound() throws {
        let calibration = Calibration(try syntheticPanels())
        #expect(calibration.minimumForName == 5)
        #expect(calibration.interviewers.map(\.label) == [Self.lenient, Self.severe] + Self.truthful)
        #expect(calibration.interviewers.allSatisfy { $0.isNamed && $0.scorecards == 12 })

        // Against the median of the other three, every scorecard of L deviates by exactly +1, of S by −1.
        let lenient = try interviewer(calibration, Self.lenient)
        #expect(lenient.tendency == .lenient)
        #expect(rounded(lenient.meanDeviation, 2) == 1.00)
        let lenientInterval = try #require(lenient.interval)
        #expect(lenientInterval.lowerBound > 0)
        #expect(rounded(lenientInterval.lowerBound, 2) == 1.00)
        #expect(rounded(lenientInterval.upperBound, 2) == 1.00)

        let severe = try interviewer(calibration, Self.severe)
        #expect(severe.tendency == .severe)
        #expect(rounded(severe.meanDeviation, 2) == -1.00)
        let severeInterval = try #require(severe.interval)
        #expect(severeInterval.upperBound < 0)
        #expect(rounded(severeInterval.lowerBound, 2) == -1.00)
        #expect(rounded(severeInterval.upperBound, 2) == -1.00)

        for name in Self.truthful {
            let rater = try interviewer(calibration, name)
            #expect(rater.tendency == .inLine)
            #expect(rounded(rater.meanDeviation, 2) == 0)
            #expect(rater.interval?.contains(0) == true)
        }
    }

    @Test func meanConsensusGivesLargerDeviations() throws {
        // Against the mean of the other three, L deviates by 1 + 1/3 and S by −(1 + 1/3).
        let calibration = Calibration(try syntheticPanels(method: .mean))
        let lenient = try interviewer(calibration, Self.lenient)
        let severe = try interviewer(calibration, Self.severe)
        #expect(lenient.tendency == .lenient)
        #expect(severe.tendency == .severe)
        #expect(rounded(lenient.meanDeviation, 2) == 1.33)
        #expect(rounded(severe.meanDeviation, 2) == -1.33)
        for name in Self.truthful {
            #expect(try interviewer(calibration, name).tendency == .inLine)
        }
    }

    @Test func everyRaterOfTheSyntheticPanelRatesTheMiddleAThirdOfTheTime() throws {
        let calibration = Calibration(try syntheticPanels())
        #expect(calibration.interviewers.allSatisfy { rounded($0.middleShare, 4) == 0.3333 })
        #expect(calibration.interviewers.allSatisfy { $0.notAssessedShare == 0 })
    }

    @Test func namesBelowTheMinimumAreHiddenAndNumberedByDeviation() throws {
        let calibration = Calibration(try syntheticPanels(), minimumForName: 20)
        #expect(calibration.minimumForName == 20)
        #expect(calibration.interviewers.map(\.label) == ["R1", "R2", "R3", "R4"])
        #expect(calibration.interviewers.allSatisfy { !$0.isNamed })
        // Numbered from the most severe to the most lenient.
        #expect(calibration.interviewers.map { rounded($0.meanDeviation, 2) } == [-1, 0, 0, 1])
        #expect(calibration.interviewers.map(\.tendency) == [.severe, .inLine, .inLine, .lenient])
        let labels = calibration.interviewers.map(\.label)
        #expect(!labels.contains(Self.lenient) && !labels.contains(Self.severe))
    }

    @Test func anonymousHidesEveryName() throws {
        let calibration = Calibration(try syntheticPanels(), minimumForName: 1, anonymous: true)
        #expect(calibration.interviewers.map(\.label) == ["R1", "R2", "R3", "R4"])
        #expect(calibration.interviewers.allSatisfy { !$0.isNamed && $0.scorecards == 12 })
        #expect(calibration.interviewers.first?.tendency == .severe)
        #expect(calibration.interviewers.last?.tendency == .lenient)
    }

    @Test func namesAtTheMinimumAreShown() throws {
        let calibration = Calibration(try syntheticPanels(), minimumForName: 12)
        #expect(calibration.interviewers.allSatisfy { $0.isNamed })
        let hidden = Calibration(try syntheticPanels(), minimumForName: 13)
        #expect(hidden.interviewers.allSatisfy { !$0.isNamed })
    }

    @Test func sharesOfASmallCaseAreExact() throws {
        let rubric = try Fixtures.rubric()
        let folder = try ScorecardFolder()
        try folder.write(makeScorecard("c-1", "Anna Schmidt", [3, 3, 4, nil, nil, 2], rubric: rubric))
        try folder.write(makeScorecard("c-1", "Ben Kraus", [3, 4, 4, 5, 2, 2], rubric: rubric))
        let calibration = Calibration(folder.merge(rubrics: [rubric]).panels, minimumForName: 1)
        let anna = try interviewer(calibration, "Anna Schmidt")
        let ben = try interviewer(calibration, "Ben Kraus")
        // Anna: 2 of 6 n/a; 2 of her 4 ratings at the middle (3).
        #expect(anna.notAssessedShare == 2.0 / 6.0)
        #expect(anna.middleShare == 0.5)
        // Ben: nothing n/a; 1 of 6 at the middle.
        #expect(ben.notAssessedShare == 0)
        #expect(ben.middleShare == 1.0 / 6.0)
        // Deviations where the other rated too: Anna (0 − 1 + 0 + 0) / 4, Ben (0 + 1 + 0 + 0) / 4.
        #expect(anna.meanDeviation == -0.25)
        #expect(ben.meanDeviation == 0.25)
        // One scorecard each: no interval, no verdict.
        #expect(anna.interval == nil && ben.interval == nil)
        #expect(anna.tendency == .unclear && ben.tendency == .unclear)
        // Spread within a scorecard: the sample standard deviation of its ratings.
        #expect(rounded(anna.spreadWithin, 4) == 0.8165)
        #expect(rounded(ben.spreadWithin, 4) == 1.2111)
    }

    @Test func nobodyRatedMeansNoStatistics() throws {
        let rubric = try Fixtures.rubric()
        let folder = try ScorecardFolder()
        try folder.write(makeScorecard("c-1", "Anna Schmidt", [nil, nil, nil, nil, nil, nil], rubric: rubric))
        let calibration = Calibration(folder.merge(rubrics: [rubric]).panels, minimumForName: 1)
        let anna = try interviewer(calibration, "Anna Schmidt")
        #expect(anna.notAssessedShare == 1)
        #expect(anna.middleShare == nil)
        #expect(anna.meanDeviation == nil)
        #expect(anna.spreadWithin == nil)
        #expect(anna.tendency == .unclear)
    }
}
