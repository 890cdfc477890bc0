import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Issue 15, reproduction 6: identities collide.
@Suite struct InterviewerIdentityTests {
    static func enter(
        _ temp: ComplianceStore, interviewer: String, id: String? = nil, answers: String = "anna-schmidt.txt"
    )
        -> (exitCode: Int32, stdout: String, stderr: String)
    {
        let file = ComplianceStore.exampleAnswers.appendingPathComponent("claims-2026-01/c-101/" + answers)
        return HireScoreProcess.run(
            [
                "enter", "--all-stages", "--rubrics", TestPaths.shippedRubrics.path, "--store", temp.store.path,
                "--rubric", "claims-handler",
                "--requisition", "claims-2026-01", "--candidate", "c-105", "--interviewer", interviewer,
                "--interview-date", "2026-11-17", "--answers", file.path,
            ] + (id.map { ["--interviewer-id", $0] } ?? []),
            environment: ["HOME": temp.folder.path], currentDirectory: temp.folder)
    }

    @Test func twoNamesForOneFileAreRefusedNamingBoth() throws {
        let temp = try ComplianceStore()
        let first = Self.enter(temp, interviewer: "Anna Schmidt")
        #expect(first.exitCode == 0, "\(first.stderr)")
        let before = try temp.snapshot()
        for other in ["ANNA  SCHMIDT", "Ａｎｎａ Schmidt"] {
            let second = Self.enter(temp, interviewer: other)
            #expect(second.exitCode == 1)
            #expect(
                second.stderr.hasPrefix(
                    "error: '\(other)' and 'Anna Schmidt' both map to the file anna-schmidt.yaml, which belongs to 'Anna Schmidt'"
                ), "\(second.stderr)")
        }
        ComplianceStore.expectUnchanged(before, try temp.snapshot())
    }

    @Test func namesInAnyScriptGetSafeASCIIFiles() throws {
        let temp = try ComplianceStore()
        for (name, stem) in [("王伟", "wang-wei"), ("Борис Schmidt", "boris-schmidt")] {
            let result = Self.enter(temp, interviewer: name)
            #expect(result.exitCode == 0, "\(name): \(result.stderr)")
            let text = try String(contentsOf: temp.url("claims-2026-01/c-105/\(stem).yaml"), encoding: .utf8)
            #expect(text.contains("\ninterviewer: \(name)\n"), "\(text.prefix(300))")
        }
        #expect(temp.run(["audit", "verify"]).exitCode == 0)
    }

    @Test func aStableIDNamesTheFileIsRecordedAndTellsNamesakesApart() throws {
        let temp = try ComplianceStore()
        let first = Self.enter(temp, interviewer: "Anna Schmidt", id: "a-schmidt")
        #expect(first.exitCode == 0, "\(first.stderr)")
        let text = try String(contentsOf: temp.url("claims-2026-01/c-105/a-schmidt.yaml"), encoding: .utf8)
        #expect(text.contains("\ninterviewer: Anna Schmidt\ninterviewer-id: a-schmidt\n"), "\(text.prefix(300))")
        // A namesake with an id of her own is another rater with another file, not a collision.
        let second = Self.enter(temp, interviewer: "Anna Schmidt", id: "anna-schmidt-hr", answers: "ben-okafor.txt")
        #expect(second.exitCode == 0, "\(second.stderr)")
        #expect(FileManager.default.fileExists(atPath: temp.url("claims-2026-01/c-105/anna-schmidt-hr.yaml").path))
        let verify = temp.run(["audit", "verify"])
        #expect(verify.exitCode == 0, "\(verify.stdout)\(verify.stderr)")
        let merge = temp.run(["merge", "store/claims-2026-01/c-105", "--format", "json"], store: false)
        #expect(merge.exitCode == 0, "\(merge.stderr)")
        #expect(!merge.stdout.contains("duplicate-interviewer"), "\(merge.stdout.prefix(500))")
    }

    @Test func anInvalidIDOrAnotherIDForTheSameFileIsRefused() throws {
        let temp = try ComplianceStore()
        let bad = Self.enter(temp, interviewer: "Anna Schmidt", id: "Anna Schmidt")
        #expect(bad.exitCode == 1)
        #expect(
            bad.stderr.hasPrefix(
                "error: the interviewer id 'Anna Schmidt' is not valid: use lowercase letters, digits and single hyphens, starting with a letter, at most 64 characters, for example 'anna-schmidt'"
            ),
            "\(bad.stderr)")
        let first = Self.enter(temp, interviewer: "Anna Schmidt")
        #expect(first.exitCode == 0, "\(first.stderr)")
        let before = try temp.snapshot()
        let again = Self.enter(temp, interviewer: "Anna Schmidt", id: "anna-schmidt")
        #expect(again.exitCode == 1)
        #expect(
            again.stderr.hasPrefix(
                "error: anna-schmidt.yaml was started without --interviewer-id; continue it the same way"),
            "\(again.stderr)")
        ComplianceStore.expectUnchanged(before, try temp.snapshot())
    }

    @Test func aCardWhoseIDDoesNotFitItsFileIsMisplaced() throws {
        let temp = try ComplianceStore()
        #expect(Self.enter(temp, interviewer: "Anna Schmidt", id: "a-schmidt").exitCode == 0)
        try FileManager.default.moveItem(
            at: temp.url("claims-2026-01/c-105/a-schmidt.yaml"), to: temp.url("claims-2026-01/c-105/anna-schmidt.yaml"))
        let verify = temp.run(["verify", temp.url("claims-2026-01/c-105/anna-schmidt.yaml").path], store: false)
        #expect(verify.exitCode == 1)
        #expect(
            verify.stdout.contains(
                "anna-schmidt.yaml: error: the scorecard is by interviewer id 'a-schmidt' but lies in the file of 'anna-schmidt'; move it back or remove it"
            ),
            "\(verify.stdout)")
    }
}
