import BuiltInModules
import Foundation
import ScoringCore
import Testing

/// The Ed25519 checks a merge made, kept as facts in the user's cache (`verified-signatures-…`: this key's signature
/// of this seal is valid), never change a result: `merge` of a signed generated store prints the same bytes in every
/// format with them and with `--no-cache`; a card forged with its size and modification time put back is refused
/// either way (its key, seal and signature are no recorded fact); a damaged or shared facts file is ignored and
/// written anew; `verify` neither reads nor writes it. The phase timer's line counts the checks the facts answered, so
/// a test fails when the facts stop being used as well as when they change a result.
@Suite struct VerifiedSignaturesTests {
    typealias Fixture = ScorecardIndexTests.Fixture

    /// How many signature checks of a whole-store merge the facts answered and how many were verified anew, from the
    /// phase timer's line (nil without the line).
    static func counts(_ fixture: Fixture) -> [Int]? {
        let lines = fixture.run(["merge", "store"], timings: true).stderr.split(separator: "\n")
        guard let line = lines.first(where: { $0.hasPrefix("timing: record the verified signatures (") }),
            let open = line.firstIndex(of: "("), let close = line.firstIndex(of: ")")
        else { return nil }
        let words = line[line.index(after: open)..<close].split(separator: " ")
        return [words[0], words[4]].compactMap { Int($0) }
    }

    /// The one facts file in the cache.
    static func factsFile(_ fixture: Fixture, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> URL {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: fixture.indexFolder.path)) ?? []
        let files = names.filter { $0.hasPrefix("verified-signatures-") }
        try #require(files.count == 1, "cache files: \(names)", sourceLocation: sourceLocation)
        return fixture.indexFolder.appendingPathComponent(files[0])
    }

    /// Writes `text` over the card at `url` and puts its modification time back (its size must be unchanged too), so
    /// that only the change time tells the scorecard index that it changed.
    static func forge(_ url: URL, text: String) throws {
        let before = try FileManager.default.attributesOfItem(atPath: url.path)
        let handle = try FileHandle(forWritingTo: url)
        try handle.write(contentsOf: Data(text.utf8))
        try handle.close()
        try FileManager.default.setAttributes(
            [.modificationDate: try #require(before[.modificationDate] as? Date)], ofItemAtPath: url.path)
        #expect(try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int == before[.size] as? Int)
    }

    /// The line of a card's text that starts with `key: `.
    static func line(_ key: String, in text: String) throws -> Substring {
        try #require(text.split(separator: "\n").first { $0.hasPrefix(key + ": ") })
    }

    @Test func theFactsNeverChangeAResult() throws {
        let fixture = try Fixture()
        let cards = fixture.cards()
        try #require(cards.count == 80)
        fixture.waitUntilSettled()
        #expect(Self.counts(fixture) == [0, 80])
        let cold = fixture.compare("cold")
        var status = stat()
        let facts = try Self.factsFile(fixture)
        #expect(stat(facts.path, &status) == 0 && status.st_mode & 0o777 == 0o600)
        let bytes = try Data(contentsOf: facts)
        #expect(String(decoding: bytes.prefix(32), as: UTF8.self) == "hirescore-verified-signatures 1\n")

        // Warm: every check answered by a fact, the same outputs, and the file is not written again.
        #expect(Self.counts(fixture) == [80, 0])
        #expect(fixture.compare("warm") == cold)
        #expect(try Data(contentsOf: facts) == bytes)

        // Forged cards, each with its size and modification time put back, then restored: the forgery is refused with
        // and without the facts (its key, seal and signature are no recorded fact, and a failed check is never
        // recorded), and the other 79 checks are answered by facts.
        let rubrics = RubricLoader(registry: BuiltInModules.registry).load(paths: [TestPaths.shippedRubrics.path])
            .rubrics
        let target = fixture.temporary.url(cards[0])
        let original = try String(contentsOf: target, encoding: .utf8)
        // Another card by the same interviewer: signed with the same key, of another seal.
        let sibling = try #require(
            cards.dropFirst().first { ($0 as NSString).lastPathComponent == (cards[0] as NSString).lastPathComponent })
        let otherSignature = try Self.line(
            "signature", in: try String(contentsOf: fixture.temporary.url(sibling), encoding: .utf8))
        let level = try #require(original.range(of: "    level: 3") ?? original.range(of: "    level: 2"))
        let changed = original.replacingCharacters(
            in: level, with: original[level].hasSuffix("3") ? "    level: 2" : "    level: 3")
        let changedCopy = fixture.temporary.folder.appendingPathComponent("changed.yaml")
        try Data(changed.utf8).write(to: changedCopy)
        let resealed = try #require(ScorecardLoader().load(path: changedCopy.path, rubrics: rubrics).scorecard)
        let newSeal = "seal: " + resealed.computeSeal()
        #expect(newSeal.count == (try Self.line("seal", in: original)).count)
        let forgeries: [(label: String, text: String)] = [
            (
                "the signature of another card by the same key",
                original.replacingOccurrences(of: try Self.line("signature", in: original), with: otherSignature)
            ),
            (
                "a rating changed, the card resealed, its signature kept",
                changed.replacingOccurrences(of: try Self.line("seal", in: original), with: newSeal)
            ),
        ]
        let holder = resealed.interviewer
        for (label, text) in forgeries {
            #expect(text != original, "\(label)")
            try Self.forge(target, text: text)
            #expect(Self.counts(fixture) == [79, 0], "\(label)")
            let forged = fixture.compare("forged: \(label)")
            #expect(forged != cold, "\(label)")
            #expect(
                forged[0].contains(
                    "the signature of '\(holder)' does not match its seal (the card was changed and resealed after "
                        + "signing)"), "\(label): \(forged[0])")
            #expect(forged[0].contains(cards[0]), "\(label)")
            let verified = fixture.run(["verify", "store"])
            #expect(verified.exitCode != 0, "\(label): verify finds the forgery")
            try Self.forge(target, text: original)
            #expect(fixture.compare("restored after: \(label)") == cold)
        }

        // A damaged facts file (cut short, garbage, one byte changed) or one others can write: ignored, every signature
        // checked again, and the file written anew.
        fixture.waitUntilSettled()
        #expect(Self.counts(fixture) == [80, 0])
        let fresh = try Data(contentsOf: facts)
        var flipped = fresh
        flipped[fresh.count - 40] ^= 0x01
        for (label, damaged, mode) in [
            ("cut short", fresh.prefix(fresh.count / 2), 0o600), ("garbage", Data("not facts\n".utf8), 0o600),
            ("one byte of a fact changed", flipped, 0o600), ("group- and world-writable", fresh, 0o666),
        ] {
            try damaged.write(to: facts)
            try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: facts.path)
            #expect(Self.counts(fixture) == [0, 80], "\(label)")
            #expect(stat(facts.path, &status) == 0 && status.st_mode & 0o777 == 0o600, "\(label)")
            #expect(try Data(contentsOf: facts) == fresh, "written anew (\(label))")
            #expect(fixture.compare("damaged facts: \(label)") == cold)
        }
    }

    /// `verify` checks every signature itself: it neither reads nor writes the facts.
    @Test func verifyNeverUsesTheFacts() throws {
        let fixture = try Fixture()
        fixture.waitUntilSettled()
        #expect(Self.counts(fixture) == [0, 80])
        let facts = try Self.factsFile(fixture)
        let bytes = try Data(contentsOf: facts)
        var before = stat()
        #expect(stat(facts.path, &before) == 0)
        let verified = fixture.run(["verify", "store"], timings: true)
        #expect(verified.exitCode == 0, "\(verified.stderr)")
        #expect(!verified.stderr.contains("record the verified signatures"))
        var after = stat()
        #expect(stat(facts.path, &after) == 0)
        #expect(after.st_ino == before.st_ino)
        #expect(try Data(contentsOf: facts) == bytes)
    }
}
