import Foundation
import Testing
import YAML

@testable import ScoringCore

/// The scorecard index's file gives back every field of every entry exactly, and any index that is cut short, has
/// a byte changed or was written by another program is refused (nil), never half-read.
@Suite struct ScorecardIndexCodingTests {
    /// A scorecard with every field set, each kind of rating and observation among them.
    static func fullCard() throws -> Scorecard {
        var card = Scorecard(
            rubricID: "customer-service", rubricVersion: 3, rubricHash: "sha256:abc", candidate: "c-1042",
            requisition: "cs-2026-01", interviewer: "Anna Schmidt – Ü",
            interviewDate: CalendarDate(
                year: 2026, month: 2, day: 28),
            status: .submitted,
            entries: [
                "empathy": .init(
                    rating: .level(4), evidence: "Fragte nach.\nZwei Zeilen: ✓", ratedAt: "2026-02-28T10:00:00Z",
                    location: SourceLocation(line: 12, column: 5)),
                "ownership": .init(rating: .notAssessed, location: SourceLocation(line: 20, column: 3)),
                "odd": .init(rating: .consensus(-2.75), evidence: ""),
            ],
            observations: [
                "languages": ["german": .level("C1"), "english": .notAssessed],
                "task": [
                    "minutes": .number(-7), "tool": .choice("excel"),
                ],
            ],
            recommendation: .init(value: .strongYes, reason: "Klar."), order: ["ownership", "empathy", "odd"],
            seal: "sha256:def")
        card.interviewerID = "anna-s"
        card.stage = "onsite"
        card.observationKeys = ["languages": "languages"]
        card.questionVariants = ["empathy": 2, "ownership": 0]
        card.retainUntil = CalendarDate(year: 2027, month: 3, day: 1)
        card.signature = "ed25519:k1:AAAA"
        return card
    }

    static func index() throws -> ScorecardIndex {
        let stamp = ScorecardIndex.Stamp(
            device: 1 << 40, inode: 123_456_789, size: 4_900, modified: [1_765_000_000, 999_999_999],
            changed: [-1, 0])
        let bare = Scorecard(rubricID: "r", rubricVersion: 1, candidate: "c-1", interviewer: "B")
        return ScorecardIndex(entries: [
            "/store/a/c-1042/anna-s.yaml": .init(
                stamp: stamp, rubricHash: "sha256:abc", sealIntact: true, scorecard: try fullCard()),
            "/store/a/c-1/b.yaml": .init(stamp: stamp, rubricHash: "sha256:r", sealIntact: false, scorecard: bare),
        ])
    }

    @Test func everyFieldComesBack() throws {
        let index = try Self.index()
        let decoded = try #require(ScorecardIndex(encoded: index.encoded(program: "p1"), program: "p1"))
        #expect(decoded.entries.keys.sorted() == index.entries.keys.sorted())
        for (path, entry) in index.entries {
            let back = try #require(decoded.entries[path])
            #expect(back.stamp == entry.stamp)
            #expect(back.rubricHash == entry.rubricHash)
            #expect(back.sealIntact == entry.sealIntact)
            #expect(back.scorecard == entry.scorecard)
            #expect(back.scorecard.entries == entry.scorecard.entries)
        }
        // Written again, it reads back the same (the order of a card's dictionaries in the file may differ).
        let again = try #require(ScorecardIndex(encoded: decoded.encoded(program: "p1"), program: "p1"))
        #expect(again.entries.mapValues(\.scorecard) == index.entries.mapValues(\.scorecard))
    }

    /// An index read from its file keeps each scorecard encoded until it is asked for: written again after a merge that
    /// took every card from it, it is the same bytes (nothing decoded and encoded again), and a card is decoded on
    /// request only when the file's stamp is the recorded one.
    @Test func readCardsStayEncodedUntilAskedFor() throws {
        let index = try Self.index()
        let bytes = index.encoded(program: "p1")
        let read = try #require(ScorecardIndex(encoded: bytes, program: "p1"))
        #expect(read.encoded(program: "p1") == bytes)
        let paths = read.entries.keys.sorted()
        let first = try #require(read.entries[paths[0]])
        let kept = try #require(
            ScorecardIndex.updated(
                read, files: paths + ["/store/new.yaml"],
                recorded: paths.map { _ in (nil, true) } + [(ScorecardIndex.record(of: first, encoded: true), false)]))
        #expect(kept.count == 3)
        let stamp = try #require(index.entries["/store/a/c-1042/anna-s.yaml"]?.stamp)
        #expect(read.entry("/store/a/c-1042/anna-s.yaml", stamp: stamp)?.scorecard == (try Self.fullCard()))
        #expect(read.groupKey("/store/a/c-1042/anna-s.yaml", stamp: stamp) == "cs-2026-01\u{0}c-1042")
        var other = stamp
        other.size += 1
        #expect(read.entry("/store/a/c-1042/anna-s.yaml", stamp: other) == nil)
        #expect(read.groupKey("/store/a/c-1042/anna-s.yaml", stamp: other) == nil)
        #expect(ScorecardIndex.updated(read, files: paths, recorded: paths.map { _ in (nil, true) }) == nil)
    }

    @Test func aDamagedOrForeignIndexIsRefused() throws {
        let bytes = try Self.index().encoded(program: "p1")
        #expect(ScorecardIndex(encoded: bytes, program: "p2") == nil)
        #expect(ScorecardIndex(encoded: [], program: "p1") == nil)
        for length in stride(from: 0, to: bytes.count, by: 7) {
            #expect(ScorecardIndex(encoded: Array(bytes.prefix(length)), program: "p1") == nil, "cut at \(length)")
        }
        for position in stride(from: 0, to: bytes.count, by: 5) {
            var changed = bytes
            changed[position] ^= 0x01
            #expect(ScorecardIndex(encoded: changed, program: "p1") == nil, "byte \(position) changed")
        }
    }
}

/// An index read from its cache file holds where each card is in the file, not the file's bytes: it reads a file of
/// more than a megabyte (more than one piece of the reader) exactly, keeps reading the file it opened after a new index
/// replaced it, and is written again with each card copied from that file.
@Suite struct ScorecardIndexFileTests {
    @Test func aLargeIndexIsReadByPosition() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("index-file-\(UUID())").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let cache = UserCache(folder: folder)
        let full = try ScorecardIndexCodingTests.fullCard()
        let stamp = ScorecardIndex.Stamp(device: 1, inode: 2, size: 3, modified: [4, 5], changed: [6, 7])
        var entries: [String: ScorecardIndex.Entry] = [:]
        for number in 0..<3_000 {
            var card = full
            card.candidate = "c-\(number)"
            entries["/store/r/c-\(number)/anna.yaml"] = .init(
                stamp: stamp, rubricHash: "sha256:abc", sealIntact: number % 2 == 0, scorecard: card)
        }
        ScorecardIndex(entries: entries).write(to: cache, name: "index", program: "p1")
        let bytes = try #require(cache.read("index", limit: 1 << 30))
        #expect(bytes.count > 1 << 20)
        let read = try #require(ScorecardIndex.read(from: cache, name: "index", program: "p1"))
        // Replaced by another index while the first is open: the open one still reads its own file.
        ScorecardIndex(entries: [:]).write(to: cache, name: "index", program: "p1")
        #expect(read.count == 3_000)
        for (path, entry) in entries {
            let back = try #require(read.entry(path, stamp: stamp), "\(path)")
            #expect(back.scorecard == entry.scorecard)
            #expect(back.sealIntact == entry.sealIntact)
        }
        #expect(read.encoded(program: "p1") == bytes)
        var damaged = bytes
        damaged[bytes.count / 2] ^= 1
        cache.write(damaged, name: "index")
        #expect(ScorecardIndex.read(from: cache, name: "index", program: "p1") == nil)
    }
}

/// A first merge of a campaign moves each new card's encoding to a scratch file in the cache folder: the index written
/// from there is the one written from memory, and the scratch file has no name (nothing is left behind).
@Suite struct ScorecardIndexScratchTests {
    @Test func encodingsMovedToAScratchFileWriteTheSameIndex() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("index-scratch-\(UUID())").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let cache = UserCache(folder: folder + "/hirescore")
        let scratch = try #require(cache.scratch())
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder + "/hirescore").isEmpty)
        let entries = try ScorecardIndexCodingTests.index().entries
        let paths = entries.keys.sorted()
        let inMemory = paths.map { ScorecardIndex.record(of: entries[$0]!, encoded: true) }
        let moved = inMemory.map { ScorecardIndex.record($0, movedTo: scratch) }
        for record in moved {
            guard case .stored(let source, _, _) = record.scorecard else {
                Issue.record("not moved: \(record.scorecard)")
                continue
            }
            #expect(source === scratch)
        }
        let fromMemory = try #require(
            ScorecardIndex.updated(nil, files: paths, recorded: inMemory.map { ($0, false) }))
        let fromScratch = try #require(ScorecardIndex.updated(nil, files: paths, recorded: moved.map { ($0, false) }))
        #expect(fromScratch.encoded(program: "p1") == fromMemory.encoded(program: "p1"))
        #expect(ScorecardIndex.record(moved[0], movedTo: scratch).scorecard.encoding == moved[0].scorecard.encoding)
        #expect(ByteSource([1, 2]).append([3]) == nil)
    }
}
