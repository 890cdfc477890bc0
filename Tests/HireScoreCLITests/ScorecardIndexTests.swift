import Foundation
import Testing

/// The user's scorecard index (`$XDG_CACHE_HOME/hirescore/scorecard-index-…`) never changes a result: `merge` of a
/// signed generated store (80 cards, enough for the index to be used) prints the same bytes in every format with it
/// and with `--no-cache`, cold and warm, after cards are touched, edited in place (size and modification time put
/// back), replaced, deleted and added, after the audit log changes, and after the index is cut short, corrupted,
/// made writable by others or given to another user. The phase timer's line says how many cards came from the
/// index, so a test fails when the index stops being used as well as when it changes a result.
@Suite struct ScorecardIndexTests {
    /// The formats compared.
    static let formats = ["text", "markdown", "html", "csv", "json"]

    /// A signed generated store of 20 candidates × 4 interviewers and a cache folder of its own.
    final class Fixture {
        let temporary: TemporaryStore
        let cache: URL

        init() throws {
            temporary = try TemporaryStore(copyExamples: false)
            cache = temporary.folder.appendingPathComponent("cache", isDirectory: true)
            for arguments in [
                [
                    "dev", "generate-store", "--candidates", "20", "--interviewers", "4", "--seed", "7", "--output",
                    "gen",
                ],
                ["dev", "sign-store", "--store", "gen"],
            ] {
                let result = run(arguments)
                try #require(result.exitCode == 0, "\(arguments): \(result.stderr)")
            }
            try FileManager.default.removeItem(at: temporary.store)
            try FileManager.default.moveItem(at: temporary.folder.appendingPathComponent("gen"), to: temporary.store)
        }

        var indexFolder: URL { cache.appendingPathComponent("hirescore", isDirectory: true) }

        /// The store's cards, relative to the store.
        func cards() -> [String] {
            let enumerator = FileManager.default.enumerator(atPath: temporary.store.path)
            var cards: [String] = []
            while let path = enumerator?.nextObject() as? String {
                if path.hasSuffix(".yaml"), !path.hasPrefix(".") { cards.append(path) }
            }
            return cards.sorted()
        }

        /// The one scorecard index in the cache.
        func index(sourceLocation: SourceLocation = #_sourceLocation) throws -> URL {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: indexFolder.path)) ?? []
            let indexes = names.filter { $0.hasPrefix("scorecard-index-") }
            try #require(indexes.count == 1, "index files: \(names)", sourceLocation: sourceLocation)
            return indexFolder.appendingPathComponent(indexes[0])
        }

        /// The inode of the index file (a rewrite replaces it).
        func indexInode() throws -> UInt64 {
            var status = stat()
            try #require(stat(try index().path, &status) == 0)
            return UInt64(status.st_ino)
        }

        func run(_ arguments: [String], timings: Bool = false) -> (exitCode: Int32, stdout: String, stderr: String) {
            // Every run merges: a report kept in the cache would be written again without reading the index or
            // anything else (ReportMemoTests covers that).
            var environment = [
                "HIRESCORE_STORE": "/nonexistent/hirescore-store", "XDG_CACHE_HOME": cache.path,
                "HIRESCORE_REPORT_CACHE": "off",
            ]
            if timings { environment["HIRESCORE_TIMINGS"] = "1" }
            return HireScoreProcess.run(
                arguments + ["--rubrics", TestPaths.shippedRubrics.path], environment: environment,
                currentDirectory: temporary.folder)
        }

        /// The number of cards a merge took from the index, from the phase timer's line (0 without the line).
        func cardsFromIndex() -> Int {
            let lines = run(["merge", "store"], timings: true).stderr.split(separator: "\n")
            guard let line = lines.first(where: { $0.contains(" from the index:") }),
                let words = line.split(separator: ",").last?.split(separator: " "), let count = Int(words[0])
            else { return 0 }
            return count
        }

        /// Merges the store in every format with the cache and with --no-cache and expects the same exit code and
        /// bytes; returns the outputs with the cache.
        @discardableResult
        func compare(_ step: String, sourceLocation: SourceLocation = #_sourceLocation) -> [String] {
            var outputs: [String] = []
            for format in ScorecardIndexTests.formats {
                let command = ["merge", "store", "--format", format]
                let cached = run(command)
                let uncached = run(command + ["--no-cache"])
                #expect(cached.exitCode == uncached.exitCode, "\(step): \(format) exit", sourceLocation: sourceLocation)
                #expect(cached.stdout == uncached.stdout, "\(step): \(format) stdout", sourceLocation: sourceLocation)
                #expect(cached.stderr == uncached.stderr, "\(step): \(format) stderr", sourceLocation: sourceLocation)
                outputs.append("\(cached.exitCode)\n\(cached.stdout)\n\(cached.stderr)")
            }
            return outputs
        }

        /// Waits until every file of the store was last changed more than two seconds ago: the index does not record
        /// files changed in the last two seconds (see ScorecardIndex), and the counts below assume it records all.
        func waitUntilSettled() {
            var latest = 0
            for card in cards() {
                var status = stat()
                if stat(temporary.url(card).path, &status) == 0 { latest = max(latest, Int(status.st_ctim.tv_sec)) }
            }
            while Int(Date().timeIntervalSince1970) <= latest + 2 { usleep(200_000) }
        }
    }

    @Test func theIndexNeverChangesAResult() throws {
        let fixture = try Fixture()
        let cards = fixture.cards()
        try #require(cards.count == 80)
        fixture.waitUntilSettled()
        let cold = fixture.compare("cold")
        var status = stat()
        #expect(stat(try fixture.index().path, &status) == 0 && status.st_mode & 0o777 == 0o600)
        #expect(stat(fixture.indexFolder.path, &status) == 0 && status.st_mode & 0o777 == 0o700)
        let head = try Data(contentsOf: try fixture.index()).prefix(27)
        #expect(String(decoding: head, as: UTF8.self) == "hirescore-scorecard-index 2")

        // Warm: every card from the index, the same outputs, and the index is read, not written again.
        var inode = try fixture.indexInode()
        #expect(fixture.cardsFromIndex() == 80)
        #expect(fixture.compare("warm") == cold)
        #expect(try fixture.indexInode() == inode)

        // Touched: the same bytes, a new modification time: read again (and recorded again once settled).
        let touched = fixture.temporary.url(cards[0])
        try FileManager.default.setAttributes(
            [.modificationDate: Date(timeIntervalSinceNow: -3600)], ofItemAtPath: touched.path)
        #expect(fixture.cardsFromIndex() == 79)
        #expect(fixture.compare("touched") == cold)
        #expect(try fixture.indexInode() != inode)

        // Edited in place with the same size and the modification time put back: only the change time tells, and
        // the edited card's seal is broken now (its candidate refused) with and without the index. (The merges above
        // may all have come within two seconds of the touch: one merge once settled records the touched card.)
        fixture.waitUntilSettled()
        _ = fixture.cardsFromIndex()
        #expect(fixture.cardsFromIndex() == 80)
        let edited = fixture.temporary.url(cards[1])
        let before = try FileManager.default.attributesOfItem(atPath: edited.path)
        let text = try String(contentsOf: edited, encoding: .utf8)
        let level = try #require(text.range(of: "    level: 3") ?? text.range(of: "    level: 2"))
        let changed = text.replacingCharacters(
            in: level, with: text[level].hasSuffix("3") ? "    level: 2" : "    level: 3")
        let handle = try FileHandle(forWritingTo: edited)
        try handle.write(contentsOf: Data(changed.utf8))
        try handle.close()
        try FileManager.default.setAttributes(
            [.modificationDate: try #require(before[.modificationDate] as? Date)], ofItemAtPath: edited.path)
        #expect(try FileManager.default.attributesOfItem(atPath: edited.path)[.size] as? Int == before[.size] as? Int)
        let afterEdit = fixture.compare("edited in place")
        #expect(afterEdit != cold)
        #expect(afterEdit[0].contains(cards[1]))

        // Replaced (a new inode) by its original text: the edit is undone, with and without the index.
        let replacement = edited.appendingPathExtension("new")
        try Data(text.utf8).write(to: replacement)
        #expect(rename(replacement.path, edited.path) == 0)
        #expect(fixture.compare("replaced") == cold)

        // Deleted and added: a card of one candidate removed, a copy of another card added in another candidate's
        // folder (refused as misplaced).
        try FileManager.default.removeItem(at: fixture.temporary.url(cards[2]))
        let deleted = fixture.compare("deleted")
        #expect(deleted != cold)
        let copy = fixture.temporary.url(cards[79]).deletingLastPathComponent().appendingPathComponent("copy.yaml")
        try FileManager.default.copyItem(at: fixture.temporary.url(cards[0]), to: copy)
        let added = fixture.compare("added")
        #expect(added != deleted)
        try FileManager.default.removeItem(at: copy)
        #expect(fixture.compare("copy removed") == deleted)

        // The audit log without the submit event of one card: that card is refused now (signed cards need their
        // event), with and without the index, which records no signature verdicts.
        fixture.waitUntilSettled()
        #expect(fixture.cardsFromIndex() == 79)
        let log = fixture.temporary.url(".hirescore/audit.jsonl")
        let lines = try String(contentsOf: log, encoding: .utf8).split(separator: "\n")
        try Data((lines.filter { !$0.contains(cards[3]) }.joined(separator: "\n") + "\n").utf8).write(to: log)
        let logChanged = fixture.compare("audit log changed")
        #expect(logChanged != deleted)
        #expect(logChanged[0].contains(cards[3]))

        // A damaged index (cut short, garbage, one byte changed): rebuilt, never trusted.
        inode = try fixture.indexInode()
        let fresh = try Data(contentsOf: try fixture.index())
        var flipped = fresh
        flipped[fresh.count / 2] ^= 0x20
        for (label, damaged) in [
            ("cut short", fresh.prefix(fresh.count / 2)), ("garbage", Data("not an index\n".utf8)),
            ("one byte changed", flipped),
        ] {
            try damaged.write(to: try fixture.index())
            #expect(fixture.compare("damaged index: \(label)") == logChanged)
            // Written anew: as large as before (the same entries; their order inside a card may differ) and read.
            #expect(try Data(contentsOf: try fixture.index()).count == fresh.count, "rewritten (\(label))")
            #expect(fixture.cardsFromIndex() == 79, "the rewritten index is read (\(label))")
        }

        // An index others can write is not read; the next run replaces it with a private one.
        try FileManager.default.setAttributes([.posixPermissions: 0o666], ofItemAtPath: try fixture.index().path)
        #expect(fixture.cardsFromIndex() == 0)
        #expect(stat(try fixture.index().path, &status) == 0 && status.st_mode & 0o777 == 0o600)
        #expect(fixture.compare("group- and world-writable index") == logChanged)

        // An index owned by another user is not read either (only checkable where the test may give files away).
        if getuid() == 0 {
            #expect(chown(try fixture.index().path, 65_534, 65_534) == 0)
            #expect(fixture.cardsFromIndex() == 0)
            #expect(stat(try fixture.index().path, &status) == 0 && status.st_uid == 0)
            #expect(fixture.compare("foreign index") == logChanged)
        }
    }

    /// `verify` reads every card itself: it neither reads nor writes the index, and a broken card is found with a
    /// warm index in the cache.
    @Test func verifyNeverUsesTheIndex() throws {
        let fixture = try Fixture()
        fixture.waitUntilSettled()
        #expect(fixture.cardsFromIndex() == 0)
        #expect(fixture.cardsFromIndex() == 80)
        let index = try Data(contentsOf: try fixture.index())
        let inode = try fixture.indexInode()
        let verified = fixture.run(["verify", "store"], timings: true)
        #expect(verified.exitCode == 0, "\(verified.stderr)")
        #expect(!verified.stderr.contains("from the index"))
        #expect(fixture.run(["verify", "store", "--no-cache"]).stdout == fixture.run(["verify", "store"]).stdout)
        #expect(try Data(contentsOf: try fixture.index()) == index)
        #expect(try fixture.indexInode() == inode)
    }
}
