import BuiltInModules
import Foundation
import ScoringCore
import Testing

/// Each broken fixture is `Fixtures/rubrics/valid-minimal.yaml` with one problem put in; the tests pin
/// the exact text the CLI prints (header with path, line and column, source line, caret, hint), the
/// code and the severity, and that nothing else is reported.
@Suite("Rubric loader diagnostics")
struct RubricLoaderDiagnosticsTests {
    @Test("the base fixture loads without any diagnostic")
    func validMinimal() {
        let loaded = RubricFixtures.load("rubrics/valid-minimal.yaml")
        #expect(loaded.diagnostics.isEmpty)
        #expect(loaded.result.rubrics.map(\.id) == ["valid-minimal"])
    }

    @Test("every problem of a file is reported at once: three different errors yield exactly those three")
    func threeErrorsAtOnce() {
        let file = RubricFixtures.path("rubrics/three-errors.yaml")
        let loaded = RubricFixtures.load("rubrics/three-errors.yaml")
        #expect(loaded.codes == ["missing-key", "invalid-cefr", "anchor-off-scale"])
        #expect(loaded.severities == [.error, .error, .error])
        #expect(loaded.result.rubrics.isEmpty)
        #expect(
            loaded.rendered() == """
                \(file):2:1: error: the rubric is missing the required key 'owner'
                format: hirescore/rubric@1
                ^
                  hint: add 'owner: HR Recruiting'
                \(file):59:21: error: 'C3' is not a CEFR level; use A1, A2, B1, B2, C1 or C2
                          required: C3,
                                    ^
                \(file):73:11: error: anchor for level 6, which is not on the scale 1..5
                          6: {de: Übermenschlich., en: Superhuman.}
                          ^
                  hint: use a level from 1..5

                """)
    }

    @Test("YAML syntax error")
    func syntaxError() {
        let file = RubricFixtures.path("rubrics/syntax-error.yaml")
        let loaded = RubricFixtures.load("rubrics/syntax-error.yaml")
        #expect(loaded.codes == ["yaml-syntax"])
        #expect(loaded.severities == [.error])
        #expect(
            loaded.rendered() == """
                \(file):78:11: error: YAML syntax error: did not find expected ',' or '}' (while parsing a flow mapping that starts at 77:12)
                    weight: 30
                          ^

                """)
    }

    @Test("unknown key with a did-you-mean hint stands in for the missing key it was meant to be: one error, not two")
    func unknownKey() {
        let file = RubricFixtures.path("rubrics/unknown-key.yaml")
        let loaded = RubricFixtures.load("rubrics/unknown-key.yaml")
        #expect(loaded.codes == ["unknown-key"])
        #expect(loaded.severities == [.error])
        #expect(
            loaded.rendered() == """
                \(file):68:9: error: unknown key 'anchor' in criterion 'clarity'
                        anchor:
                        ^
                  hint: did you mean 'anchors'?

                """)
    }

    @Test("wrong types: a weight that is a word and a title that is a list")
    func wrongType() {
        let file = RubricFixtures.path("rubrics/wrong-type.yaml")
        let loaded = RubricFixtures.load("rubrics/wrong-type.yaml")
        #expect(loaded.codes == ["wrong-type", "wrong-type"])
        #expect(loaded.severities == [.error, .error])
        #expect(
            loaded.rendered() == """
                \(file):56:13: error: 'weight' must be a number, found 'heavy'
                    weight: heavy
                            ^
                \(file):85:11: error: 'title' must be text or a mapping of languages to text, found a list
                          - Systemnutzung
                          ^

                """)
    }

    @Test("a missing required key")
    func missingRequired() {
        let file = RubricFixtures.path("rubrics/missing-required.yaml")
        let loaded = RubricFixtures.load("rubrics/missing-required.yaml")
        #expect(loaded.codes == ["missing-key"])
        #expect(loaded.severities == [.error])
        #expect(
            loaded.rendered() == """
                \(file):2:1: error: the rubric is missing the required key 'owner'
                format: hirescore/rubric@1
                ^
                  hint: add 'owner: HR Recruiting'

                """)
    }

    @Test("two rubrics with the same id and version in two files")
    func duplicateRubric() {
        let folder = RubricFixtures.path("duplicate-rubrics")
        let loaded = RubricFixtures.load([folder])
        #expect(loaded.codes == ["duplicate-rubric"])
        #expect(loaded.severities == [.error])
        #expect(loaded.result.files == [folder + "/first.yaml", folder + "/second.yaml"])
        #expect(loaded.result.rubrics.map(\.sourcePath) == [folder + "/first.yaml"])
        #expect(
            loaded.rendered() == """
                \(folder)/second.yaml:3:5: error: rubric 'valid-minimal' version 1 is also defined in \(folder)/first.yaml
                id: valid-minimal
                    ^
                  hint: raise 'version' in one of them, or remove the copy

                """)
    }

    @Test("duplicate requirement id")
    func duplicateRequirementID() {
        let file = RubricFixtures.path("rubrics/duplicate-requirement-id.yaml")
        let loaded = RubricFixtures.load("rubrics/duplicate-requirement-id.yaml")
        #expect(loaded.codes == ["duplicate-id"])
        #expect(loaded.severities == [.error])
        #expect(
            loaded.rendered() == """
                \(file):25:9: error: duplicate requirement id 'speak-clearly'; it is first defined at line 21
                  - id: speak-clearly
                        ^
                  hint: ids must be unique in the rubric; rename one of them

                """)
    }

    @Test("duplicate section id, without follow-up warnings about the duplicate's criteria")
    func duplicateSectionID() {
        let file = RubricFixtures.path("rubrics/duplicate-section-id.yaml")
        let loaded = RubricFixtures.load("rubrics/duplicate-section-id.yaml")
        #expect(loaded.codes == ["duplicate-id"])
        #expect(loaded.severities == [.error])
        #expect(
            loaded.rendered() == """
                \(file):53:9: error: duplicate section id 'customer-orientation'; it is first defined at line 31
                  - id: customer-orientation
                        ^
                  hint: ids must be unique in the rubric; rename one of them

                """)
    }

    @Test("duplicate criterion id across two sections")
    func duplicateCriterionID() {
        let file = RubricFixtures.path("rubrics/duplicate-criterion-id.yaml")
        let loaded = RubricFixtures.load("rubrics/duplicate-criterion-id.yaml")
        #expect(loaded.codes == ["duplicate-id"])
        #expect(loaded.severities == [.error])
        #expect(
            loaded.rendered() == """
                \(file):63:13: error: duplicate criterion id 'ownership'; it is first defined at line 39
                      - id: ownership
                            ^
                  hint: ids must be unique in the rubric; rename one of them

                """)
    }

    @Test("a weight of zero and a negative weight")
    func invalidWeights() {
        let file = RubricFixtures.path("rubrics/invalid-weights.yaml")
        let loaded = RubricFixtures.load("rubrics/invalid-weights.yaml")
        #expect(loaded.codes == ["invalid-weight", "invalid-weight"])
        #expect(loaded.severities == [.error, .error])
        #expect(
            loaded.rendered() == """
                \(file):34:13: error: 'weight' must be greater than 0, found 0
                    weight: 0
                            ^
                  hint: remove the item if it should not count
                \(file):41:17: error: 'weight' must be greater than 0, found -1
                        weight: -1
                                ^
                  hint: remove the item if it should not count

                """)
    }

    @Test("an anchor for level 6 on the scale 1..5")
    func anchorOffScale() {
        let file = RubricFixtures.path("rubrics/anchor-off-scale.yaml")
        let loaded = RubricFixtures.load("rubrics/anchor-off-scale.yaml")
        #expect(loaded.codes == ["anchor-off-scale"])
        #expect(loaded.severities == [.error])
        #expect(
            loaded.rendered() == """
                \(file):74:11: error: anchor for level 6, which is not on the scale 1..5
                          6: {de: Übermenschlich., en: Superhuman.}
                          ^
                  hint: use a level from 1..5

                """)
    }

    @Test("a criterion measuring an unknown requirement, with did-you-mean")
    func unknownRequirement() {
        let file = RubricFixtures.path("rubrics/unknown-requirement.yaml")
        let loaded = RubricFixtures.load("rubrics/unknown-requirement.yaml")
        // The misspelt requirement is then measured by no criterion, which is worth a warning of its own.
        #expect(loaded.codes == ["unmeasured-requirement", "unknown-requirement"])
        #expect(loaded.severities == [.warning, .error])
        #expect(
            loaded.rendered() == """
                \(file):21:9: warning: no criterion measures requirement 'speak-clearly'
                  - id: speak-clearly
                        ^
                  hint: add 'speak-clearly' to the 'measures' of a criterion, or remove the requirement
                \(file):65:37: error: criterion 'clarity' measures unknown requirement 'speak-clear'
                        measures: [serve-customers, speak-clear]
                                                    ^
                  hint: did you mean 'speak-clearly'?

                """)
    }

    @Test("a requirement no criterion measures is a warning, and the rubric still loads")
    func unmeasuredRequirement() {
        let file = RubricFixtures.path("rubrics/unmeasured-requirement.yaml")
        let loaded = RubricFixtures.load("rubrics/unmeasured-requirement.yaml")
        #expect(loaded.codes == ["unmeasured-requirement"])
        #expect(loaded.severities == [.warning])
        #expect(loaded.result.rubrics.count == 1)
        #expect(
            loaded.rendered() == """
                \(file):29:9: warning: no criterion measures requirement 'handle-complaints'
                  - id: handle-complaints
                        ^
                  hint: add 'handle-complaints' to the 'measures' of a criterion, or remove the requirement

                """)
    }

    @Test("a text missing one of the rubric's languages")
    func missingTranslation() {
        let file = RubricFixtures.path("rubrics/missing-translation.yaml")
        let loaded = RubricFixtures.load("rubrics/missing-translation.yaml")
        #expect(loaded.codes == ["missing-translation"])
        #expect(loaded.severities == [.error])
        #expect(
            loaded.rendered() == """
                \(file):67:19: error: 'text' is missing the language 'en'
                          - text: {de: Erklären Sie einen Ablauf.}
                                  ^
                  hint: add 'en: ...' to this text

                """)
    }

    @Test("an unknown module id, listing the known ones, with did-you-mean")
    func unknownModule() {
        let file = RubricFixtures.path("rubrics/unknown-module.yaml")
        let loaded = RubricFixtures.load("rubrics/unknown-module.yaml")
        #expect(loaded.codes == ["unknown-module"])
        #expect(loaded.severities == [.error])
        #expect(
            loaded.rendered() == """
                \(file):54:13: error: unknown scoring module 'conversation-skill'; known modules: \(BuiltInModules.all.map(\.id).joined(separator: ", "))
                    module: conversation-skill
                            ^
                  hint: did you mean 'conversation-skills'?

                """)
    }

    @Test("decision thresholds out of order")
    func thresholdsOutOfOrder() {
        let file = RubricFixtures.path("rubrics/thresholds-out-of-order.yaml")
        let loaded = RubricFixtures.load("rubrics/thresholds-out-of-order.yaml")
        #expect(loaded.codes == ["thresholds-out-of-order"])
        #expect(loaded.severities == [.error])
        #expect(
            loaded.rendered() == """
                \(file):99:10: error: decision thresholds out of order: 'yes' (2.4) must be greater than 'no' (2.5)
                    yes: 2.4
                         ^
                  hint: thresholds must increase: no < yes < strong-yes

                """)
    }

    @Test("a duplicate YAML key")
    func duplicateYAMLKey() {
        let file = RubricFixtures.path("rubrics/duplicate-yaml-key.yaml")
        let loaded = RubricFixtures.load("rubrics/duplicate-yaml-key.yaml")
        #expect(loaded.codes == ["duplicate-key"])
        #expect(loaded.severities == [.error])
        #expect(
            loaded.rendered() == """
                \(file):79:5: error: duplicate key 'weight' in section 'technical-depth'; it was first given at line 78
                    weight: 20
                    ^
                  hint: remove one of the two

                """)
    }

    @Test("an id that is not kebab-case, without follow-up errors about the skill named by it")
    func invalidID() {
        let file = RubricFixtures.path("rubrics/invalid-id.yaml")
        let loaded = RubricFixtures.load("rubrics/invalid-id.yaml")
        #expect(loaded.codes == ["invalid-id"])
        #expect(loaded.severities == [.error])
        #expect(
            loaded.rendered() == """
                \(file):83:13: error: 'id' must be kebab-case (lowercase letters, digits and single hyphens), found 'System_Use'
                      - id: System_Use
                            ^
                  hint: for example 'system-use'

                """)
    }

    @Test("a file over 1 MiB is refused before it is parsed")
    func tooLarge() throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("hirescore-loader-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("huge.yaml").path
        let line = "# " + String(repeating: "x", count: 1021) + "\n"  // 1024 bytes
        let text = String(repeating: line, count: 1024) + "id: huge\n"
        try text.write(toFile: file, atomically: true, encoding: .utf8)

        let loaded = RubricFixtures.load([file])
        #expect(loaded.codes == ["too-large"])
        #expect(loaded.severities == [.error])
        #expect(loaded.result.rubrics.isEmpty)
        #expect(
            loaded.rendered() == """
                \(file): error: the file is 1048585 bytes, more than the limit of 1048576 bytes
                  hint: a rubric is far smaller; check that this is the right file

                """)
    }

    @Test("an alias bomb is refused, not expanded")
    func aliasBomb() {
        let file = RubricFixtures.path("rubrics/alias-bomb.yaml")
        let loaded = RubricFixtures.load("rubrics/alias-bomb.yaml")
        #expect(loaded.codes == ["yaml-budget-exceeded"])
        #expect(loaded.severities == [.error])
        #expect(
            loaded.rendered() == """
                \(file):7:36: error: the document expands to more than 1000000 nodes (aliases counted as what they stand for)
                f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]
                                                   ^
                  hint: remove the aliases or nesting that blow the document up

                """)
    }

    @Test("input that is not UTF-8 is refused at the first bad byte")
    func notUTF8() {
        let file = RubricFixtures.path("rubrics/not-utf8.yaml")
        let loaded = RubricFixtures.load("rubrics/not-utf8.yaml")
        #expect(loaded.codes == ["yaml-not-utf8"])
        #expect(loaded.severities == [.error])
        #expect(
            loaded.rendered() == """
                \(file):1:8: error: the file is not valid UTF-8
                id: caf\u{FFFD}-clerk
                       ^
                  hint: save the file as UTF-8

                """)
    }

    @Test("an empty file")
    func emptyFile() {
        let file = RubricFixtures.path("rubrics/empty.yaml")
        let loaded = RubricFixtures.load("rubrics/empty.yaml")
        #expect(loaded.codes == ["yaml-empty"])
        #expect(loaded.severities == [.error])
        #expect(
            loaded.rendered() == """
                \(file): error: the file is empty

                """)
    }

    // MARK: Module configuration

    @Test("technical-depth: a skill that is not a criterion of the section")
    func unknownSkill() {
        let file = RubricFixtures.path("rubrics/unknown-skill.yaml")
        let loaded = RubricFixtures.load("rubrics/unknown-skill.yaml")
        #expect(loaded.codes == ["unknown-skill", "missing-skill"])
        #expect(loaded.severities == [.error, .error])
        #expect(
            loaded.rendered() == """
                \(file):81:9: error: skill 'system-usage' is not a criterion of section 'technical-depth'
                        system-usage: {required: 3, critical: true, rationale: {de: Begründung der Testvorlage., en: Fixture rationale.}}
                        ^
                  hint: did you mean 'system-use'?
                \(file):81:9: error: criterion 'system-use' has no required level under 'skills'
                        system-usage: {required: 3, critical: true, rationale: {de: Begründung der Testvorlage., en: Fixture rationale.}}
                        ^
                  hint: add 'system-use: {required: 3}'

                """)
    }

    @Test("technical-depth: a criterion without a skill entry")
    func missingSkill() {
        let file = RubricFixtures.path("rubrics/missing-skill.yaml")
        let loaded = RubricFixtures.load("rubrics/missing-skill.yaml")
        #expect(loaded.codes == ["missing-skill"])
        #expect(loaded.severities == [.error])
        #expect(
            loaded.rendered() == """
                \(file):81:9: error: criterion 'data-entry' has no required level under 'skills'
                        system-use: {required: 3, critical: true, rationale: {de: Begründung der Testvorlage., en: Fixture rationale.}}
                        ^
                  hint: add 'data-entry: {required: 3}'

                """)
    }

    @Test("conversation-skills: CEFR level 'C3' does not exist")
    func invalidCEFR() {
        let file = RubricFixtures.path("rubrics/invalid-cefr.yaml")
        let loaded = RubricFixtures.load("rubrics/invalid-cefr.yaml")
        #expect(loaded.codes == ["invalid-cefr"])
        #expect(loaded.severities == [.error])
        #expect(
            loaded.rendered() == """
                \(file):60:21: error: 'C3' is not a CEFR level; use A1, A2, B1, B2, C1 or C2
                          required: C3,
                                    ^

                """)
    }

    @Test("customer-orientation: a red-flag level off the scale")
    func redFlagOffScale() {
        let file = RubricFixtures.path("rubrics/red-flag-off-scale.yaml")
        let loaded = RubricFixtures.load("rubrics/red-flag-off-scale.yaml")
        #expect(loaded.codes == ["off-scale"])
        #expect(loaded.severities == [.error])
        #expect(
            loaded.rendered() == """
                \(file):36:25: error: 'red-flag' level is 6, which is not on the scale 1..5
                      red-flag: {level: 6, rationale: {de: Begründung der Testvorlage., en: Fixture rationale.}}
                                        ^

                """)
    }

    @Test("module configuration is checked even when a top-level key is broken")
    func moduleChecksRunDespiteTopLevelErrors() throws {
        let text = try RubricFixtures.text("rubrics/red-flag-off-scale.yaml")
            .replacingOccurrences(of: "effective-from: 2026-01-01\n", with: "effective-from: soon\n")
        let loaded = RubricFixtures.load(text: text, path: "red-flag.yaml")
        #expect(loaded.codes == ["wrong-type", "off-scale"])
        #expect(
            loaded.rendered() == """
                red-flag.yaml:14:17: error: 'effective-from' must be a date (YYYY-MM-DD), found 'soon'
                effective-from: soon
                                ^
                  hint: write the date as year-month-day, for example 2026-01-31
                red-flag.yaml:36:25: error: 'red-flag' level is 6, which is not on the scale 1..5
                      red-flag: {level: 6, rationale: {de: Begründung der Testvorlage., en: Fixture rationale.}}
                                        ^

                """)
    }
}
