import BuiltInModules
import Foundation
import ScoringCore
import Testing

/// The interview plan in the rubric: stages, their checks in the validator, and scoring one stage's scorecard.
@Suite("Interview plan")
struct InterviewPlanTests {
    static let fixture = "stages/staged-claims.yaml"

    /// The fixture's text with `plan:` replaced by `plan` (which starts with `plan:`).
    static func withPlan(_ plan: String) throws -> String {
        let text = try RubricFixtures.text(fixture)
        guard let range = text.range(of: "\nplan:\n") else { return text }
        return String(text[..<range.lowerBound]) + "\n" + plan
    }

    @Test("a three-stage plan becomes stages with their criteria in rubric order")
    func stages() throws {
        let loaded = RubricFixtures.load(Self.fixture)
        let rubric = try #require(loaded.result.rubrics.first)
        #expect(rubric.plan.map(\.id) == ["phone-screen", "role-play", "technical"])
        #expect(rubric.stages.map(\.criteria) == [["ownership"], ["explaining"], ["ownership", "claims-law"]])
        #expect(rubric.plan.map(\.durationMinutes) == [20, 15, 20])
        #expect(rubric.plan[2].interviewerRole?.text(in: "de") == "Fachexpert*in Schaden")
        #expect(rubric.plannedRaters(of: "ownership") == 2)
        #expect(rubric.plannedRaters(of: "claims-law") == 1)
        // Criteria rated in one stage by one interviewer: one warning per stage, naming them.
        #expect(loaded.codes == ["single-rater", "single-rater"])
        #expect(
            loaded.diagnostics.map { $0.message.text(in: "en") } == [
                "stage 'role-play' is the only rating of 'explaining' and has one interviewer: a single rater's interview ratings agree with another rater's only about .44, the mean of three about .70 (Spearman–Brown)",
                "stage 'technical' is the only rating of 'claims-law' and has one interviewer: a single rater's interview ratings agree with another rater's only about .44, the mean of three about .70 (Spearman–Brown)",
            ])
        #expect(
            loaded.diagnostics.first?.message.text(in: "de")
                == "Stufe 'role-play' ist die einzige Bewertung von 'explaining' und hat eine Interviewerin bzw. einen Interviewer: die Bewertung einer Person stimmt mit der einer anderen nur etwa zu .44 überein, das Mittel von dreien etwa zu .70 (Spearman-Brown)"
        )
    }

    @Test("a rubric without a plan has one stage with every criterion")
    func noPlan() throws {
        let text = try Self.withPlan("")
        let loaded = RubricFixtures.load(text: text, path: "no-plan.yaml")
        #expect(loaded.diagnostics.isEmpty, "\(loaded.rendered())")
        let rubric = try #require(loaded.result.rubrics.first)
        #expect(rubric.plan.isEmpty)
        #expect(rubric.stages.map(\.id) == [InterviewStage.defaultID])
        #expect(rubric.stages[0].criteria == ["ownership", "explaining", "claims-law"])
        #expect(rubric.stages[0].isPlanned == false)
        #expect(rubric.plannedRaters(of: "ownership") == nil)
        #expect(rubric.stage(nil)?.id == InterviewStage.defaultID)
    }

    @Test("unknown ids, duplicate stages and bad durations are errors with the place and a hint")
    func planErrors() throws {
        let text = try Self.withPlan(
            """
            plan:
              - id: screen
                title: {de: Telefon, en: Phone}
                duration: 0
                covers: [customer-orientaton]
              - id: screen
                title: {de: Fach, en: Technical}
                duration: 30
                interviewers: 2
                covers: [conversation-skills, technical-depth]

            """)
        let loaded = RubricFixtures.load(text: text, path: "bad-plan.yaml")
        #expect(loaded.result.rubrics.isEmpty)
        let rendered = loaded.rendered()
        #expect(
            rendered.contains(
                "bad-plan.yaml:131:15: error: 'duration' is the stage's length in minutes, 1 to 480, found 0"),
            "\(rendered)")
        #expect(
            rendered.contains(
                "bad-plan.yaml:132:14: error: stage covers 'customer-orientaton', which is neither a section nor a criterion of the rubric"
            ), "\(rendered)")
        #expect(rendered.contains("did you mean 'customer-orientation'?"))
        #expect(
            rendered.contains(
                "bad-plan.yaml:133:9: error: duplicate stage id 'screen'; it is first defined at line 129"),
            "\(rendered)")
        // The first stage covers nothing it can name and the second is a duplicate: no criterion is planned.
        #expect(
            rendered.contains(
                "bad-plan.yaml:129:3: warning: no stage of the plan covers 'ownership', 'explaining', 'claims-law': nobody will rate them"
            ), "\(rendered)")
    }

    @Test("a stage whose questions and follow-ups need more than its duration is warned on, with the arithmetic")
    func overTime() throws {
        let text = try Self.withPlan(
            """
            plan:
              - id: all
                title: {de: Alles, en: Everything}
                duration: 10
                interviewers: 2
                covers: [customer-orientation, conversation-skills, technical-depth]

            """)
        let loaded = RubricFixtures.load(text: text, path: "short.yaml")
        #expect(loaded.codes == ["stage-over-time"])
        #expect(
            loaded.diagnostics.first?.message.text(in: "en")
                == "stage 'all' is planned for 10 minutes, but its content needs about 18 (5 opening and close, 3 questions × 4, 1 follow-ups × 1)"
        )
        #expect(
            loaded.diagnostics.first?.message.text(in: "de")
                == "Stufe 'all' ist mit 10 Minuten geplant, ihr Inhalt braucht aber etwa 18 (5 Begrüßung und Abschluss, 3 Fragen × 4, 1 Nachfragen × 1)"
        )
        #expect(loaded.result.rubrics.count == 1, "a warning does not stop the rubric from loading")
    }

    @Test("a scorecard for one stage is scored over that stage's criteria only")
    func stageScoring() throws {
        let rubric = try #require(RubricFixtures.load(Self.fixture).result.rubrics.first)
        let host = ScoringHost(registry: BuiltInModules.registry)
        var scorecard = Scorecard(
            rubricID: rubric.id, rubricVersion: rubric.version, candidate: "c-1", interviewer: "A",
            entries: ["claims-law": .init(rating: .level(4)), "ownership": .init(rating: .level(3))])
        scorecard.stage = "technical"
        let result = host.score(scorecard, rubric: rubric)
        #expect(result.criterionCount == 2)
        #expect(result.ratedCount == 2)
        #expect(result.coverage == 1)
        #expect(result.knockOutsNotRated.isEmpty, "the language of the role-play is not this stage's to record")
        #expect(result.recommendation != .noDecision)
        #expect(
            !result.overallArithmetic.text(in: "en").contains("renormalised"),
            "\(result.overallArithmetic.text(in: "en"))")

        // The same ratings without a stage are judged against the whole rubric: the language is missing.
        scorecard.stage = nil
        let whole = host.score(scorecard, rubric: rubric)
        #expect(whole.criterionCount == 3)
        #expect(whole.recommendation == .noDecision)
    }

    @Test("alternate questions: the variant is picked from the candidate and the criterion, the same every time")
    func alternates() throws {
        let rubric = try #require(RubricFixtures.load(Self.fixture).result.rubrics.first)
        let explaining = try #require(rubric.criterion("explaining"))
        #expect(explaining.variantCount == 2)
        #expect(explaining.questions[0].alternates.count == 1)
        #expect(explaining.variant(for: "c-7") == 1)
        #expect(explaining.variant(for: "c-8") == 0)
        #expect(
            explaining.questions(variant: 1)[0].text.text(in: "en")
                == "How do you tell a customer that her loss is not covered?")
        #expect(explaining.questions(variant: 0)[0].text.text(in: "en") == "How do you explain a declination?")
        let variants = Set((1...40).map { explaining.variant(for: "c-\($0)") })
        #expect(variants == [0, 1], "a campaign's candidates get both wordings")
        #expect(
            try #require(rubric.criterion("ownership")).variant(for: "c-7") == 0,
            "no alternates: always the question as written")
    }
}
