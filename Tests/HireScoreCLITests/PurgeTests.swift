import Foundation
import Testing

/// `hirescore purge` deletes exactly what is due, file by file, drafts and generated reports included,
/// never anything on hold or not yet due, and logs what it deleted by ids and hashes only.
@Suite struct PurgeTests {
    static let c102 = "claims-2026-01/c-102"

    /// c-102 rejected long ago (due), c-101 hired today (not due), c-103 rejected long ago but on hold.
    static func decideThree(_ temp: ComplianceStore) throws {
        try temp.decide("c-102", "rejected", date: ComplianceStore.longAgo)
        try temp.decide("c-101", "hired")
        try temp.decide("c-103", "rejected", date: ComplianceStore.longAgo)
        try temp.succeed(["hold", "c-103", "--reason", "AGG claim filed on 2020-02-20", "--actor", "HR Office"])
    }

    @Test func purgeDeletesExactlyWhatIsDueAndLogsIdsAndHashesOnly() throws {
        let temp = try ComplianceStore()
        try Self.decideThree(temp)
        // Everything else a candidate folder can hold: a draft, generated reports (one in a subfolder), a hidden file.
        try temp.enterDraft(
            "draft-markup.answers", candidate: "c-102", requisition: "claims-2026-01", interviewer: "Hanna Draft")
        try Data("<html>panel report of c-102</html>\n".utf8).write(to: temp.url(Self.c102 + "/panel-report.html"))
        try FileManager.default.createDirectory(at: temp.url(Self.c102 + "/reports"), withIntermediateDirectories: true)
        try Data("# c-102 summary\n".utf8).write(to: temp.url(Self.c102 + "/reports/summary.md"))
        try Data("editor swap\n".utf8).write(to: temp.url(Self.c102 + "/.notes.swp"))

        let sealed = ["anna-schmidt", "ben-okafor", "clara-wiese"].map { "\(Self.c102)/\($0).yaml" }
        let seals = try sealed.map { try temp.seal($0) }
        let before = try temp.snapshot()
        let logBefore = try temp.auditLines()
        let c102Files = before.keys.filter { $0.hasPrefix(Self.c102 + "/") && before[$0] != Data("<folder>".utf8) }
            .sorted()
        #expect(c102Files.count == 7, "3 sealed scorecards, a draft, two reports and a hidden file: \(c102Files)")
        var expectedHashes = Set(seals)
        for file in c102Files where !sealed.contains(file) {
            expectedHashes.insert(try ComplianceStore.sha256(before[file] ?? Data()))
        }

        let result = temp.run(["purge", "--actor", "Records Office"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(
            result.stdout.contains("  claims-2026-01/c-102: DELETE (due since 2020-07-15) (7 files)\n"),
            "\(result.stdout)")
        #expect(result.stdout.contains("  claims-2026-01/c-103: keep: on hold (3 files)\n"))
        #expect(
            result.stdout.contains(
                "  claims-2026-01/c-101: keep until \(ComplianceStore.day(from: 0, months: 6)) (4 files)\n"))
        #expect(result.stdout.contains("  ar-2026-02/c-201: keep: no decision yet (3 files)\n"))
        #expect(result.stdout.hasSuffix("deleted 7 files of 1 candidates and logged it\n"))

        // File by file: c-102's files and folders are gone, everything else is byte for byte as before.
        let after = try temp.snapshot()
        for (path, data) in before.sorted(by: { $0.key < $1.key }) {
            if path == Self.c102 || path.hasPrefix(Self.c102 + "/") {
                #expect(after[path] == nil, "\(path) should have been purged")
            } else if path == ".hirescore/audit.jsonl" {
                #expect(after[path]?.starts(with: data) == true, "the audit log must only be appended to")
            } else {
                #expect(after[path] == data, "\(path) must be unchanged")
            }
        }
        #expect(
            Set(after.keys).subtracting(before.keys).isEmpty,
            "purge created \(Set(after.keys).subtracting(before.keys))")
        #expect(after["claims-2026-01"] != nil, "the requisition folder still holds other candidates")

        // One purge event: candidate id, hashes, counts; no names, no paths.
        let logAfter = try temp.auditLines()
        #expect(Array(logAfter.prefix(logBefore.count)) == logBefore)
        try #require(logAfter.count == logBefore.count + 1, "exactly one line for one purged candidate")
        let line = try #require(logAfter.last)
        let event = try ComplianceStore.object(line)
        #expect(event["event"] as? String == "purge")
        #expect(event["candidate"] as? String == "c-102")
        #expect(event["requisition"] as? String == "claims-2026-01")
        #expect(event["actor"] as? String == "Records Office")
        #expect(event["details"] as? [String: String] == ["files": "7", "retain-until": "2020-07-15"])
        let files = try #require(event["files"] as? [[String: String]])
        #expect(files.allSatisfy { $0["path"] == "-" }, "no paths: they hold interviewer names")
        #expect(
            Set(files.compactMap { $0["seal"] }) == expectedHashes,
            "the seals of the scorecards and the hashes of the other files")
        for name in ComplianceStore.interviewers + ComplianceStore.interviewerStems + [
            "Hanna", "Draft", "hanna-draft", "Schmidt", "Okafor", "Wiese",
        ] {
            #expect(!line.contains(name), "the purge event names '\(name)': \(line)")
        }
        for fragment in [".yaml", ".html", ".md", "c-102/", "summary", "panel-report", "notes"] {
            #expect(!line.contains(fragment), "the purge event contains '\(fragment)'")
        }

        // The chain still verifies: the purged scorecards are accounted for by the purge event.
        let verify = temp.run(["audit", "verify"])
        #expect(verify.exitCode == 0, "\(verify.stdout)\(verify.stderr)")
        #expect(verify.stdout.contains("audit log intact: \(logAfter.count) events"))

        // A second run finds nothing due any more and changes nothing.
        let again = try temp.snapshot()
        let second = temp.run(["purge"])
        #expect(second.exitCode == 0)
        #expect(second.stdout.hasSuffix("deleted 0 files of 0 candidates and logged it\n"), "\(second.stdout)")
        ComplianceStore.expectUnchanged(again, try temp.snapshot())
    }

    @Test func dryRunDeletesNothing() throws {
        let temp = try ComplianceStore()
        try Self.decideThree(temp)
        let before = try temp.snapshot()
        let result = temp.run(["purge", "--dry-run"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(
            result.stdout.contains("  claims-2026-01/c-102: DELETE (due since 2020-07-15) (3 files)\n"),
            "\(result.stdout)")
        #expect(result.stdout.contains("  claims-2026-01/c-103: keep: on hold (3 files)\n"))
        #expect(result.stdout.hasSuffix("dry run: 1 candidates would be deleted; nothing deleted\n"))
        ComplianceStore.expectUnchanged(before, try temp.snapshot())
    }

    @Test func beforeInTheFutureIsRefusedAndDeletesNothing() throws {
        let temp = try ComplianceStore()
        try Self.decideThree(temp)
        let before = try temp.snapshot()
        for date in [ComplianceStore.day(from: 1), "2999-12-31"] {
            let result = temp.run(["purge", "--before", date])
            #expect(result.exitCode == 1, "--before \(date): \(result.stdout)")
            #expect(
                result.stderr.contains("error: --before \(date) is in the future; only what is due can be deleted"),
                "\(result.stderr)")
            #expect(result.stdout.isEmpty, "no plan is printed for a refused purge")
            ComplianceStore.expectUnchanged(before, try temp.snapshot())
        }
        let malformed = temp.run(["purge", "--before", "next-monday"])
        #expect(malformed.exitCode == 2)
        #expect(malformed.stderr.contains("--before needs a date YYYY-MM-DD"))
        ComplianceStore.expectUnchanged(before, try temp.snapshot())
        // Today itself is allowed.
        let today = temp.run(["purge", "--dry-run", "--before", ComplianceStore.day(from: 0)])
        #expect(today.exitCode == 0, "\(today.stderr)")
    }

    @Test func theRetainUntilDayItselfIsStillKept() throws {
        let temp = try ComplianceStore()
        try temp.decide("c-102", "rejected", date: ComplianceStore.longAgo)  // kept until 2020-07-15
        let before = try temp.snapshot()
        let onTheDay = temp.run(["purge", "--before", "2020-07-15"])
        #expect(onTheDay.exitCode == 0, "\(onTheDay.stderr)")
        #expect(
            onTheDay.stdout.contains("  claims-2026-01/c-102: keep until 2020-07-15 (3 files)\n"), "\(onTheDay.stdout)")
        ComplianceStore.expectUnchanged(before, try temp.snapshot())

        let dayAfter = temp.run(["purge", "--before", "2020-07-16"])
        #expect(dayAfter.exitCode == 0, "\(dayAfter.stderr)")
        #expect(dayAfter.stdout.hasSuffix("deleted 3 files of 1 candidates and logged it\n"), "\(dayAfter.stdout)")
        #expect(!FileManager.default.fileExists(atPath: temp.url(Self.c102).path))
    }

    @Test func holdKeepsDataUntilReleased() throws {
        let temp = try ComplianceStore()
        try temp.decide("c-103", "rejected", date: ComplianceStore.longAgo)
        try temp.succeed(["hold", "c-103", "--reason", "AGG claim pending", "--actor", "HR Office"])
        let before = try temp.snapshot()
        let held = temp.run(["purge"])
        #expect(held.exitCode == 0)
        #expect(held.stdout.contains("  claims-2026-01/c-103: keep: on hold (3 files)\n"), "\(held.stdout)")
        ComplianceStore.expectUnchanged(before, try temp.snapshot())

        try temp.succeed(["hold", "c-103", "--release", "--actor", "HR Office"])
        let released = temp.run(["purge"])
        #expect(released.exitCode == 0)
        #expect(
            released.stdout.contains("  claims-2026-01/c-103: DELETE (due since 2020-07-15) (3 files)\n"),
            "\(released.stdout)")
        #expect(!FileManager.default.fileExists(atPath: temp.url("claims-2026-01/c-103").path))
        #expect(FileManager.default.fileExists(atPath: temp.url("claims-2026-01/c-101/anna-schmidt.yaml").path))
    }

    @Test func undecidedStoreLosesNothing() throws {
        let temp = try ComplianceStore()
        let before = try temp.snapshot()
        let result = temp.run(["purge"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stdout.components(separatedBy: "keep: no decision yet").count - 1 == 6, "\(result.stdout)")
        #expect(result.stdout.hasSuffix("deleted 0 files of 0 candidates and logged it\n"))
        ComplianceStore.expectUnchanged(before, try temp.snapshot())
    }

    @Test func lastCandidateOfARequisitionTakesTheEmptyRequisitionFolderWithIt() throws {
        let temp = try ComplianceStore()
        for candidate in ["c-201", "c-202", "c-203"] {
            try temp.decide(candidate, "withdrawn", date: ComplianceStore.longAgo, requisition: "ar-2026-02")
        }
        let result = temp.run(["purge"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stdout.hasSuffix("deleted 9 files of 3 candidates and logged it\n"), "\(result.stdout)")
        #expect(!FileManager.default.fileExists(atPath: temp.url("ar-2026-02").path))
        #expect(try temp.scorecards("claims-2026-01/c-101").count == 4)
        let purges = try temp.auditEvents().filter { $0["event"] as? String == "purge" }
        #expect(purges.compactMap { $0["candidate"] as? String } == ["c-201", "c-202", "c-203"])
    }

    @Test func symbolicLinksAreRemovedButNeverFollowedOutOfTheStore() throws {
        let temp = try ComplianceStore()
        try temp.decide("c-102", "rejected", date: ComplianceStore.longAgo)
        let outside = temp.folder.appendingPathComponent("outside", isDirectory: true)
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        try Data("not applicant data\n".utf8).write(to: outside.appendingPathComponent("keep.txt"))
        try FileManager.default.createSymbolicLink(
            atPath: temp.url(Self.c102 + "/linked-folder").path, withDestinationPath: outside.path)
        try FileManager.default.createSymbolicLink(
            atPath: temp.url(Self.c102 + "/linked-file").path,
            withDestinationPath: outside.appendingPathComponent("keep.txt").path)
        let result = temp.run(["purge"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: temp.url(Self.c102).path), "the folder and its links are gone")
        #expect(
            try String(contentsOf: outside.appendingPathComponent("keep.txt"), encoding: .utf8)
                == "not applicant data\n")
    }
}
