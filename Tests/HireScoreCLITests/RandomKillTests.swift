import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Issue 15, reproduction 7: SIGKILL at a random moment of submit, decide, hold, release and purge.
/// Whatever the moment, the store is one that `audit verify` accepts, or that `audit repair` makes so.
///
/// Four families of 46 runs each (184 random kills), beside the 18 kills at each named step of
/// `RecordsTests` (202 in all, the issue asks for 200).
@Suite struct RandomKillTests {
    static let runsPerFamily = 46
    static let reason = "Decided by the rubric's rules in the debrief."

    /// The command of run `run` of a family.
    static func command(family: String, run: Int) -> [String] {
        switch family {
        case "submit":
            let answers = ComplianceStore.exampleAnswers.appendingPathComponent("claims-2026-01/c-101/anna-schmidt.txt")
            return [
                "enter", "--all-stages", "--rubric", "claims-handler", "--requisition", "claims-2026-01", "--candidate",
                "c-5\(String(format: "%02d", run))",
                "--interviewer", "Anna Schmidt", "--interview-date", "2026-11-17", "--answers", answers.path,
            ]
        case "decide":
            let targets = [
                ("c-101", "claims-2026-01", "hired"), ("c-201", "ar-2026-02", "rejected"),
                ("c-202", "ar-2026-02", "rejected"),
            ]
            let (candidate, requisition, outcome) = targets[run % targets.count]
            return [
                "decide", "--reason", reason, "--candidate", candidate, "--requisition", requisition, "--outcome",
                outcome, "--date", ComplianceStore.longAgo,
            ]
        case "hold":
            return run % 2 == 0
                ? ["hold", "c-102", "--reason", "AGG claim, run \(run)"] : ["hold", "c-102", "--release"]
        default:
            // Purge, with a decision before each so that there is always something due.
            let targets = [
                ("c-101", "claims-2026-01"), ("c-201", "ar-2026-02"), ("c-202", "ar-2026-02"), ("c-203", "ar-2026-02"),
            ]
            let (candidate, requisition) = targets[(run / 2) % targets.count]
            return run % 2 == 0
                ? [
                    "decide", "--reason", reason, "--candidate", candidate, "--requisition", requisition, "--outcome",
                    "rejected", "--date", ComplianceStore.longAgo,
                ]
                : ["purge"]
        }
    }

    @Test(arguments: ["submit", "decide", "hold", "purge"])
    func killedAtRandomMomentsTheStoreIsAcceptedOrRepaired(family: String) throws {
        let temp = try ComplianceStore()
        try temp.decide("c-103", "rejected", date: ComplianceStore.longAgo)
        var generator = SystemRandomNumberGenerator()
        for run in 0..<Self.runsPerFamily {
            let arguments =
                Self.command(family: family, run: run) + [
                    "--rubrics", TestPaths.shippedRubrics.path, "--store", temp.store.path,
                ]
            let child = try HireScoreChild.start(arguments, input: .nullDevice, environment: ["HOME": temp.folder.path])
            let delay = UInt32.random(in: 0...150_000, using: &generator)
            usleep(delay)
            child.killNow()
            _ = child.finish()
            if temp.run(["audit", "verify"]).exitCode != 0 {
                let repair = temp.run(["audit", "repair"])
                #expect(repair.exitCode == 0, "\(family) run \(run), killed after \(delay) µs: \(repair.stderr)")
            }
            let verify = temp.run(["audit", "verify"])
            #expect(
                verify.exitCode == 0,
                "\(family) run \(run), killed after \(delay) µs, \(arguments.prefix(2)): \(verify.stdout)")
        }
    }
}
