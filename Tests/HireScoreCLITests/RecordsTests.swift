import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Issue 15, "Records that can't be lost": the audit log is the one source of truth for decisions and
/// holds, every record-changing command holds the store's lock, every id is checked, and `audit verify`
/// checks the store against the log both ways. Each test is one numbered reproduction of the issue.
@Suite struct RecordsTests {
    static let c102 = "claims-2026-01/c-102"

    /// The message every command gives for an invalid candidate id.
    static func invalidCandidate(_ id: String) -> String {
        "error: the candidate id '\(id)' is not valid: use letters, digits, '-', '_' and '.', not starting with '.', at most 64 characters"
    }

    // MARK: - 1. Concurrent updates lose records

    @Test func thirtyParallelRoundsOfHoldsAndDecisionsLoseNothing() throws {
        let temp = try ComplianceStore()
        let rounds = 30
        for round in 0..<rounds {
            var commands: [[String]] = ["c-101", "c-102", "c-103"].map {
                ["hold", $0, "--reason", "claim \(round)", "--actor", "HR"]
            }
            commands += ["c-201", "c-202", "c-203"].map {
                [
                    "decide", "--reason", "Decided by the rubric's rules in the debrief.", "--candidate", $0,
                    "--requisition", "ar-2026-02", "--outcome", "rejected", "--date",
                    "2020-01-\(String(format: "%02d", round % 28 + 1))", "--actor", "HR",
                ]
            }
            let results = Results(count: commands.count)
            let all = commands.map { $0 + ["--rubrics", TestPaths.shippedRubrics.path, "--store", temp.store.path] }
            let environment = [
                "HIRESCORE_STORE": "/nonexistent/hirescore-store", "USER": "test-user", "HOME": temp.folder.path,
            ]
            let folder = temp.folder
            DispatchQueue.concurrentPerform(iterations: all.count) { index in
                results.set(index, HireScoreProcess.run(all[index], environment: environment, currentDirectory: folder))
            }
            for (command, result) in zip(commands, results.all) {
                try #require(result.exitCode == 0, "round \(round): \(command): \(result.stderr)")
            }
        }
        let holds = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: temp.url(".hirescore/holds.json")))
                as? [[String: String]])
        #expect(holds.map { $0["candidate"] } == ["c-101", "c-102", "c-103"])
        #expect(holds.allSatisfy { $0["reason"] == "claim \(rounds - 1)" }, "the last round's hold stands: \(holds)")
        let decisions = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: temp.url(".hirescore/decisions.json")))
                as? [[String: String]])
        #expect(decisions.map { $0["candidate"] } == ["c-201", "c-202", "c-203"])
        let events = try temp.auditEvents()
        #expect(events.count == 19 + rounds * (3 + 3 * 2), "every hold, merge and decision is logged")
        #expect(events.enumerated().allSatisfy { $0.element["seq"] as? Int == $0.offset + 1 }, "one chain, no gaps")
        let verify = temp.run(["audit", "verify"])
        #expect(verify.exitCode == 0, "\(verify.stdout)")
    }

    // MARK: - 2. A hold can be silently ineffective

    @Test func aHoldForARequisitionTheCandidateIsNotInIsRefused() throws {
        let temp = try ComplianceStore()
        try temp.decide("c-102", "rejected", date: ComplianceStore.longAgo)
        let before = try temp.snapshot()
        let typo = temp.run(["hold", "c-102", "--requisition", "claims-2026-1", "--reason", "AGG claim"])
        #expect(typo.exitCode == 1)
        #expect(
            typo.stderr
                == "error: candidate 'c-102' is not in requisition 'claims-2026-1'; their requisitions: claims-2026-01; did you mean 'claims-2026-01'?\n"
        )
        let other = temp.run(["hold", "c-102", "--requisition", "ar-2026-02", "--reason", "AGG claim"])
        #expect(other.exitCode == 1)
        #expect(
            other.stderr.hasPrefix("error: candidate 'c-102' is not in requisition 'ar-2026-02'"), "\(other.stderr)")
        ComplianceStore.expectUnchanged(before, try temp.snapshot())

        // `--requisition unassigned` is a hold on all of the candidate's requisitions: purge keeps c-102.
        try temp.succeed(["hold", "c-102", "--requisition", "unassigned", "--reason", "AGG claim"])
        let purge = try temp.succeed(["purge"])
        #expect(purge.contains("  claims-2026-01/c-102: keep: on hold (3 files)\n"), "\(purge)")
        #expect(FileManager.default.fileExists(atPath: temp.url(Self.c102 + "/anna-schmidt.yaml").path))
    }

    @Test func deletingHoldsJSONOrEditingDecisionsJSONChangesNothingAndVerifySaysSo() throws {
        let temp = try ComplianceStore()
        try temp.decide("c-102", "rejected", date: ComplianceStore.longAgo)
        try temp.decide("c-101", "hired")
        try temp.succeed(["hold", "c-102", "--reason", "AGG claim"])
        try FileManager.default.removeItem(at: temp.url(".hirescore/holds.json"))
        try temp.edit(
            ".hirescore/decisions.json", replacing: "\"retain-until\" : \"\(ComplianceStore.day(from: 0, months: 6))\"",
            with: "\"retain-until\" : \"2020-01-01\"")

        let verify = temp.run(["audit", "verify"])
        #expect(verify.exitCode == 1)
        #expect(
            verify.stdout.contains(
                ".hirescore/decisions.json does not match the audit log (edited, deleted or damaged)"),
            "\(verify.stdout)")
        #expect(verify.stdout.contains(".hirescore/holds.json does not match the audit log"), "\(verify.stdout)")

        // Purge follows the log: c-102 stays on hold, c-101 is not due; the caches are rebuilt.
        let purge = try temp.succeed(["purge"])
        #expect(purge.contains("  claims-2026-01/c-102: keep: on hold (3 files)\n"), "\(purge)")
        #expect(
            purge.contains("  claims-2026-01/c-101: keep until \(ComplianceStore.day(from: 0, months: 6))"), "\(purge)")
        #expect(purge.hasSuffix("deleted 0 files of 0 candidates and logged it\n"))
        #expect(temp.run(["audit", "verify"]).exitCode == 0, "the caches were rebuilt from the log")
    }

    // MARK: - 3. Records that disagree with the log

    @Test func aDeletedOrEmptiedLogIsNotIntactBesideSealedScorecards() throws {
        for empty in [true, false] {
            let temp = try ComplianceStore()
            if empty {
                try Data().write(to: temp.auditLog)
            } else {
                try FileManager.default.removeItem(at: temp.auditLog)
            }
            let verify = temp.run(["audit", "verify"])
            #expect(verify.exitCode == 1)
            let missing = verify.stdout.split(separator: "\n").filter {
                $0.contains("but the audit log has no submit event for it")
            }
            #expect(missing.count == 19, "\(verify.stdout)")
            #expect(
                verify.stdout.contains("claims-2026-01/c-102/anna-schmidt.yaml is sealed (sha256:"), "\(verify.stdout)")
        }
    }

    // MARK: - 4. A card belongs where it lies

    @Test func aScorecardCopiedIntoAnotherCandidatesFolderIsRefusedEverywhere() throws {
        let temp = try ComplianceStore()
        try FileManager.default.copyItem(
            at: temp.url("claims-2026-01/c-101/deniz-yilmaz.yaml"), to: temp.url(Self.c102 + "/deniz-yilmaz.yaml"))
        let verify = temp.run(["audit", "verify"])
        #expect(verify.exitCode == 1)
        #expect(
            verify.stdout.contains(
                "claims-2026-01/c-102/deniz-yilmaz.yaml: the scorecard is about candidate 'c-101' but lies in the folder of candidate 'c-102'"
            ),
            "\(verify.stdout)")
        let before = try temp.snapshot()
        let decide = temp.run([
            "decide", "--reason", "Decided by the rubric's rules in the debrief.", "--candidate", "c-102",
            "--requisition", "claims-2026-01", "--outcome", "rejected", "--date", "2026-01-31",
        ])
        #expect(decide.exitCode == 1)
        #expect(decide.stderr.contains("scorecards that do not belong in"), "\(decide.stderr)")
        #expect(
            decide.stderr.contains(
                "deniz-yilmaz.yaml: the scorecard is about candidate 'c-101' but lies in the folder of candidate 'c-102'"
            ), "\(decide.stderr)")
        ComplianceStore.expectUnchanged(before, try temp.snapshot())
    }

    // MARK: - 5. Unvalidated input reaches the records

    @Test func everyCommandChecksEveryIdWithTheSameMessage() throws {
        let temp = try ComplianceStore()
        let before = try temp.snapshot()
        for id in ["c-101/", "../c-101", "c 101", ".hidden"] {
            for arguments in [
                [
                    "decide", "--reason", "Decided by the rubric's rules in the debrief.", "--candidate", id,
                    "--requisition", "claims-2026-01", "--outcome", "rejected",
                ],
                ["hold", id, "--reason", "AGG claim"], ["hold", id, "--release"],
                ["export", "--candidate", id], ["audit", "show", id],
            ] {
                let result = temp.run(arguments)
                #expect(result.exitCode == 2, "\(arguments): \(result.stderr)")
                #expect(result.stderr == Self.invalidCandidate(id) + "\n", "\(arguments)")
            }
        }
        for arguments in [
            [
                "decide", "--reason", "Decided by the rubric's rules in the debrief.", "--candidate", "c-102",
                "--requisition", "../other/claims-2026-01", "--outcome", "rejected",
            ],
            ["hold", "c-102", "--requisition", "../other/claims-2026-01", "--reason", "x"],
        ] {
            let result = temp.run(arguments)
            #expect(result.exitCode == 2, "\(arguments)")
            #expect(
                result.stderr.hasPrefix("error: the requisition id '../other/claims-2026-01' is not valid: "),
                "\(result.stderr)")
        }
        ComplianceStore.expectUnchanged(before, try temp.snapshot())
    }

    @Test func decisionsInTheFutureAreRefused() throws {
        let temp = try ComplianceStore()
        let before = try temp.snapshot()
        for date in ["2099-01-01", ComplianceStore.day(from: 1)] {
            let result = temp.run([
                "decide", "--reason", "Decided by the rubric's rules in the debrief.", "--candidate", "c-102",
                "--requisition", "claims-2026-01", "--outcome", "rejected", "--date", date,
            ])
            #expect(result.exitCode == 2, "\(date)")
            #expect(
                result.stderr.hasPrefix(
                    "error: the decision date \(date) is in the future (today is \(ComplianceStore.day(from: 0)))"),
                "\(result.stderr)")
        }
        ComplianceStore.expectUnchanged(before, try temp.snapshot())
        try temp.decide("c-102", "rejected", date: ComplianceStore.day(from: 0))
    }

    @Test(arguments: ["0", "-6", "999999", "9223372036854775807", "6.5", "\"6\"", "1e30", "true"])
    func retentionMonthsOutsideOneToOneHundredTwentyIsAClearError(value: String) throws {
        let temp = try ComplianceStore()
        try Data("{\"retention-months\": \(value)}".utf8).write(to: temp.url(".hirescore/settings.json"))
        let before = try temp.snapshot()
        let result = temp.run([
            "decide", "--reason", "Decided by the rubric's rules in the debrief.", "--candidate", "c-102",
            "--requisition", "claims-2026-01", "--outcome", "rejected", "--date", "2026-01-31",
        ])
        #expect(result.exitCode == 1, "no trap: \(result.exitCode)")
        #expect(
            result.stderr.contains(
                "settings.json: 'retention-months' must be a whole number of months from 1 to 120, found "),
            "\(result.stderr)")
        ComplianceStore.expectUnchanged(before, try temp.snapshot())
    }

    // MARK: - 7. Crash windows

    @Test(arguments: [
        "decide.merge.before-event", "decide.merge.after-event", "decide.before-event", "decide.after-event",
        "decide.after-effects",
        "hold.before-event", "hold.after-event", "hold.after-effects", "purge.before-event", "purge.after-event",
        "purge.after-effects",
    ])
    func aKilledCommandLeavesAStoreThatIsRepairedOrCompleted(step: String) throws {
        let temp = try ComplianceStore()
        try temp.decide("c-103", "rejected", date: ComplianceStore.longAgo)
        let arguments: [String]
        switch step.split(separator: ".").first {
        case "decide":
            arguments = [
                "decide", "--reason", "Decided by the rubric's rules in the debrief.", "--candidate", "c-102",
                "--requisition", "claims-2026-01", "--outcome", "rejected", "--date", ComplianceStore.longAgo,
            ]
        case "hold": arguments = ["hold", "c-103", "--reason", "AGG claim"]
        default: arguments = ["purge"]
        }
        let killed = HireScoreProcess.run(
            arguments + ["--rubrics", TestPaths.shippedRubrics.path, "--store", temp.store.path],
            environment: ["HIRESCORE_CRASH_AT": step, "HOME": temp.folder.path], currentDirectory: temp.folder)
        #expect(killed.exitCode != 0, "the process was killed at \(step)")
        let verify = temp.run(["audit", "verify"])
        if step.hasSuffix("before-event") || step.hasSuffix("after-effects") {
            #expect(verify.stdout.contains("a command was interrupted while committing event"), "\(verify.stdout)")
        }
        let repair = temp.run(["audit", "repair"])
        #expect(repair.exitCode == 0, "\(repair.stderr)")
        let after = temp.run(["audit", "verify"])
        #expect(after.exitCode == 0, "after repair: \(after.stdout)")
        #expect(!FileManager.default.fileExists(atPath: temp.url(".hirescore/pending").path))
        let events = try temp.auditEvents()
        switch step {
        case "decide.after-event", "decide.after-effects":
            #expect(events.last?["event"] as? String == "decision")
            for file in try temp.scorecards(Self.c102) {
                #expect(
                    try String(contentsOf: temp.url(file), encoding: .utf8).contains("\nretain-until: 2020-07-15\n"),
                    "\(file) completed")
            }
        case "hold.after-event":
            #expect(try temp.succeed(["purge", "--dry-run"]).contains("claims-2026-01/c-103: keep: on hold"))
        case "purge.after-event", "purge.after-effects":
            #expect(
                !FileManager.default.fileExists(atPath: temp.url("claims-2026-01/c-103").path),
                "the logged purge was completed")
        case "hold.after-effects":
            #expect(try temp.succeed(["purge", "--dry-run"]).contains("claims-2026-01/c-103: keep: on hold"))
        case "decide.merge.before-event", "hold.before-event", "purge.before-event":
            #expect(events.count == 21, "nothing was logged before the kill, and nothing changed")
            #expect(FileManager.default.fileExists(atPath: temp.url("claims-2026-01/c-103").path))
            #expect(
                try temp.succeed(["purge", "--dry-run"]).contains("claims-2026-01/c-103: DELETE"),
                "no hold, no purge happened")
        default:
            #expect(events.count == 22, "only the merge was logged before the kill")
            #expect(events.last?["event"] as? String == "merge")
            #expect(try temp.succeed(["purge", "--dry-run"]).contains("claims-2026-01/c-102: keep: no decision yet"))
        }
    }

    @Test(arguments: ["submit.after-seal", "submit.before-event", "submit.after-event", "submit.after-effects"])
    func aSubmissionKilledAtEachStepIsLoggedOnceAfterRepair(step: String) throws {
        let temp = try ComplianceStore()
        let answers = ComplianceStore.exampleAnswers.appendingPathComponent("claims-2026-01/c-101/anna-schmidt.txt")
        let killed = HireScoreProcess.run(
            [
                "enter", "--all-stages", "--rubrics", TestPaths.shippedRubrics.path, "--store", temp.store.path,
                "--rubric", "claims-handler",
                "--requisition", "claims-2026-01", "--candidate", "c-104", "--interviewer", "Anna Schmidt",
                "--interview-date", "2026-11-17", "--answers", answers.path,
            ],
            environment: ["HIRESCORE_CRASH_AT": step, "HOME": temp.folder.path], currentDirectory: temp.folder)
        #expect(killed.exitCode != 0, "the process was killed at \(step)")
        if temp.run(["audit", "verify"]).exitCode != 0 {
            let repair = temp.run(["audit", "repair"])
            #expect(repair.exitCode == 0, "\(repair.stderr)")
        }
        let after = temp.run(["audit", "verify"])
        #expect(after.exitCode == 0, "after repair: \(after.stdout)")
        let submits = try temp.auditEvents().filter {
            $0["event"] as? String == "submit" && $0["candidate"] as? String == "c-104"
        }
        #expect(submits.count == 1, "the sealed card's submission is logged exactly once")
        #expect(!FileManager.default.fileExists(atPath: temp.url(".hirescore/pending").path))
    }

    @Test(arguments: ["release.before-event", "release.after-event", "release.after-effects"])
    func aReleaseKilledAtEachStepLeavesTheHoldOrItsReleaseWhole(step: String) throws {
        let temp = try ComplianceStore()
        try temp.decide("c-103", "rejected", date: ComplianceStore.longAgo)
        try temp.succeed(["hold", "c-103", "--reason", "AGG claim"])
        let killed = HireScoreProcess.run(
            ["hold", "c-103", "--release", "--rubrics", TestPaths.shippedRubrics.path, "--store", temp.store.path],
            environment: ["HIRESCORE_CRASH_AT": step, "HOME": temp.folder.path], currentDirectory: temp.folder)
        #expect(killed.exitCode != 0, "the process was killed at \(step)")
        let repair = temp.run(["audit", "repair"])
        #expect(repair.exitCode == 0, "\(repair.stderr)")
        #expect(temp.run(["audit", "verify"]).exitCode == 0)
        let plan = try temp.succeed(["purge", "--dry-run"])
        if step == "release.before-event" {
            #expect(
                plan.contains("claims-2026-01/c-103: keep: on hold"), "nothing was logged: the hold stands\n\(plan)")
        } else {
            #expect(plan.contains("claims-2026-01/c-103: DELETE"), "the logged release was completed\n\(plan)")
        }
    }

    @Test func aSubmissionKilledBeforeItsEventIsCompletedByRerunningEnter() throws {
        let temp = try ComplianceStore()
        let answers = ComplianceStore.exampleAnswers.appendingPathComponent("claims-2026-01/c-101/anna-schmidt.txt")
        let arguments = [
            "enter", "--all-stages", "--rubrics", TestPaths.shippedRubrics.path, "--store", temp.store.path, "--rubric",
            "claims-handler",
            "--requisition", "claims-2026-01", "--candidate", "c-104", "--interviewer", "Anna Schmidt",
            "--interview-date", "2026-11-17", "--answers", answers.path,
        ]
        let killed = HireScoreProcess.run(
            arguments, environment: ["HIRESCORE_CRASH_AT": "submit.after-seal", "HOME": temp.folder.path],
            currentDirectory: temp.folder)
        #expect(killed.exitCode != 0)
        let verify = temp.run(["audit", "verify"])
        #expect(verify.exitCode == 1)
        #expect(verify.stdout.contains("claims-2026-01/c-104/anna-schmidt.yaml is sealed"), "\(verify.stdout)")
        let rerun = HireScoreProcess.run(
            arguments, environment: ["HOME": temp.folder.path], currentDirectory: temp.folder)
        #expect(rerun.exitCode == 0, "\(rerun.stderr)")
        #expect(
            rerun.stdout.contains(
                "was already sealed, but its submission had not been logged (interrupted); it is logged now"),
            "\(rerun.stdout)")
        #expect(temp.run(["audit", "verify"]).exitCode == 0)
        #expect(try temp.auditEvents().last?["event"] as? String == "submit")
    }

    @Test func aTornLastLineFromAFullDiskDoesNotBlockTheLog() throws {
        let temp = try ComplianceStore()
        let handle = try FileHandle(forWritingTo: temp.auditLog)
        handle.seekToEndOfFile()
        handle.write(Data(#"{"actor":"HR","candidate":"c-103","details":{"rea"#.utf8))
        try handle.close()
        try temp.succeed(["hold", "c-103", "--reason", "AGG claim"])
        let lines = try temp.auditLines()
        #expect(lines.count == 20)
        #expect(temp.run(["audit", "verify"]).exitCode == 0)
    }

    // MARK: - 10. Resource limits

    @Test func aFIFOOrALinkToADeviceIsRefusedWithoutBlocking() throws {
        let temp = try ComplianceStore()
        let fifo = temp.url(Self.c102 + "/pipe.yaml").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let zero = temp.url(Self.c102 + "/zero.yaml").path
        try FileManager.default.createSymbolicLink(atPath: zero, withDestinationPath: "/dev/zero")
        let result = temp.run(["verify", fifo, zero], store: false)
        #expect(result.exitCode == 1)
        #expect(
            result.stdout.contains(
                "pipe.yaml: error: it is not a regular file (a folder, pipe or device); it was not read"),
            "\(result.stdout)")
        #expect(
            result.stdout.contains(
                "zero.yaml: error: it is not a regular file (a folder, pipe or device); it was not read"),
            "\(result.stdout)")
    }

    // MARK: - 9. Injection through records and output

    @Test func auditShowPrintsUserTextOnOneLineWithEscapes() throws {
        let temp = try ComplianceStore()
        try temp.succeed([
            "hold", "c-103", "--reason", "AGG\n22. 2026-12-06T10:00:00Z  release  by HR\u{1B}]52;c;aGk=\u{07}\u{202E}",
            "--actor", "HR",
        ])
        let show = try temp.succeed(["audit", "show", "c-103"])
        #expect(
            show.contains(
                #"     reason: AGG\u{A}22. 2026-12-06T10:00:00Z  release  by HR\u{1B}]52;c;aGk=\u{7}\u{202E}"#),
            "\(show)")
        #expect(!show.contains("\n22. "), "no forged event line")
        #expect(!show.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x202E })
    }

    @Test func releaseRecordsItsReason() throws {
        let temp = try ComplianceStore()
        try temp.succeed(["hold", "c-103", "--reason", "AGG claim"])
        try temp.succeed(["hold", "c-103", "--release", "--reason", "claim withdrawn"])
        let event = try #require(try temp.auditEvents().last)
        #expect(event["event"] as? String == "release")
        #expect(event["details"] as? [String: String] == ["reason": "claim withdrawn"])
    }
}

/// Results written by concurrent closures.
final class Results: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [(exitCode: Int32, stdout: String, stderr: String)]

    init(count: Int) {
        values = Array(repeating: (-1, "", ""), count: count)
    }

    func set(_ index: Int, _ value: (exitCode: Int32, stdout: String, stderr: String)) {
        lock.lock()
        values[index] = value
        lock.unlock()
    }

    var all: [(exitCode: Int32, stdout: String, stderr: String)] {
        lock.lock()
        defer { lock.unlock() }
        return values
    }
}

/// Issue 15, reproduction 4 (second half): a card belongs where it lies, in merge and verify too.
@Suite struct CardPlacementTests {
    @Test func mergeAndVerifyRefuseACardCopiedIntoAnotherCandidatesFolder() throws {
        let temp = try ComplianceStore()
        let copy = temp.url("claims-2026-01/c-102/deniz-yilmaz.yaml")
        try FileManager.default.copyItem(at: temp.url("claims-2026-01/c-101/deniz-yilmaz.yaml"), to: copy)
        let verify = temp.run(["verify", copy.path], store: false)
        #expect(verify.exitCode == 1)
        #expect(
            verify.stdout.contains(
                "deniz-yilmaz.yaml: error: the scorecard is about candidate 'c-101' but lies in the folder of candidate 'c-102'; move it back or remove it"
            ),
            "\(verify.stdout)")
        let merge = temp.run(["merge", "store/claims-2026-01/c-102", "store/claims-2026-01/c-101"], store: false)
        #expect(merge.exitCode == 1)
        #expect(
            merge.stdout.contains(
                "the scorecard is about candidate 'c-101' but lies in the folder of candidate 'c-102'")
                || merge.stderr.contains(
                    "the scorecard is about candidate 'c-101' but lies in the folder of candidate 'c-102'"),
            "\(merge.stdout)\(merge.stderr)")
    }

    /// Inside a store a card is judged by its place below the root, not by whether a folder happens to carry
    /// one of its names: a card copied into another requisition's candidate folder, or one level too deep.
    @Test func inAStoreACardIsJudgedByItsPlaceBelowTheRoot() throws {
        let temp = try ComplianceStore()
        let source = temp.url("claims-2026-01/c-101/deniz-yilmaz.yaml")
        let cases: [(String, String)] = [
            (
                "other-2026/c-102/deniz-yilmaz.yaml",
                "the scorecard is about candidate 'c-101' but lies in the folder of candidate 'c-102'"
            ),
            (
                "other-2026/c-101/deniz-yilmaz.yaml",
                "the scorecard is for requisition 'claims-2026-01' but lies in the folder of requisition 'other-2026'"
            ),
            (
                "archive/claims-2026-01/c-101/deniz-yilmaz.yaml",
                "the scorecard lies at 'archive/claims-2026-01/c-101/deniz-yilmaz.yaml' in the store, not at REQUISITION/CANDIDATE/INTERVIEWER.yaml"
            ),
        ]
        for (place, message) in cases {
            let copy = temp.url(place)
            try FileManager.default.createDirectory(
                at: copy.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: source, to: copy)
            let verify = temp.run(["verify", copy.path], store: false)
            #expect(verify.exitCode == 1, "\(place)")
            #expect(
                verify.stdout.contains("deniz-yilmaz.yaml: error: \(message); move it back or remove it"),
                "\(place): \(verify.stdout)")
            let merge = temp.run(["merge", copy.path], store: false)
            #expect(merge.exitCode == 1, "\(place)")
            #expect((merge.stdout + merge.stderr).contains(message), "\(place): \(merge.stdout)\(merge.stderr)")
            try FileManager.default.removeItem(at: copy)
        }
    }
}

/// Issue 15, reproduction 1 (with enter): submissions, holds and decisions at once lose nothing.
@Suite struct ParallelSubmissionsTests {
    /// Thirty rounds, each starting a submission, a hold, a decision and an export at the same moment.
    @Test func thirtyRoundsOfSubmissionsHoldsDecisionsAndExportsAtOnceLoseNothing() throws {
        let temp = try ComplianceStore()
        let answers = ComplianceStore.exampleAnswers.appendingPathComponent("claims-2026-01/c-101")
        let interviewers = [
            ("Anna Schmidt", "anna-schmidt.txt"), ("Ben Okafor", "ben-okafor.txt"), ("Clara Wiese", "clara-wiese.txt"),
        ]
        let rounds = 30
        let folder = temp.folder
        for round in 0..<rounds {
            let (name, file) = interviewers[round % 3]
            let commands: [[String]] = [
                [
                    "enter", "--all-stages", "--rubric", "claims-handler", "--requisition", "claims-2026-01",
                    "--candidate", "c-3\(String(format: "%02d", round))",
                    "--interviewer", name, "--interview-date", "2026-11-17", "--answers",
                    answers.appendingPathComponent(file).path,
                ],
                ["hold", "c-10\(round % 3 + 1)", "--reason", "round \(round)"],
                [
                    "decide", "--reason", "Decided by the rubric's rules in the debrief.", "--candidate",
                    "c-20\(round % 3 + 1)", "--requisition", "ar-2026-02",
                    "--outcome", "rejected", "--date", "2020-02-0\(round % 9 + 1)",
                ],
                [
                    "export", "--candidate", "c-20\((round + 1) % 3 + 1)", "--format", "json", "-o",
                    folder.appendingPathComponent("export-\(round).json").path,
                ],
            ]
            let results = Results(count: commands.count)
            let all = commands.map { $0 + ["--rubrics", TestPaths.shippedRubrics.path, "--store", temp.store.path] }
            let threads = all.indices.map { index in
                Thread {
                    results.set(
                        index,
                        HireScoreProcess.run(
                            all[index], environment: ["HOME": folder.path, "USER": "test-user"],
                            currentDirectory: folder))
                }
            }
            threads.forEach { $0.start() }
            while results.all.contains(where: { $0.exitCode == -1 }) { usleep(5_000) }
            for (command, result) in zip(commands, results.all) {
                try #require(result.exitCode == 0, "round \(round): \(command.prefix(2)): \(result.stderr)")
            }
        }
        let events = try temp.auditEvents()
        #expect(events.filter { $0["event"] as? String == "submit" }.count == 19 + rounds)
        #expect(events.filter { $0["event"] as? String == "hold" }.count == rounds)
        #expect(events.filter { $0["event"] as? String == "decision" }.count == rounds)
        #expect(events.filter { $0["event"] as? String == "export" }.count == rounds)
        #expect(events.enumerated().allSatisfy { $0.element["seq"] as? Int == $0.offset + 1 }, "one chain, no gaps")
        for round in 0..<rounds {
            let card = temp.url(
                "claims-2026-01/c-3\(String(format: "%02d", round))/\(ScorecardFileName.of(interviewers[round % 3].0))")
            #expect(
                try String(contentsOf: card, encoding: .utf8).contains("\nstatus: submitted\n"),
                "round \(round): the card is submitted")
        }
        let verify = temp.run(["audit", "verify"])
        #expect(verify.exitCode == 0, "\(verify.stdout)")
    }
}

/// The file name the example interviewers' cards have.
enum ScorecardFileName {
    static func of(_ name: String) -> String {
        name.lowercased().replacingOccurrences(of: " ", with: "-") + ".yaml"
    }
}
