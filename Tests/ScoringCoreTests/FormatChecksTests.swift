import Foundation
import ScoringCore
import Testing

/// The rubric format says what authors mean (issue 18): a comma in flow-style text, one section per module.
@Suite("Format checks")
struct FormatChecksTests {
    @Test("a comma in an unquoted flow-style text is one error that says to quote it, with the line as it should be")
    func commaInFlowText() throws {
        let original = try RubricFixtures.text(InterviewPlanTests.fixture)
        let text = original.replacingOccurrences(
            of: "1: {de: Schiebt die Schuld auf andere., en: Blames someone else.}",
            with: "1: {de: Schiebt die Schuld auf andere, ruft nicht zurück, wartet ab., en: Blames someone else.}")
        #expect(text != original)
        let loaded = RubricFixtures.load(text: text, path: "comma.yaml")
        #expect(loaded.codes == ["comma-in-text", "single-rater", "single-rater"], "\(loaded.rendered())")
        let error = try #require(loaded.diagnostics.first)
        #expect(
            error.message.text(in: "en")
                == "the 'de' text of 'anchors.1' has a comma, which ends an unquoted text in {de: …, en: …}; quote the text"
        )
        #expect(
            error.message.text(in: "de")
                == "der 'de'-Text von 'anchors.1' enthält ein Komma, das einen Text ohne Anführungszeichen in {de: …, en: …} beendet; setzen Sie den Text in Anführungszeichen"
        )
        #expect(
            error.hint?.text(in: "en")
                == "write it as {de: \"Schiebt die Schuld auf andere, ruft nicht zurück, wartet ab.\", en: \"Blames someone else.\"}"
        )
        #expect(error.location?.line == 54)
        #expect(loaded.result.rubrics.isEmpty)
    }

    @Test("two sections scored by one module are an error naming the first")
    func moduleUsedTwice() throws {
        let text = try InterviewPlanTests.withPlan("")
        let start = try #require(text.range(of: "  - id: customer-orientation\n"))
        let end = try #require(text.range(of: "  - id: conversation-skills\n"))
        let copy = String(text[start.lowerBound..<end.lowerBound])
            .replacingOccurrences(of: "id: customer-orientation", with: "id: customer-orientation-again")
            .replacingOccurrences(of: "id: ownership", with: "id: ownership-again")
        let doubled = String(text[..<end.lowerBound]) + copy + String(text[end.lowerBound...])
        let loaded = RubricFixtures.load(text: doubled, path: "twice.yaml")
        #expect(loaded.codes == ["module-used-twice"], "\(loaded.rendered())")
        #expect(
            loaded.diagnostics.first?.message.text(in: "en")
                == "section 'customer-orientation-again' uses module 'customer-orientation', which section 'customer-orientation' (line 28) already uses; the module scores one section per rubric"
        )
        #expect(
            loaded.diagnostics.first?.hint?.text(in: "en") == "move the criteria into section 'customer-orientation'")
    }

    static let scale = """
        scale:
          1: {de: deutlich unter den Anforderungen, en: well below requirements}
          2: {de: unter den Anforderungen, en: below requirements}
          3: {de: erfüllt die Anforderungen, en: meets requirements}
          4: {de: über den Anforderungen, en: above requirements}
          5: {de: deutlich über den Anforderungen, en: well above requirements}
        """

    /// The fixture without a plan, with the standard scale written out (plus `extra` under it), and ownership
    /// anchored at levels 1, 3 and 5 only.
    static func anchoredAtThreeLevels(_ extra: String) throws -> String {
        var text = try InterviewPlanTests.withPlan("")
        text = text.replacingOccurrences(of: "\nrequirements:\n", with: "\n" + scale + extra + "\n\nrequirements:\n")
        for line in [
            "          2: {de: Fasst einmal nach., en: Follows up once.}\n",
            "          4: {de: Setzt Fristen und eskaliert rechtzeitig., en: Sets deadlines and escalates in time.}\n",
        ] {
            #expect(text.contains(line))
            text = text.replacingOccurrences(of: line, with: "")
        }
        return text
    }

    @Test("anchors at declared levels only: no warning; undeclared, the missing levels are warned on")
    func declaredAnchorLevels() throws {
        let declared = RubricFixtures.load(
            text: try Self.anchoredAtThreeLevels("\n  anchor-levels: [1, 3, 5]"), path: "declared.yaml")
        #expect(declared.diagnostics.isEmpty, "\(declared.rendered())")
        #expect(declared.result.rubrics.first?.scale.anchorLevels == [1, 3, 5])

        let undeclared = RubricFixtures.load(text: try Self.anchoredAtThreeLevels(""), path: "undeclared.yaml")
        #expect(undeclared.codes == ["missing-anchors"], "\(undeclared.rendered())")
        #expect(undeclared.diagnostics.first?.severity == .warning)
    }

    @Test("declared anchor levels must be on the scale and include its ends and a middle level")
    func declaredAnchorLevelsChecked() throws {
        let incomplete = RubricFixtures.load(
            text: try Self.anchoredAtThreeLevels("\n  anchor-levels: [1, 5]"), path: "incomplete.yaml")
        #expect(incomplete.codes.first == "anchor-levels-incomplete", "\(incomplete.rendered())")
        #expect(
            incomplete.diagnostics.first?.message.text(in: "en")
                == "'anchor-levels' must include the lowest, a middle and the highest level of the scale, found 1, 5")
        let off = RubricFixtures.load(
            text: try Self.anchoredAtThreeLevels("\n  anchor-levels: [1, 3, 7]"), path: "off.yaml")
        #expect(off.codes.first == "anchor-off-scale", "\(off.rendered())")
    }
}
