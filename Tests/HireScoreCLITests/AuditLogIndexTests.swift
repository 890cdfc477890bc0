import Foundation
import Testing

/// The user's index of the audit log (`$XDG_CACHE_HOME/hirescore/audit-log-index-…`) never changes a result:
/// `merge` and `rank` print the same bytes with it and with `--no-cache`, cold and warm, after the log is appended
/// to, touched or replaced, and after the index is corrupted, made writable by others or given to another user.
/// A warm run leaves the index as it is; every change of the log, and every index that cannot be trusted, makes
/// the next run write a new one.
@Suite struct AuditLogIndexTests {
    /// The commands compared: one candidate (its rubric, key list and card events), the whole store, a ranking.
    static let commands: [[String]] = [
        ["merge", "store/claims-2026-01/c-102"],
        ["merge", "store/claims-2026-01/c-102", "--format", "json", "--lang", "de"],
        ["merge", "store"],
        ["rank", "--store", "store"],
    ]

    /// A copy of the signed example store (examples/store: key events, signed cards) and a cache folder of its own.
    final class Fixture {
        let temporary: TemporaryStore
        let cache: URL

        init() throws {
            temporary = try TemporaryStore(copyExamples: false)
            try FileManager.default.removeItem(at: temporary.store)
            try FileManager.default.copyItem(
                at: TestPaths.packageRoot.appendingPathComponent("examples/store"), to: temporary.store)
            cache = temporary.folder.appendingPathComponent("cache", isDirectory: true)
        }

        var log: URL { temporary.url(".hirescore/audit.jsonl") }
        var indexFolder: URL { cache.appendingPathComponent("hirescore", isDirectory: true) }

        /// The one index file in the cache.
        func index(sourceLocation: SourceLocation = #_sourceLocation) throws -> URL {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: indexFolder.path)) ?? []
            let indexes = names.filter { $0.hasPrefix("audit-log-index-") }
            try #require(indexes.count == 1, "index files: \(names)", sourceLocation: sourceLocation)
            return indexFolder.appendingPathComponent(indexes[0])
        }

        /// The inode of the index file (a rewrite replaces it).
        func indexInode() throws -> UInt64 {
            var status = stat()
            try #require(stat(try index().path, &status) == 0)
            return UInt64(status.st_ino)
        }

        func run(_ arguments: [String]) -> (exitCode: Int32, stdout: String, stderr: String) {
            HireScoreProcess.run(
                arguments + ["--rubrics", TestPaths.shippedRubrics.path],
                environment: ["HIRESCORE_STORE": "/nonexistent/hirescore-store", "XDG_CACHE_HOME": cache.path],
                currentDirectory: temporary.folder)
        }

        /// Runs every command with the cache and with --no-cache and expects the same exit code and bytes; returns
        /// the outputs with the cache.
        @discardableResult
        func compare(_ step: String, sourceLocation: SourceLocation = #_sourceLocation) -> [String] {
            var outputs: [String] = []
            for command in AuditLogIndexTests.commands {
                let cached = run(command)
                let uncached = run(command + ["--no-cache"])
                #expect(
                    cached.exitCode == uncached.exitCode, "\(step): \(command) exit code",
                    sourceLocation: sourceLocation)
                #expect(cached.stdout == uncached.stdout, "\(step): \(command) stdout", sourceLocation: sourceLocation)
                #expect(cached.stderr == uncached.stderr, "\(step): \(command) stderr", sourceLocation: sourceLocation)
                outputs.append("\(cached.exitCode)\n\(cached.stdout)\n\(cached.stderr)")
            }
            return outputs
        }
    }

    @Test func theIndexNeverChangesAResult() throws {
        let fixture = try Fixture()
        let cold = fixture.compare("cold")
        var status = stat()
        #expect(stat(try fixture.index().path, &status) == 0 && status.st_mode & 0o777 == 0o600)
        #expect(stat(fixture.indexFolder.path, &status) == 0 && status.st_mode & 0o777 == 0o700)
        let text = try String(contentsOf: try fixture.index(), encoding: .utf8)
        #expect(text.hasPrefix("hirescore-audit-log-index 1\nstamp\t" + fixture.log.standardizedFileURL.path + "\t"))
        #expect(text.hasSuffix("\nend\n"))
        #expect(text.contains("\nP\tclaims-2026-01/c-102/anna-schmidt.yaml\t"))

        // Warm: the same outputs, and the index is read, not written again.
        var inode = try fixture.indexInode()
        #expect(fixture.compare("warm") == cold)
        #expect(try fixture.indexInode() == inode)

        // Appended to: a copy of a line about c-102's cards (the same events once more).
        let log = try String(contentsOf: fixture.log, encoding: .utf8)
        let line = try #require(log.split(separator: "\n").first { $0.contains("\"candidate\":\"c-102\"") })
        try Data((log + line + "\n").utf8).write(to: fixture.log)
        fixture.compare("appended")
        #expect(try fixture.indexInode() != inode)
        inode = try fixture.indexInode()

        // Touched: the same bytes, a new modification time.
        try FileManager.default.setAttributes(
            [.modificationDate: Date(timeIntervalSinceNow: 3600)], ofItemAtPath: fixture.log.path)
        fixture.compare("touched")
        #expect(try fixture.indexInode() != inode)

        // Replaced by a log without the submit event of one of c-102's cards: that card is refused now (a card
        // without its event after keys were registered), with and without the index.
        let withoutSubmit =
            log.split(separator: "\n").filter { !$0.contains("claims-2026-01/c-102/anna-schmidt.yaml") }
            .joined(separator: "\n") + "\n"
        let replacement = fixture.temporary.url(".hirescore/audit.jsonl.new")
        try Data(withoutSubmit.utf8).write(to: replacement)
        #expect(rename(replacement.path, fixture.log.path) == 0)
        let replaced = fixture.compare("replaced")
        #expect(replaced != cold)

        // A corrupt index (cut short, garbage, offsets that are not line starts): rebuilt, never trusted.
        let fresh = try Data(contentsOf: try fixture.index())
        for (label, corrupt) in [
            ("cut short", fresh.prefix(fresh.count / 2)),
            ("garbage", Data("not an index\n".utf8)),
            (
                "offsets",
                Data(
                    String(decoding: fresh, as: UTF8.self).replacingOccurrences(
                        of: "\nK\t", with: "\nK\t1:1:10 ", options: [], range: nil
                    ).utf8)
            ),
        ] {
            try corrupt.write(to: try fixture.index())
            #expect(fixture.compare("corrupt index: \(label)") == replaced)
            #expect(try Data(contentsOf: try fixture.index()) == fresh, "the index is written anew (\(label))")
        }

        // An index others can write is not read; the next run replaces it with a private one.
        try FileManager.default.setAttributes([.posixPermissions: 0o666], ofItemAtPath: try fixture.index().path)
        #expect(fixture.compare("group- and world-writable index") == replaced)
        #expect(stat(try fixture.index().path, &status) == 0 && status.st_mode & 0o777 == 0o600)

        // An index owned by another user is not read either (only checkable where the test may give files away).
        if getuid() == 0 {
            #expect(chown(try fixture.index().path, 65_534, 65_534) == 0)
            #expect(fixture.compare("foreign index") == replaced)
            #expect(stat(try fixture.index().path, &status) == 0 && status.st_uid == 0)
        }
    }

    /// A cache folder others can write is neither read nor written; the results stay the same.
    @Test func aSharedCacheFolderIsNotUsed() throws {
        let fixture = try Fixture()
        try FileManager.default.createDirectory(
            at: fixture.indexFolder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o777])
        try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: fixture.indexFolder.path)
        fixture.compare("shared cache folder")
        #expect(try FileManager.default.contentsOfDirectory(atPath: fixture.indexFolder.path).isEmpty)
    }
}
