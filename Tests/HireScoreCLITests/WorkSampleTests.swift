import Foundation
import Testing

/// Issue 17, item 4: the `work-sample` module end to end as a new user runs it: validate, docs (brief and
/// script on pages of their own), enter, score, merge with the must-pass knock-out.
@Suite struct WorkSampleTests {
    static let folder = TestPaths.fixtures.appendingPathComponent("work-sample")
    static var rubrics: String { folder.appendingPathComponent("rubrics").path }

    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "hirescore-work-sample-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func enter(_ interviewer: String, answers: String, store: URL) -> (
        exitCode: Int32, stdout: String, stderr: String
    ) {
        HireScoreProcess.run(
            [
                "enter", "--rubrics", rubrics, "--store", store.path, "--rubric", "dunning-clerk", "--requisition",
                "ar-2026-09",
                "--candidate", "c-901", "--interviewer", interviewer, "--interview-date", "2026-11-20",
                "--answers", folder.appendingPathComponent(answers).path,
            ],
            environment: ["HOME": store.deletingLastPathComponent().path])
    }

    @Test func theRubricValidatesStrictlyAndItsDocsKeepBriefAndScriptApart() throws {
        let validate = HireScoreProcess.run(["rubric", "validate", "--strict", Self.rubrics])
        #expect(validate.exitCode == 0, "\(validate.stdout)")
        let out = try Self.temporaryFolder()
        let docs = HireScoreProcess.run(["docs", "--rubrics", Self.rubrics, "--output", out.path, "--lang", "en"])
        #expect(docs.exitCode == 0, "\(docs.stderr)")
        let guide = try String(contentsOf: out.appendingPathComponent("dunning-clerk/guide.en.md"), encoding: .utf8)
        #expect(guide.contains("Work sample: your task"), "the candidate's page")
        #expect(guide.contains("You have 20 minutes."))
        #expect(guide.contains("Work sample: the raters' script (not for the candidate)"))
        #expect(guide.contains("Amounts and dates correct: must reach level 3; below it is a knock-out."), "\(guide)")
        #expect(
            guide.contains("A letter with wrong amounts cannot leave the house."), "the must-pass rationale is shown")
        let module = try String(contentsOf: out.appendingPathComponent("modules/work-sample.en.md"), encoding: .utf8)
        #expect(
            module.contains("A well-written letter with wrong amounts is a knock-out"),
            "the module's worked examples are documented")
    }

    @Test func aMissedMustPassCriterionKnocksOutTheCardAndThePanel() throws {
        let temp = try Self.temporaryFolder()
        let store = temp.appendingPathComponent("store")
        for (name, answers) in [
            ("Anna Schmidt", "wrong-amounts.answers"), ("Ben Okafor", "wrong-amounts.answers"),
            ("Clara Wiese", "correct.answers"),
        ] {
            let result = Self.enter(name, answers: answers, store: store)
            #expect(result.exitCode == 0, "\(name): \(result.stderr)")
        }
        let card = store.appendingPathComponent("ar-2026-09/c-901/anna-schmidt.yaml").path
        let score = HireScoreProcess.run(["score", card, "--rubrics", Self.rubrics, "--format", "json"])
        #expect(score.exitCode == 0, "\(score.stderr)")
        #expect(score.stdout.contains("\"code\" : \"must-pass-missed\""), "\(score.stdout)")
        // Work sample: (2 × 2 + 5 + 5) / 4 = 3.50; the knock-out caps the recommendation whatever the mean.
        #expect(score.stdout.contains("\"score\" : 3.5"), "\(score.stdout)")
        let merge = HireScoreProcess.run([
            "merge", store.appendingPathComponent("ar-2026-09/c-901").path, "--rubrics", Self.rubrics,
        ])
        #expect(merge.exitCode == 0, "\(merge.stderr)")
        #expect(
            merge.stdout.contains("the work sample misses the must-pass criterion 'Amounts and dates correct'"),
            "\(merge.stdout)")
        #expect(
            merge.stdout.contains("reported by 2 of 3"), "two of three raters report it, so it stands\n\(merge.stdout)")
        // The time each took (24, 24, 18 minutes): the panel's median, shown under the module's label.
        #expect(merge.stdout.contains(", observed (panel): Time taken 24 min\n"), "\(merge.stdout)")
    }
}
