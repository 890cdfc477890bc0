import Testing

@testable import ScoringCore

/// The rubric rules of issue 14 as diagnostics: knock-out rules without a rationale are errors, a consensus
/// method that does not exist is an error, retired technical-depth keys are errors with a hint, and weights,
/// thresholds and required levels that contradict the scale's meaning without a rationale are warnings.
@Suite("decision-rule diagnostics")
struct DecisionRuleDiagnosticsTests {
    static let base = """
        format: hirescore/rubric@1
        id: rules
        version: 1
        languages: [en]
        title: Rules
        description: Rules.
        role-family: claims-handling
        owner: Tests
        effective-from: 2026-01-01
        requirements:
          - {id: serve, text: Serves.}
        sections:
          - id: customer-orientation
            module: customer-orientation
            title: Customer orientation
            weight: 1
            config:
              red-flag: {level: 1, rationale: Blaming customers loses them.}
            criteria:
              - id: ownership
                title: Ownership
                measures: [serve]
                questions: [{text: Tell me.}]
                anchors: {1: Weak., 2: Below., 3: Meets., 4: Above., 5: Strong.}
          - id: conversation-skills
            module: conversation-skills
            title: Conversation
            weight: 1
            config:
              languages:
                - {language: de, required: C1, mandatory: true, rationale: Customers write German.}
            criteria:
              - id: clarity
                title: Clarity
                measures: [serve]
                questions: [{text: Explain.}]
                anchors: {1: Weak., 2: Below., 3: Meets., 4: Above., 5: Strong.}
          - id: technical-depth
            module: technical-depth
            title: Technical depth
            weight: 1
            config:
              skills:
                law: {required: 3, critical: true, rationale: Binding from day one.}
            criteria:
              - id: law
                title: Law
                measures: [serve]
                questions: [{text: How?}]
                anchors: {1: Weak., 2: Below., 3: Meets., 4: Above., 5: Strong.}
        decision:
          consensus: median
          thresholds: {no: 2, yes: 3, strong-yes: 4}
          minimum-coverage: 0.75
          rationale: In the scale's words.
        """

    /// The diagnostics of the base rubric with `old` replaced by `new`, as `file:line:col: severity: message` lines.
    static func headers(replacing old: String, with new: String) -> [String] {
        #expect(base.contains(old), "the base rubric has no '\(old)'")
        let loaded = RubricFixtures.load(text: base.replacingOccurrences(of: old, with: new), path: "rules.yaml")
        return loaded.diagnostics.map { $0.header(in: .en) }
    }

    @Test("the base rubric is clean")
    func baseIsClean() {
        #expect(Self.headers(replacing: "version: 1", with: "version: 1") == [])
    }

    @Test("a red flag without a rationale is an error")
    func redFlagWithoutRationale() {
        #expect(
            Self.headers(
                replacing: "red-flag: {level: 1, rationale: Blaming customers loses them.}",
                with: "red-flag: {level: 1}")
                == ["rules.yaml:18:17: error: 'red-flag' is a knock-out rule without a 'rationale'"])
    }

    @Test("the version-1 red-flag-level key is an error that shows the new form")
    func retiredRedFlagLevel() {
        let loaded = RubricFixtures.load(
            text: Self.base.replacingOccurrences(
                of: "red-flag: {level: 1, rationale: Blaming customers loses them.}", with: "red-flag-level: 1"),
            path: "rules.yaml")
        #expect(
            loaded.rendered() == """
                rules.yaml:18:23: error: 'red-flag-level' is written as 'red-flag' with its rationale now
                      red-flag-level: 1
                                      ^
                  hint: write 'red-flag: {level: 1, rationale: {de: ..., en: ...}}'

                """)
    }

    @Test("a section minimum written as a bare number is an error")
    func bareMinimum() {
        #expect(
            Self.headers(
                replacing: "      red-flag: {level: 1, rationale: Blaming customers loses them.}",
                with: "      red-flag: {level: 1, rationale: Blaming customers loses them.}\n      minimum: 2.5")
                == ["rules.yaml:19:16: error: 'minimum' is a knock-out rule and is written with its rationale"])
    }

    @Test("a critical skill without a rationale is an error")
    func criticalSkillWithoutRationale() {
        #expect(
            Self.headers(
                replacing: "law: {required: 3, critical: true, rationale: Binding from day one.}",
                with: "law: {required: 3, critical: true}")
                == ["rules.yaml:44:14: error: the critical skill 'law' is a knock-out rule without a 'rationale'"])
    }

    @Test("a mandatory language without a rationale is an error")
    func mandatoryLanguageWithoutRationale() {
        #expect(
            Self.headers(replacing: ", rationale: Customers write German.}", with: "}")
                == ["rules.yaml:31:11: error: the mandatory language 'de' is a knock-out rule without a 'rationale'"])
    }

    @Test("a consensus method that does not exist is an error with did-you-mean")
    func unknownConsensus() {
        let loaded = RubricFixtures.load(
            text: Self.base.replacingOccurrences(of: "consensus: median", with: "consensus: medain"),
            path: "rules.yaml")
        #expect(
            loaded.rendered() == """
                rules.yaml:52:14: error: unknown consensus method 'medain'; known methods: median, mean, trimmed-mean
                  consensus: medain
                             ^
                  hint: did you mean 'median'?

                """)
    }

    @Test("the retired technical-depth bonus keys are errors")
    func retiredBonus() {
        #expect(
            Self.headers(replacing: "      skills:\n", with: "      bonus-cap: 0.2\n      skills:\n")
                == [
                    "rules.yaml:43:18: error: 'bonus-cap' is gone: technical depth scores on the rubric's scale like every section (a candidate who meets every requirement scores the 'meets' level)"
                ])
    }

    @Test("a yes threshold above the 'meets' level without a rationale is a warning")
    func yesAboveMeets() {
        let text = Self.base.replacingOccurrences(of: "yes: 3,", with: "yes: 3.3,")
            .replacingOccurrences(of: "  rationale: In the scale's words.\n", with: "")
            .replacingOccurrences(of: "  rationale: In the scale's words.", with: "")
        let headers = RubricFixtures.load(text: text, path: "rules.yaml").diagnostics.map { $0.header(in: .en) }
        #expect(
            headers == [
                "rules.yaml:52:3: warning: the decision thresholds have no 'rationale'",
                "rules.yaml:53:28: warning: threshold 'yes' (3.3) lies above level 3 (\"meets requirements\"): a candidate who meets every requirement gets 'no'",
            ])
    }

    @Test("an unequal weight without a rationale is a warning; with one it is not")
    func unequalWeights() {
        #expect(
            Self.headers(
                replacing: "    title: Technical depth\n    weight: 1",
                with: "    title: Technical depth\n    weight: 2")
                == [
                    "rules.yaml:41:13: warning: section 'technical-depth' has weight 2, unlike the usual 1 of its neighbours, and no 'weight-rationale'"
                ])
        #expect(
            Self.headers(
                replacing: "    title: Technical depth\n    weight: 1",
                with:
                    "    title: Technical depth\n    weight: 2\n    weight-rationale: Technical mistakes cost the most."
            ) == [])
    }

    @Test("a required level the scale calls 'above requirements' is a warning without a rationale")
    func requiredAboveMeets() {
        #expect(
            Self.headers(
                replacing: "law: {required: 3, critical: true, rationale: Binding from day one.}",
                with: "law: {required: 4}")
                == [
                    "rules.yaml:44:25: warning: skill 'law' requires level 4, which the scale calls \"above requirements\""
                ])
    }
}
