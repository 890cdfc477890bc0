import BuiltInModules
import ScoringCore
import Testing

/// The host's mechanical combination: renormalised weights, coverage, knock-outs and decision rules.
struct ScoringHostTests {
    let host = ScoringHost(registry: BuiltInModules.registry)

    private func score(_ ratings: [String: Rating], languages: [String: String] = ["de": "C1"]) throws
        -> ScorecardResult
    {
        let rubric = try Fixtures.rubric("host-rubric.yaml")
        return host.score(Fixtures.scorecard(ratings, languages: languages), rubric: rubric)
    }

    private func rounded(_ value: Double?) -> Double? { value.map { ($0 * 10_000).rounded() / 10_000 } }

    @Test func fullyRatedScorecardCombinesSectionsByWeight() throws {
        let result = try score([
            "a": .level(4), "b": .level(4), "c": .level(4), "rp": .level(4), "s1": .level(3), "s2": .level(3),
        ])
        // Technical depth is the weighted mean of the skill levels: (1×3 + 1×3) / 2 = 3, the required level.
        #expect(result.sections.map { rounded($0.score) } == [4, 4, 3])
        // (40×4 + 20×4 + 40×3) / 100
        #expect(rounded(result.overallScore) == 3.6)
        #expect(
            result.overallArithmetic.text(in: "en")
                == "overall: weighted mean of the section scores (40×4.00 + 20×4.00 + 40×3.00) / 100 = 3.60")
        #expect(
            result.overallArithmetic.text(in: "de")
                == "Gesamt: gewichtetes Mittel der Abschnittswerte (40×4,00 + 20×4,00 + 40×3,00) / 100 = 3,60")
        #expect(result.ratedCount == 6)
        #expect(result.criterionCount == 6)
        #expect(result.recommendation == .yes)
        #expect(result.recommendationReasons.map { $0.text(in: "en") } == ["3.3 ≤ 3.60 < 4.2 (yes)"])
    }

    /// A rater's own result in a panel is scored without explanations (issue 20): the same scores, knock-outs and
    /// recommendation with its reasons, the arithmetic left empty.
    @Test func scoringWithoutExplainingGivesTheSameResultWithoutArithmetic() throws {
        let rubric = try Fixtures.rubric("host-rubric.yaml")
        for ratings: [String: Rating] in [
            ["a": .level(4), "b": .level(4), "c": .level(4), "rp": .level(4), "s1": .level(3), "s2": .level(3)],
            ["a": .level(1), "b": .notAssessed, "s1": .level(1), "s2": .level(5)],
            [:],
        ] {
            let scorecard = Fixtures.scorecard(ratings, languages: ["de": "B1"])
            let explained = host.score(scorecard, rubric: rubric)
            var unexplained = host.score(scorecard, rubric: rubric, explaining: false)
            #expect(unexplained.overallArithmetic.text(in: "en") == "")
            #expect(unexplained.sections.allSatisfy { $0.explanation.isEmpty })
            #expect(explained.sections.allSatisfy { !$0.explanation.isEmpty })
            unexplained.overallArithmetic = explained.overallArithmetic
            for index in unexplained.sections.indices {
                unexplained.sections[index].explanation = explained.sections[index].explanation
            }
            #expect(unexplained == explained)
        }
    }

    @Test func notAssessedIsNeverCountedAsZero() throws {
        let result = try score(["a": .level(5), "b": .notAssessed, "s1": .level(3), "s2": .level(3)])
        #expect(result.sections[0].score == 5)
        #expect(
            result.sections[0].explanation.map { $0.text(in: "en") }
                == ["Customer orientation: weighted mean of 1 rated criterion: (1×5) / 1 = 5.00; 1 n/a left out"])
    }

    @Test func weightsAreRenormalisedOverRatedSections() throws {
        let result = try score(["a": .level(4), "b": .level(4), "s1": .level(3), "s2": .level(3)])
        #expect(result.sections[1].score == nil)
        // (40×4 + 40×3) / 80, technical depth being the mean of its two skills rated 3
        #expect(rounded(result.overallScore) == 3.5)
        #expect(
            result.overallArithmetic.text(in: "en")
                == "overall: weighted mean of the section scores (40×4.00 + 40×3.00) / 80 = 3.50; weights renormalised without 'cs' (nothing rated)"
        )
        #expect(result.recommendation == .yes)
    }

    @Test func coverageBelowMinimumGivesNoDecision() throws {
        // 2 of 6 criteria rated: 33% < 50%; the critical skill s1 is not rated either, which is a reason of its own.
        let result = try score(["a": .level(5), "b": .level(5)])
        #expect(result.recommendation == .noDecision)
        #expect(
            result.recommendationReasons.map { $0.text(in: "en") }
                == [
                    "coverage 33% (2 of 6 criteria rated) is below the minimum 50%: no decision",
                    "'Skill one' can knock out but was not rated: no decision until every knock-out criterion is rated",
                ])
    }

    @Test func coverageExactlyAtMinimumDecides() throws {
        // 3 of 6 criteria rated: exactly 50%; among them the critical skill s1, which must be rated to decide.
        let result = try score(["a": .level(5), "b": .level(5), "s1": .level(5)])
        #expect(result.coverage == 0.5)
        #expect(result.recommendation == .strongYes)
    }

    @Test func allNotAssessedGivesNoScoreAndNoDecision() throws {
        let result = try score([:], languages: [:])
        #expect(result.overallScore == nil)
        #expect(result.sections.allSatisfy { $0.score == nil })
        #expect(result.recommendation == .noDecision)
        #expect(result.knockOuts.isEmpty)
    }

    @Test func knockOutOverridesAHighAverage() throws {
        let result = try score([
            "a": .level(5), "b": .level(1), "c": .level(5), "rp": .level(5), "s1": .level(5), "s2": .level(5),
        ])
        // (40×3 + 20×5 + 40×5) / 100: high enough for a strong yes without the red flag
        #expect(rounded(result.overallScore) == 4.2)
        #expect(result.knockOuts.map(\.finding.code) == ["red-flag"])
        #expect(result.knockOuts.map(\.sectionID) == ["co"])
        #expect(result.recommendation == .no)
        #expect(
            result.recommendationReasons.map { $0.text(in: "en") }
                == ["4.20 ≥ 4.2 (strong yes)", "1 knock-out caps the recommendation at \"no\""])
    }

    @Test func knockOutDecidesEvenWithLowCoverage() throws {
        let result = try score(["a": .level(1)], languages: [:])
        #expect(result.recommendation == .no)
    }

    @Test func knockOutDoesNotRaiseAStrongNo() throws {
        let result = try score([
            "a": .level(1), "b": .level(1), "c": .level(1), "rp": .level(1), "s1": .level(1), "s2": .level(1),
        ])
        #expect(result.recommendation == .strongNo)
        #expect(
            result.knockOuts.map(\.finding.code) == ["red-flag", "red-flag", "below-minimum", "critical-skill-gap"])
    }

    @Test func mandatoryLanguageBelowItsLevelIsAKnockOut() throws {
        let result = try score(
            ["a": .level(4), "b": .level(4), "c": .level(4), "rp": .level(4), "s1": .level(3), "s2": .level(3)],
            languages: ["de": "B2"])
        #expect(result.knockOuts.map(\.finding.code) == ["language-below-required"])
        #expect(
            result.knockOuts.first?.finding.message.text(in: "en") == "German: observed B2, required C1 (mandatory)")
        #expect(result.recommendation == .no)
    }

    @Test(arguments: [
        (2.49, Recommendation.strongNo), (2.5, .no), (3.29, .no), (3.3, .yes), (4.19, .yes), (4.2, .strongYes),
        (5, .strongYes),
    ])
    func thresholdsAreInclusiveLowerBounds(score: Double, expected: Recommendation) {
        let rules = DecisionRules(noFrom: 2.5, yesFrom: 3.3, strongYesFrom: 4.2, minimumCoverage: 0.75)
        #expect(rules.recommendation(forScore: score) == expected)
    }
}
