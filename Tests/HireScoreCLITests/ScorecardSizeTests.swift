import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Issue 15, reproduction 8: a sealed card nobody can read.
@Suite struct ScorecardSizeTests {
    @Test func enterNeverWritesAScorecardLargerThanTheLoadersAccept() throws {
        let temp = try ComplianceStore()
        let example = ComplianceStore.exampleAnswers.appendingPathComponent("claims-2026-01/c-101/anna-schmidt.txt")
        var lines = try String(contentsOf: example, encoding: .utf8).components(separatedBy: "\n")
        lines[3] = "Observed: the candidate said " + String(repeating: "\t\"", count: 400_000)
        let answers = temp.folder.appendingPathComponent("huge.answers")
        try Data(lines.joined(separator: "\n").utf8).write(to: answers)
        let result = HireScoreProcess.run(
            [
                "enter", "--all-stages", "--rubrics", TestPaths.shippedRubrics.path, "--store", temp.store.path,
                "--rubric", "claims-handler",
                "--requisition", "claims-2026-01", "--candidate", "c-106", "--interviewer", "Anna Schmidt",
                "--interview-date", "2026-11-17", "--answers", answers.path,
            ],
            environment: ["HOME": temp.folder.path], currentDirectory: temp.folder)
        #expect(result.exitCode == 1)
        #expect(
            result.stderr.contains(
                "more than the limit of 1048576 bytes that readers accept; shorten the last evidence"),
            "\(result.stderr.prefix(500))")
        let card = temp.url("claims-2026-01/c-106/anna-schmidt.yaml")
        if let size = try? FileManager.default.attributesOfItem(atPath: card.path)[.size] as? Int {
            #expect(size <= 1 << 20)
        }
        #expect(temp.run(["audit", "verify"]).exitCode == 0, "nothing sealed that cannot be read")
    }
}
