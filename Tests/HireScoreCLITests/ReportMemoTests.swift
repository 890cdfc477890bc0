import Foundation
import Testing

/// `merge` (and `rank`, `calibrate`) keeps its report in the user's cache (`report-memo-…`) and writes it again when
/// nothing it was made from changed: every format and language, standard error and the exit status as a merge gives them, to standard output
/// and to `-o`. Any change to a card, the audit log or the rubric folder, or another option, merges again; a memo that
/// is damaged or not the user's own is never read; `--no-cache` and `HIRESCORE_REPORT_CACHE=off` neither read nor
/// keep one. Whether the kept report was written is told by the phase timer's line, so a test fails when the memo
/// stops being used as well as when it changes a result.
@Suite struct ReportMemoTests {
    typealias Fixture = ScorecardIndexTests.Fixture

    /// The phase timer's line of a run that wrote the kept report.
    static let keptLine = "timing: the report kept in the cache: "

    /// A run of `arguments` (with the shipped rubrics, unless `rubrics` names others) with the phase timer: whether
    /// it wrote the kept report, and its exit code, standard output and standard error without the timer's lines.
    static func run(
        _ fixture: Fixture, _ arguments: [String], rubrics: String? = nil, environment: [String: String] = [:]
    ) -> (kept: Bool, result: String) {
        var variables = [
            "HIRESCORE_STORE": "/nonexistent/hirescore-store", "XDG_CACHE_HOME": fixture.cache.path,
            "HIRESCORE_TIMINGS": "1",
        ]
        variables.merge(environment) { _, new in new }
        let run = HireScoreProcess.run(
            arguments + ["--rubrics", rubrics ?? TestPaths.shippedRubrics.path], environment: variables,
            currentDirectory: fixture.temporary.folder)
        let lines = run.stderr.split(separator: "\n", omittingEmptySubsequences: false)
        let kept = lines.contains { $0.hasPrefix(keptLine) }
        let stderr = lines.filter { !$0.hasPrefix("timing: ") }.joined(separator: "\n")
        return (kept, "exit \(run.exitCode)\n--- stdout\n\(run.stdout)\n--- stderr\n\(stderr)")
    }

    /// Waits until the store's cards and `paths` were last changed more than two seconds ago: nothing is kept under
    /// inputs that changed in the last two seconds.
    static func settle(_ fixture: Fixture, _ paths: [URL] = []) {
        fixture.waitUntilSettled()
        var latest = 0
        for path in paths {
            var status = stat()
            if stat(path.path, &status) == 0 { latest = max(latest, Int(status.st_ctim.tv_sec)) }
        }
        while Int(Date().timeIntervalSince1970) <= latest + 2 { usleep(200_000) }
    }

    /// The report memos in the fixture's cache.
    static func memos(_ fixture: Fixture) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: fixture.indexFolder.path)) ?? []
        return names.filter { $0.hasPrefix("report-memo-") }.sorted()
    }

    /// Expects the merge `arguments` to merge (not kept) and then to write the kept report, each time with the output
    /// of `--no-cache`; returns that output.
    @discardableResult
    static func mergesThenKeeps(
        _ fixture: Fixture, _ arguments: [String], rubrics: String? = nil,
        sourceLocation: SourceLocation = #_sourceLocation
    ) -> String {
        let fresh = run(fixture, arguments + ["--no-cache"], rubrics: rubrics)
        #expect(!fresh.kept, "\(arguments) --no-cache", sourceLocation: sourceLocation)
        let merged = run(fixture, arguments, rubrics: rubrics)
        #expect(!merged.kept, "\(arguments) merged", sourceLocation: sourceLocation)
        #expect(merged.result == fresh.result, "\(arguments) merged", sourceLocation: sourceLocation)
        let kept = run(fixture, arguments, rubrics: rubrics)
        #expect(kept.kept, "\(arguments) kept", sourceLocation: sourceLocation)
        #expect(kept.result == fresh.result, "\(arguments) kept", sourceLocation: sourceLocation)
        return fresh.result
    }

    @Test func theKeptReportIsTheMergesReport() throws {
        let fixture = try Fixture()
        fixture.waitUntilSettled()
        var outputs: Set<String> = []
        for format in ScorecardIndexTests.formats {
            for language in ["en", "de"] {
                outputs.insert(
                    Self.mergesThenKeeps(fixture, ["merge", "store", "--format", format, "--lang", language]))
            }
        }
        #expect(outputs.count == 10)
        Self.mergesThenKeeps(fixture, ["merge", "store", "--format", "html", "--evidence"])
        Self.mergesThenKeeps(fixture, ["merge", "store", "--format", "csv", "--csv-dialect", "excel-de"])
        Self.mergesThenKeeps(fixture, ["merge", "store", "--consensus", "mean"])
        // rank and calibrate keep theirs too.
        let requisition = String(fixture.cards()[0].split(separator: "/")[0])
        for command in [
            ["rank", "store"], ["rank", "store", "--requisition", requisition, "--format", "csv"],
            ["calibrate", "store", "--anonymous"], ["calibrate", "store", "--format", "json", "--lang", "de"],
        ] {
            Self.mergesThenKeeps(fixture, command)
        }
        let memos = Self.memos(fixture)
        #expect(memos.count == 17)
        var status = stat()
        #expect(stat(fixture.indexFolder.path + "/" + memos[0], &status) == 0 && status.st_mode & 0o777 == 0o600)

        // To a file (the report kept from standard output above): the same bytes, the same confirmation.
        let report = fixture.temporary.folder.appendingPathComponent("report.md").path
        let toFile = ["merge", "store", "--format", "markdown", "--lang", "de", "-o", report]
        let merged = Self.run(fixture, toFile + ["--no-cache"])
        let written = try Data(contentsOf: URL(fileURLWithPath: report))
        try FileManager.default.removeItem(atPath: report)
        let kept = Self.run(fixture, toFile)
        #expect(!merged.kept && kept.kept)
        #expect(kept.result == merged.result)
        #expect(kept.result.contains("--- stderr\nBericht nach \(report) geschrieben ("))
        #expect(try Data(contentsOf: URL(fileURLWithPath: report)) == written)

        // Neither read nor kept with --no-cache or HIRESCORE_REPORT_CACHE=off.
        let before = try FileManager.default.contentsOfDirectory(atPath: fixture.indexFolder.path).sorted()
        #expect(!Self.run(fixture, ["merge", "store", "--format", "json", "--no-cache"]).kept)
        #expect(
            !Self.run(fixture, ["merge", "store", "--format", "json"], environment: ["HIRESCORE_REPORT_CACHE": "off"])
                .kept)
        #expect(try FileManager.default.contentsOfDirectory(atPath: fixture.indexFolder.path).sorted() == before)
    }

    @Test func anyChangeMergesAgain() throws {
        let fixture = try Fixture()
        let cards = fixture.cards()
        let rubrics = fixture.temporary.folder.appendingPathComponent("rubrics")
        try FileManager.default.copyItem(at: TestPaths.shippedRubrics, to: rubrics)
        Self.settle(
            fixture,
            [rubrics]
                + ((try? FileManager.default.contentsOfDirectory(at: rubrics, includingPropertiesForKeys: nil)) ?? []))
        let merge = ["merge", "store", "--format", "markdown"]
        let cold = Self.mergesThenKeeps(fixture, merge, rubrics: rubrics.path)
        let ranked = Self.mergesThenKeeps(fixture, ["rank", "store"], rubrics: rubrics.path)

        // Touched: the same bytes, a new modification time. While it is recent nothing is kept.
        try FileManager.default.setAttributes(
            [.modificationDate: Date(timeIntervalSinceNow: -3600)], ofItemAtPath: fixture.temporary.url(cards[0]).path)
        // (One run only: on a loaded machine a second could start after the two seconds and keep its report.)
        let recent = Self.run(fixture, merge, rubrics: rubrics.path)
        #expect(!recent.kept && recent.result == cold)
        fixture.waitUntilSettled()
        #expect(Self.mergesThenKeeps(fixture, merge, rubrics: rubrics.path) == cold)

        // Edited in place, its size and modification time put back: its seal is broken, its candidate refused.
        let edited = fixture.temporary.url(cards[1])
        let attributes = try FileManager.default.attributesOfItem(atPath: edited.path)
        let text = try String(contentsOf: edited, encoding: .utf8)
        let level = try #require(text.range(of: "    level: 3") ?? text.range(of: "    level: 2"))
        let handle = try FileHandle(forWritingTo: edited)
        try handle.write(
            contentsOf: Data(
                text.replacingCharacters(in: level, with: text[level].hasSuffix("3") ? "    level: 2" : "    level: 3")
                    .utf8))
        try handle.close()
        try FileManager.default.setAttributes(
            [.modificationDate: try #require(attributes[.modificationDate] as? Date)], ofItemAtPath: edited.path)
        fixture.waitUntilSettled()
        let refused = Self.mergesThenKeeps(fixture, merge, rubrics: rubrics.path)
        #expect(refused.hasPrefix("exit 1\n") && refused.contains(cards[1]))
        try Data(text.utf8).write(to: edited)

        // The audit log without the submit event of one card: that card is refused (exit 1, said on standard error).
        let log = fixture.temporary.url(".hirescore/audit.jsonl")
        let lines = try String(contentsOf: log, encoding: .utf8).split(separator: "\n")
        try Data((lines.filter { !$0.contains(cards[3]) }.joined(separator: "\n") + "\n").utf8).write(to: log)
        Self.settle(fixture, [log, log.deletingLastPathComponent()])
        let logChanged = Self.mergesThenKeeps(fixture, merge, rubrics: rubrics.path)
        #expect(logChanged != cold && logChanged.hasPrefix("exit 1\n") && logChanged.contains(cards[3]))
        let rankedNow = Self.mergesThenKeeps(fixture, ["rank", "store"], rubrics: rubrics.path)
        #expect(rankedNow != ranked && rankedNow.hasPrefix("exit 1\n") && rankedNow.contains(cards[3]))

        // A rubric file changed (one more line, the rubric the same): merged again.
        let rubric = rubrics.appendingPathComponent("claims-handler.yaml")
        try Data((try String(contentsOf: rubric, encoding: .utf8) + "# changed\n").utf8).write(to: rubric)
        Self.settle(fixture, [rubric, rubrics])
        #expect(Self.mergesThenKeeps(fixture, merge, rubrics: rubrics.path) == logChanged)

        // A card deleted, then a card added.
        try FileManager.default.removeItem(at: fixture.temporary.url(cards[2]))
        fixture.waitUntilSettled()
        let deleted = Self.mergesThenKeeps(fixture, merge, rubrics: rubrics.path)
        #expect(deleted != logChanged)
        try FileManager.default.copyItem(
            at: fixture.temporary.url(cards[0]),
            to: fixture.temporary.url(cards[79]).deletingLastPathComponent().appendingPathComponent("copy.yaml"))
        fixture.waitUntilSettled()
        #expect(Self.mergesThenKeeps(fixture, merge, rubrics: rubrics.path) != deleted)
        #expect(Self.memos(fixture).count == 2)
    }

    @Test func aDamagedOrForeignMemoIsNeverRead() throws {
        let fixture = try Fixture()
        fixture.waitUntilSettled()
        let merge = ["merge", "store", "--format", "csv"]
        let cold = Self.mergesThenKeeps(fixture, merge)
        let memo = fixture.indexFolder.path + "/" + (try #require(Self.memos(fixture).first))
        let kept = try Data(contentsOf: URL(fileURLWithPath: memo))
        var flipped = kept
        flipped[kept.count / 2] ^= 0x20
        for (label, damaged) in [
            ("cut short", kept.prefix(kept.count / 2)), ("garbage", Data("not a memo\n".utf8)),
            ("one byte changed", flipped),
        ] {
            try damaged.write(to: URL(fileURLWithPath: memo))
            let merged = Self.run(fixture, merge)
            #expect(!merged.kept && merged.result == cold, "\(label)")
            #expect(try Data(contentsOf: URL(fileURLWithPath: memo)) == kept, "kept anew (\(label))")
            #expect(Self.run(fixture, merge).kept, "\(label)")
        }
        #expect(chmod(memo, 0o666) == 0)
        #expect(!Self.run(fixture, merge).kept)
        var status = stat()
        #expect(stat(memo, &status) == 0 && status.st_mode & 0o777 == 0o600)
        if getuid() == 0 {
            #expect(chown(memo, 65_534, 65_534) == 0)
            let merged = Self.run(fixture, merge)
            #expect(!merged.kept && merged.result == cold)
            #expect(stat(memo, &status) == 0 && status.st_uid == 0)
        }
    }
}
