import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Issue 15, reproduction 11: small traps, each now a clear error with exit status 1 or 2.
@Suite struct SmallTrapsTests {
    @Test func scoreDoesNotOverwriteTheScorecardItReads() throws {
        let temp = try ComplianceStore()
        let card = temp.url("claims-2026-01/c-102/anna-schmidt.yaml")
        let before = try Data(contentsOf: card)
        for output in [card.path, temp.store.path + "/claims-2026-01/../claims-2026-01/c-102/anna-schmidt.yaml"] {
            let result = temp.run(["score", card.path, "-o", output], store: false)
            #expect(result.exitCode == 2)
            #expect(
                result.stderr.contains("is the file being scored; the report would overwrite the scorecard"),
                "\(result.stderr)")
        }
        #expect(try Data(contentsOf: card) == before)
    }

    @Test func aRubricVersionThatIsNotANumberIsRefused() throws {
        let temp = try ComplianceStore()
        let result = HireScoreProcess.run(
            [
                "enter", "--rubrics", TestPaths.shippedRubrics.path, "--store", temp.store.path, "--rubric",
                "claims-handler@x",
                "--candidate", "c-107", "--interviewer", "Anna Schmidt", "--answers", "/dev/null",
            ],
            environment: ["HOME": temp.folder.path], currentDirectory: temp.folder)
        #expect(result.exitCode == 2)
        #expect(
            result.stderr
                == "error: --rubric claims-handler@x: the version after '@' must be a whole number from 1, for example claims-handler@1\n"
        )
        #expect(!FileManager.default.fileExists(atPath: temp.url("unassigned/c-107").path))
    }

    @Test func rankingAnUnknownRequisitionIsAnError() throws {
        let temp = try ComplianceStore()
        let result = temp.run(["rank", "store", "--requisition", "claims-2026-1"], store: false)
        #expect(result.exitCode == 1)
        #expect(
            result.stderr.contains(
                "error: no candidates in requisition 'claims-2026-1'; requisitions found: ar-2026-02, claims-2026-01; did you mean 'claims-2026-01'?"
            ),
            "\(result.stderr)")
    }

    @Test func aHugeSyntheticStoreIsRefusedNotATrap() throws {
        let temp = try ComplianceStore()
        let result = temp.run(
            [
                "dev", "generate-store", "--candidates", "9223372036854775807", "--output",
                temp.folder.appendingPathComponent("synthetic").path,
            ],
            store: false)
        #expect(result.exitCode == 64 || result.exitCode == 2, "a usage error, not a trap: \(result.exitCode)")
        #expect(result.stderr.contains("--candidates must be from 1 to 1000000"), "\(result.stderr)")
    }

    @Test func afterARubricEditAuditVerifyBlamesTheRubricNotTheScorecards() throws {
        let temp = try ComplianceStore()
        let rubrics = temp.folder.appendingPathComponent("rubrics")
        try FileManager.default.copyItem(at: TestPaths.shippedRubrics, to: rubrics)
        let file = rubrics.appendingPathComponent("claims-handler.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        let range = try #require(text.range(of: "  en: Claims Handler, Property and Casualty Insurance"))
        try Data(text.replacingCharacters(in: range, with: "  en: Claims Handler (edited)").utf8).write(to: file)
        let result = HireScoreProcess.run(
            ["audit", "verify", "--store", temp.store.path, "--rubrics", rubrics.path],
            environment: ["HOME": temp.folder.path], currentDirectory: temp.folder)
        #expect(result.exitCode == 1)
        #expect(!result.stdout.contains("has changed since then"), "\(result.stdout)")
        #expect(result.stdout.contains("cannot be checked: "), "\(result.stdout)")
        #expect(
            result.stdout.contains("restore the rubric (the scorecard still carries its logged seal)"),
            "\(result.stdout)")
    }
}

/// Issue 15, reproductions 7 and 10: what a killed enter leaves, and answers files that are not files.
@Suite struct EnterLeftoversTests {
    static func enter(_ temp: ComplianceStore, answers: String) -> (exitCode: Int32, stdout: String, stderr: String) {
        HireScoreProcess.run(
            [
                "enter", "--all-stages", "--rubrics", TestPaths.shippedRubrics.path, "--store", temp.store.path,
                "--rubric", "claims-handler",
                "--requisition", "claims-2026-01", "--candidate", "c-108", "--interviewer", "Anna Schmidt",
                "--interview-date", "2026-11-17", "--answers", answers,
            ],
            environment: ["HOME": temp.folder.path], currentDirectory: temp.folder)
    }

    @Test func aTemporaryFileOfAKilledEnterIsRemovedByTheNextRun() throws {
        let temp = try ComplianceStore()
        let folder = temp.url("claims-2026-01/c-108")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        // 4194303 is above every pid_max: no process has that id.
        let stale = folder.appendingPathComponent(".anna-schmidt.yaml.tmp-4194303-12345")
        try Data("half a scorecard".utf8).write(to: stale)
        let answers = ComplianceStore.exampleAnswers.appendingPathComponent("claims-2026-01/c-101/anna-schmidt.txt")
        let result = Self.enter(temp, answers: answers.path)
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: stale.path), "the hidden temporary file is gone")
    }

    @Test func aFIFOAsAnswersFileIsRefusedWithoutBlocking() throws {
        let temp = try ComplianceStore()
        let fifo = temp.folder.appendingPathComponent("answers.fifo").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let result = Self.enter(temp, answers: fifo)
        #expect(result.exitCode == 1)
        #expect(result.stderr == "error: the answers file \(fifo) is not a regular file (a folder, pipe or device)\n")
    }
}

/// Issue 15, reproduction 11 (continued): input the loaders and validators used to accept.
@Suite struct LoaderTrapsTests {
    @Test(arguments: [
        ("interviewer: Anna Schmidt\n", "interviewer: \"\"\n", "'' is not a usable interviewer name"),
        ("  de: C1\n", "  \"../x\": C1\n", "'../x' is not an observation of section 'conversation-skills'"),
    ])
    func anEmptyInterviewerOrAPathAsLanguageCodeIsRefused(original: String, edited: String, message: String) throws {
        let temp = try ComplianceStore()
        let card = temp.url("claims-2026-01/c-102/anna-schmidt.yaml")
        let text = try String(contentsOf: card, encoding: .utf8)
        try #require(text.contains(original), "\(original) in the example card")
        try Data(text.replacingOccurrences(of: original, with: edited).utf8).write(to: card)
        let result = temp.run(["verify", card.path], store: false)
        #expect(result.exitCode == 1)
        #expect(result.stdout.contains(message), "\(result.stdout)")
    }

    @Test func validatingAnEmptyRubricFolderIsAnError() throws {
        let temp = try ComplianceStore()
        let empty = temp.folder.appendingPathComponent("empty-rubrics")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let result = HireScoreProcess.run(["rubric", "validate", empty.path], currentDirectory: temp.folder)
        #expect(result.exitCode == 1)
        #expect(
            result.stdout
                == "\(empty.path): warning: the folder holds no rubric files (*.yaml)\n0 errors and 1 warning in 0 files\n",
            "\(result.stdout)")
    }

    /// YAML tags were read and ignored: `!!float 4` rated 4, `!custom` said nothing. Now each is an error at
    /// its place; `!!str` (which keeps a plain value text) is still honoured.
    @Test func yamlTagsAreReportedWhereTheyStand() throws {
        let temp = try ComplianceStore()
        let card = temp.url("claims-2026-01/c-102/anna-schmidt.yaml")
        let text = try String(contentsOf: card, encoding: .utf8)
        try #require(text.contains("candidate: c-102\n"))
        let edited = text.replacingOccurrences(
            of: "candidate: c-102\n", with: "candidate: !custom c-102\nrequisition: !!str claims-2026-01\n"
        )
        .replacingOccurrences(of: "requisition: claims-2026-01\n", with: "", options: [], range: nil)
        try Data(edited.utf8).write(to: card)
        let line = edited.components(separatedBy: "\n").firstIndex { $0.hasPrefix("candidate:") }.map { $0 + 1 } ?? 0
        let result = temp.run(["verify", card.path], store: false)
        #expect(result.exitCode == 1)
        #expect(
            result.stdout.contains(
                "anna-schmidt.yaml:\(line):12: error: the YAML tag '!custom' is not supported: HireScore reads plain values and gives tags no meaning"
            ),
            "\(result.stdout)")
        #expect(!result.stdout.contains("!!str"), "\(result.stdout)")
        let rubric = temp.folder.appendingPathComponent("tagged-rubrics")
        try FileManager.default.createDirectory(at: rubric, withIntermediateDirectories: true)
        let source = try String(
            contentsOf: TestPaths.shippedRubrics.appendingPathComponent("claims-handler.yaml"), encoding: .utf8)
        try Data(source.replacingOccurrences(of: "\nversion: ", with: "\nversion: !!float ").utf8).write(
            to: rubric.appendingPathComponent("claims-handler.yaml"))
        let validate = HireScoreProcess.run(["rubric", "validate", rubric.path], currentDirectory: temp.folder)
        #expect(validate.exitCode == 1)
        #expect(validate.stdout.contains("error: the YAML tag '!!float' is not supported"), "\(validate.stdout)")
    }
}
