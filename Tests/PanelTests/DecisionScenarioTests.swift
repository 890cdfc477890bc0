import BuiltInModules
import Foundation
import Panel
import ScoringCore
import Testing

/// The decision rules of issue 14 as a scenario table: each row a ratings file or a small panel scored against
/// `Fixtures/scenario-rubric.yaml` (three sections of equal weight; a red flag at 1 and a minimum of 2.5 in customer
/// orientation; German C1 mandatory; `law` a critical skill at the required level 3; thresholds 2 / 3 / 4; median).
struct DecisionScenarioTests {
    /// The criterion ids in rubric order: the order of the level strings below ("n" is n/a).
    static let criteria = ["ownership", "empathy", "listening", "clarity", "law", "system", "fraud"]

    static func card(
        _ levels: String, interviewer: String = "Rater A", candidate: String = "c-1", german: String? = "C1",
        own: Recommendation? = nil, rubric: Rubric
    ) -> Scorecard {
        var entries: [String: Scorecard.Entry] = [:]
        for (id, level) in zip(criteria, levels.split(separator: " ")) {
            entries[id] =
                Int(level).map { Scorecard.Entry(rating: .level($0), evidence: "Said what \(id) needs.") }
                ?? Scorecard.Entry(rating: .notAssessed)
        }
        var scorecard = Scorecard(
            rubricID: rubric.id, rubricVersion: rubric.version, candidate: candidate, requisition: "req-s",
            interviewer: interviewer, status: .draft, entries: entries,
            observations: german.map { ["conversation-skills": ["de": .level($0)]] } ?? [:],
            recommendation: own.map { .init(value: $0, reason: "Scenario.") })
        if german != nil { scorecard.observationKeys = ["conversation-skills": "languages"] }
        scorecard.status = .submitted
        scorecard.rubricHash = rubric.hash
        scorecard.seal = scorecard.computeSeal()
        return scorecard
    }

    struct Single: CustomTestStringConvertible, Sendable {
        let name: String
        let levels: String
        var german: String? = "C1"
        let sections: [Double?]
        let recommendation: Recommendation
        let knockOuts: [String]
        var reason: String? = nil
        var testDescription: String { name }
    }

    static let singles: [Single] = [
        Single(
            name: "meets everywhere", levels: "3 3 3 3 3 3 3", sections: [3, 3, 3], recommendation: .yes, knockOuts: []),
        Single(
            name: "all 4s", levels: "4 4 4 4 4 4 4", sections: [4, 4, 4], recommendation: .strongYes, knockOuts: []),
        Single(
            name: "technical below requirements, the rest strong", levels: "5 5 5 5 2 2 2", sections: [5, 5, 2],
            recommendation: .no, knockOuts: ["critical-skill-gap"]),
        Single(
            name: "technical below requirements, critical skill met", levels: "4 4 4 4 3 2 2", sections: [4, 4, 2.33],
            recommendation: .yes, knockOuts: []),
        Single(
            name: "critical skill n/a", levels: "3 3 3 3 n 3 3", sections: [3, 3, 3], recommendation: .noDecision,
            knockOuts: [],
            reason: "'Law' can knock out but was not rated: no decision until every knock-out criterion is rated"),
        Single(
            name: "mandatory language not recorded", levels: "4 4 4 4 4 4 4", german: nil, sections: [4, 4, 4],
            recommendation: .noDecision, knockOuts: [],
            reason:
                "'German' can knock out but was not recorded: no decision until every knock-out criterion is rated"
        ),
        Single(
            name: "red-flag criterion n/a", levels: "4 n 4 4 4 4 4", sections: [4, 4, 4], recommendation: .noDecision,
            knockOuts: []),
        Single(
            name: "a red flag is not averaged away", levels: "5 1 5 5 5 5 5", sections: [3, 5, 5], recommendation: .no,
            knockOuts: ["red-flag"]),
        Single(
            name: "language below requirement on one's own card", levels: "4 4 4 4 4 4 4", german: "B2",
            sections: [4, 4, 4],
            recommendation: .no, knockOuts: ["language-below-required"]),
    ]

    @Test(arguments: singles)
    func ratingsFile(_ row: Single) throws {
        let rubric = try Fixtures.rubric("scenario-rubric.yaml")
        let result = ScoringHost(registry: BuiltInModules.registry).score(
            Self.card(row.levels, german: row.german, rubric: rubric), rubric: rubric)
        #expect(result.sections.map { rounded($0.score, 2) } == row.sections)
        #expect(result.recommendation == row.recommendation)
        #expect(result.knockOuts.map(\.finding.code) == row.knockOuts)
        if let reason = row.reason {
            #expect(
                result.recommendationReasons.map { $0.text(in: "en") }.contains(reason),
                "reasons: \(result.recommendationReasons.map { $0.text(in: "en") })")
        }
        for section in result.sections where section.score != nil {
            // No section score exceeds the highest rating in it or falls below the lowest.
            let section = try #require(rubric.sections.first { $0.id == section.sectionID })
            let levels = zip(Self.criteria, row.levels.split(separator: " ")).filter { id, _ in
                section.criteria.contains { $0.id == id }
            }
            .compactMap { Double($0.1) }
            let score = try #require(result.sections.first { $0.sectionID == section.id }?.score)
            #expect(score >= (levels.min() ?? 0) && score <= (levels.max() ?? 5))
        }
    }

    struct Panel: CustomTestStringConvertible, Sendable {
        let name: String
        let cards: [(String, String?, Recommendation?)]
        var whatIf: ConsensusMethod? = nil
        var overrides: [KnockOutOverride] = []
        let recommendation: Recommendation
        let standing: [String]
        let toDiscuss: [String]
        var consensus: [String: Double] = [:]
        var note: String? = nil
        var testDescription: String { name }
    }

    static let panels: [Panel] = [
        Panel(
            name: "red flag by 2 of 3 under the rubric's median",
            cards: [("4 1 3 3 3 3 3", "C1", .no), ("4 1 3 3 3 3 3", "C1", .no), ("4 3 4 4 4 4 4", "C1", .yes)],
            recommendation: .no, standing: ["customer-orientation/red-flag/empathy"], toDiscuss: []),
        Panel(
            name: "red flag by 2 of 3 under a what-if mean",
            cards: [("4 1 3 3 3 3 3", "C1", .no), ("4 1 3 3 3 3 3", "C1", .no), ("4 3 4 4 4 4 4", "C1", .yes)],
            whatIf: .mean,
            recommendation: .no, standing: ["customer-orientation/red-flag/empathy"], toDiscuss: []),
        Panel(
            name: "red flag by 1 of 3 is to discuss",
            cards: [("4 1 3 3 3 3 3", "C1", .no), ("3 3 3 3 3 3 3", "C1", .yes), ("4 3 4 4 4 4 4", "C1", .yes)],
            recommendation: .yes, standing: [], toDiscuss: ["customer-orientation/red-flag/empathy"]),
        Panel(
            name: "language below requirement by 1 of 2 raters",
            cards: [("3 3 3 3 3 3 3", "B1", .no), ("3 3 3 3 3 3 3", "C1", .yes)],
            recommendation: .yes, standing: [], toDiscuss: ["conversation-skills/language-below-required/de"]),
        Panel(
            name: "language below requirement by 2 of 2 raters",
            cards: [("3 3 3 3 3 3 3", "B1", .no), ("3 3 3 3 3 3 3", "B2", .no)],
            recommendation: .no, standing: ["conversation-skills/language-below-required/de"], toDiscuss: []),
        Panel(
            name: "even-sized panel: the median is the mean of the two middle ratings",
            cards: [("3 3 3 3 3 3 3", "C1", .yes), ("4 4 4 4 4 4 4", "C1", .yes)],
            recommendation: .yes, standing: [], toDiscuss: [], consensus: ["ownership": 3.5, "law": 3.5]),
        Panel(
            name: "even-sized panel of four: two reports stand",
            cards: [
                ("4 1 3 3 3 3 3", "C1", .no), ("4 1 3 3 3 3 3", "C1", .no), ("4 4 4 4 4 4 4", "C1", .yes),
                ("4 4 4 4 4 4 4", "C1", .yes),
            ],
            recommendation: .no, standing: ["customer-orientation/red-flag/empathy"], toDiscuss: []),
        Panel(
            name: "a knock-out set aside by a recorded debrief decision",
            cards: [("4 1 3 3 3 3 3", "C1", .no), ("4 1 3 3 3 3 3", "C1", .no), ("4 3 4 4 4 4 4", "C1", .yes)],
            overrides: [
                KnockOutOverride(
                    knockOutID: "customer-orientation/red-flag/empathy",
                    reason: "The role-play actor misread the brief.",
                    actor: "HR Lead", date: "2026-12-01")
            ],
            // Set aside, the knock-out no longer caps; the consensus 2.83 is a "no" by the thresholds on its own.
            recommendation: .no, standing: [], toDiscuss: []),
        Panel(
            name: "critical skill rated by only one of three raters",
            cards: [("3 3 3 3 3 3 3", "C1", .yes), ("3 3 3 3 n 3 3", "C1", .yes), ("3 3 3 3 n 3 3", "C1", .yes)],
            recommendation: .noDecision, standing: [], toDiscuss: []),
        Panel(
            name: "an own recommendation that contradicts the interviewer's own knock-out",
            cards: [("4 1 3 3 3 3 3", "C1", .yes), ("3 3 3 3 3 3 3", "C1", .yes), ("3 3 3 3 3 3 3", "C1", .yes)],
            recommendation: .yes, standing: [], toDiscuss: ["customer-orientation/red-flag/empathy"],
            note:
                "recommends yes although their own ratings contain a knock-out (red flag: 'Empathy' rated 1, at or below the red-flag level 1)"
        ),
        Panel(
            name: "an own no against an own yes by the rules",
            cards: [("4 4 4 4 4 4 4", "C1", .no), ("3 3 3 3 3 3 3", "C1", .yes)],
            recommendation: .yes, standing: [], toDiscuss: [],
            note: "recommends no although their own ratings give 4.00 → strong yes by the rubric's rules"),
    ]

    @Test(arguments: panels)
    func panel(_ row: Panel) throws {
        let rubric = try Fixtures.rubric("scenario-rubric.yaml")
        let folder = try ScorecardFolder()
        for (index, card) in row.cards.enumerated() {
            try folder.write(
                Self.card(card.0, interviewer: "Rater \(index + 1)", german: card.1, own: card.2, rubric: rubric))
        }
        var merger = PanelMerger(registry: BuiltInModules.registry, whatIf: row.whatIf)
        merger.overrides = [PanelMerger.overrideKey(requisition: "req-s", candidate: "c-1"): row.overrides]
        let report = merger.merge(files: folder.files, rubrics: [rubric])
        #expect(report.problems.isEmpty)
        let panel = try #require(report.panels.first)
        #expect(
            panel.consensus.recommendation == row.recommendation,
            "reasons: \(panel.consensus.recommendationReasons.map { $0.text(in: "en") })")
        #expect(panel.reportedKnockOuts.filter(\.stands).map(\.id) == row.standing)
        #expect(panel.knockOutsToDiscuss.map(\.id) == row.toDiscuss)
        #expect(panel.isWhatIf == (row.whatIf != nil && row.whatIf != .median))
        for (criterion, value) in row.consensus {
            #expect(panel.rows.first { $0.criterionID == criterion }?.consensus == value)
        }
        if let note = row.note {
            #expect(panel.views.compactMap { $0.consistencyNote?.text(in: "en") } == [note])
        } else {
            #expect(panel.views.allSatisfy { $0.consistencyNote == nil })
        }
        if !row.overrides.isEmpty {
            #expect(panel.overriddenKnockOuts.map(\.id) == row.overrides.map(\.knockOutID))
            #expect(
                panel.consensus.recommendationReasons.last?.text(in: "en")
                    == "knock-out customer-orientation/red-flag/empathy set aside by the debrief (HR Lead, 2026-12-01): The role-play actor misread the brief."
            )
        }
    }

    @Test func reportsNeededIsAtLeastHalfAndAtLeastTwo() {
        #expect((1...6).map { PanelMerger.reportsNeeded(raterCount: $0) } == [1, 2, 2, 2, 3, 3])
    }
}
