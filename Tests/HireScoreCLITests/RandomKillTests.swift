import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Issue 15, reproduction 7: SIGKILL at a random moment of decide, hold, release and purge. Whatever
/// the moment, the store is one that `audit verify` accepts, or that `audit repair` makes so.
@Suite struct RandomKillTests {
    @Test func killedAtRandomMomentsTheStoreIsAcceptedOrRepaired() throws {
        let temp = try ComplianceStore()
        try temp.decide("c-103", "rejected", date: ComplianceStore.longAgo)
        var generator = SystemRandomNumberGenerator()
        let commands: [[String]] = [
            ["decide", "--candidate", "c-101", "--requisition", "claims-2026-01", "--outcome", "hired", "--date", ComplianceStore.longAgo],
            ["hold", "c-102", "--reason", "AGG claim"],
            ["hold", "c-102", "--release"],
            ["decide", "--candidate", "c-201", "--requisition", "ar-2026-02", "--outcome", "rejected", "--date", ComplianceStore.longAgo],
        ]
        var repaired = 0
        for run in 0..<40 {
            let arguments = commands[run % commands.count] + ["--rubrics", TestPaths.shippedRubrics.path, "--store", temp.store.path]
            let child = try HireScoreChild.start(arguments, input: .nullDevice, environment: ["HOME": temp.folder.path])
            usleep(UInt32.random(in: 0...120_000, using: &generator))
            child.killNow()
            _ = child.finish()
            if temp.run(["audit", "verify"]).exitCode != 0 {
                let repair = temp.run(["audit", "repair"])
                #expect(repair.exitCode == 0, "run \(run): \(repair.stderr)")
                repaired += 1
            }
            let verify = temp.run(["audit", "verify"])
            #expect(verify.exitCode == 0, "run \(run), \(arguments.prefix(2)): \(verify.stdout)")
        }
        // The last step: a purge killed at random, then completed; c-103 is due and not on hold.
        let child = try HireScoreChild.start(["purge", "--rubrics", TestPaths.shippedRubrics.path, "--store", temp.store.path],
                                             input: .nullDevice, environment: ["HOME": temp.folder.path])
        usleep(UInt32.random(in: 0...120_000, using: &generator))
        child.killNow()
        _ = child.finish()
        if temp.run(["audit", "verify"]).exitCode != 0 { _ = temp.run(["audit", "repair"]) }
        #expect(temp.run(["audit", "verify"]).exitCode == 0)
    }
}
