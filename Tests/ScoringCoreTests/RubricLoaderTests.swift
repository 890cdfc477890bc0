import Foundation
import ScoringCore
import Testing

/// Loading rubric files and folders: what a valid rubric becomes, and the shipped rubrics.
@Suite("Rubric loader")
struct RubricLoaderTests {
    @Test("the five shipped rubrics load with no errors and no warnings")
    func shippedRubrics() {
        let folder = RubricFixtures.packageRoot + "/rubrics"
        let loaded = RubricFixtures.load([folder])
        #expect(loaded.rendered() == "")
        #expect(loaded.diagnostics.isEmpty)
        #expect(loaded.result.files.count == 5)
        #expect(
            loaded.result.rubrics.map(\.id).sorted() == [
                "accounts-receivable-clerk", "after-sales-technical-support", "claims-handler",
                "it-service-desk-agent", "sales-back-office",
            ])
        for rubric in loaded.result.rubrics {
            #expect(rubric.sourcePath == folder + "/" + rubric.id + ".yaml", "a rubric file is named ID.yaml")
            // The service desk rubric adds a work sample (ticket triage); the others score the three interview competencies.
            let workSample: Set<String> = rubric.id == "it-service-desk-agent" ? ["work-sample"] : []
            #expect(
                Set(rubric.sections.map(\.moduleID))
                    == Set(["customer-orientation", "conversation-skills", "technical-depth"]).union(workSample))
        }
    }

    @Test("the valid fixture becomes the rubric it describes")
    func validMinimal() throws {
        let path = RubricFixtures.path("rubrics/valid-minimal.yaml")
        let loaded = RubricFixtures.load([path])
        #expect(loaded.diagnostics.isEmpty)
        #expect(loaded.result.files == [path])
        #expect(loaded.result.sources[path] == (try RubricFixtures.text("rubrics/valid-minimal.yaml")))
        let rubric = try #require(loaded.result.rubrics.first)
        #expect(rubric.id == "valid-minimal")
        #expect(rubric.version == 1)
        #expect(rubric.reference == "valid-minimal@1")
        #expect(rubric.languages == ["de", "en"])
        #expect(rubric.title.text(in: "de") == "Sachbearbeitung Test")
        #expect(rubric.title.text(in: "en") == "Test clerk")
        #expect(rubric.roleFamily == "testing")
        #expect(rubric.owner == "HireScore tests")
        #expect(rubric.effectiveFrom == CalendarDate(year: 2026, month: 1, day: 1))
        #expect(rubric.scale.lowest == 1 && rubric.scale.highest == 5)
        #expect(rubric.requirements.map(\.id) == ["serve-customers", "speak-clearly", "know-the-system"])
        #expect(rubric.sections.map(\.id) == ["customer-orientation", "conversation", "technical-depth"])
        #expect(rubric.sections.map(\.moduleID) == ["customer-orientation", "conversation-skills", "technical-depth"])
        #expect(rubric.sections.map(\.weight) == [30, 30, 30])
        #expect(rubric.allCriteria.map(\.id) == ["ownership", "clarity", "system-use"])
        #expect(rubric.allCriteria.map(\.weight) == [2, 1, 1])
        #expect(rubric.allCriteria.allSatisfy { $0.anchors.keys.sorted() == [1, 2, 3, 4, 5] })
        #expect(rubric.criterion("clarity")?.measures == ["speak-clearly"])
        #expect(rubric.criterion("clarity")?.questions.first?.kind == nil)
        #expect(rubric.criterion("ownership")?.questions.first?.kind == .behavioural)
        #expect(
            rubric.decision
                == DecisionRules(
                    noFrom: 2.5, yesFrom: 3.3, strongYesFrom: 4.2, minimumCoverage: 0.75, knockOutCap: .no,
                    consensus: .median,
                    rationale: LocalizedText(en: "Fixture rationale.", de: "Begründung der Testvorlage.")))
        #expect(rubric.idLocation == .init(line: 3, column: 5))
    }

    @Test("text loads under the path it is given, which names it in diagnostics")
    func loadText() throws {
        let text = try RubricFixtures.text("rubrics/valid-minimal.yaml")
        let loaded = RubricFixtures.load(text: text, path: "inline/rubric.yaml")
        #expect(loaded.diagnostics.isEmpty)
        #expect(loaded.result.files == ["inline/rubric.yaml"])
        #expect(loaded.result.sources["inline/rubric.yaml"] == text)
        #expect(loaded.result.rubrics.first?.sourcePath == "inline/rubric.yaml")
    }

    @Test("a folder contributes its .yaml files sorted by path, each with its own diagnostics")
    func folder() {
        let folder = RubricFixtures.path("rubrics")
        let loaded = RubricFixtures.load([folder])
        #expect(loaded.result.files == loaded.result.files.sorted())
        #expect(loaded.result.files.contains(folder + "/valid-minimal.yaml"))
        #expect(loaded.result.files.allSatisfy { $0.hasSuffix(".yaml") })
        // Only the two fixtures without errors load.
        #expect(
            loaded.result.rubrics.map(\.sourcePath) == [
                folder + "/unmeasured-requirement.yaml", folder + "/valid-minimal.yaml",
            ])
        let brokenFiles = Set(loaded.result.diagnostics.filter { $0.severity == .error }.compactMap(\.file))
        #expect(brokenFiles.count == loaded.result.files.count - 2)
    }

    @Test("a path that does not exist is reported")
    func noSuchFile() {
        let loaded = RubricFixtures.load(["does/not/exist.yaml"])
        #expect(loaded.codes == ["no-such-file"])
        #expect(
            loaded.rendered() == """
                does/not/exist.yaml: error: no such file or folder
                  hint: check the path, or pass --rubrics DIR

                """)
    }
}
