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
    static func enter(_ temp: ComplianceStore, interviewer: String, answers: String = "anna-schmidt.txt") -> (exitCode: Int32, stdout: String, stderr: String) {
        let file = ComplianceStore.exampleAnswers.appendingPathComponent("claims-2026-01/c-101/" + answers)
        return HireScoreProcess.run(["enter", "--all-stages", "--rubrics", TestPaths.shippedRubrics.path, "--store", temp.store.path, "--rubric", "claims-handler",
                                     "--requisition", "claims-2026-01", "--candidate", "c-105", "--interviewer", interviewer,
                                     "--interview-date", "2026-11-17", "--answers", file.path],
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
            #expect(second.stderr.hasPrefix("error: '\(other)' and 'Anna Schmidt' both map to the file anna-schmidt.yaml, which belongs to 'Anna Schmidt'"), "\(second.stderr)")
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
}
