import Foundation
import Testing

@testable import ScoringCore

/// A report kept in the user's cache is read back exactly as it was kept, only by the program that kept it and only
/// under the digest it was kept under; a memo changed in any byte, cut short or not the user's own is never read. The
/// inputs' digest changes with every write to a file or folder it describes and is unsettled while one is recent.
@Suite struct ReportMemoTests {
    /// A private folder for a cache and the files described.
    final class Folder {
        let path: String

        init() throws {
            path = NSTemporaryDirectory() + "hirescore-memo-\(UUID().uuidString)"
            try FileManager.default.createDirectory(
                atPath: path, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        }

        deinit { try? FileManager.default.removeItem(atPath: path) }

        var cache: UserCache { UserCache(folder: path + "/cache") }
    }

    /// A report of 2.5 MB (more than two pieces), its text not repeating within a piece.
    static let report = (0..<50_000).map { "line \($0): Kundenorientierung – \($0 * 7919 % 10_007)\n" }.joined()

    /// Keeps `text` (in pieces of varied size) as memo `name`, with notes and a closing text.
    static func keep(_ text: String, in cache: UserCache, name: String = "memo", program: String = "program 1") throws {
        let recording = try #require(ReportMemo.Recording(cache: cache))
        var rest = Substring(text)
        var size = 1
        while !rest.isEmpty {
            recording.append(String(rest.prefix(size)))
            rest = rest.dropFirst(size)
            size = size * 3 % 70_001 + 1
        }
        recording.keep(
            in: cache, name: name, program: program, inputs: "inputs 1", exitStatus: 1, notes: "warning: früh\n",
            closing: "refused: 2 files\n")
    }

    /// The report of a memo, put together from its pieces.
    static func report(of memo: ReportMemo) -> String? {
        var bytes: [UInt8] = []
        var pieces = 0
        guard
            memo.report({
                bytes += $0
                pieces += 1
            })
        else { return nil }
        #expect(pieces == (bytes.count + ReportMemo.piece - 1) / ReportMemo.piece)
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test func aKeptReportReadsBackWhole() throws {
        let folder = try Folder()
        try Self.keep(Self.report, in: folder.cache)
        let memo = try #require(
            ReportMemo.read(from: folder.cache, name: "memo", program: "program 1", inputs: "inputs 1"))
        #expect(memo.exitStatus == 1)
        #expect(memo.notes == "warning: früh\n")
        #expect(memo.closing == "refused: 2 files\n")
        #expect(memo.reportCount == Self.report.utf8.count)
        #expect(Self.report(of: memo) == Self.report)
        var status = stat()
        #expect(stat(folder.cache.folder + "/memo", &status) == 0 && status.st_mode & 0o777 == 0o600)
        // An empty report and empty texts are kept too.
        let recording = try #require(ReportMemo.Recording(cache: folder.cache))
        recording.keep(
            in: folder.cache, name: "empty", program: "p", inputs: "i", exitStatus: 0, notes: "", closing: "")
        let empty = try #require(ReportMemo.read(from: folder.cache, name: "empty", program: "p", inputs: "i"))
        #expect(empty.reportCount == 0 && Self.report(of: empty) == "" && empty.notes.isEmpty)
    }

    @Test func onlyTheSameProgramAndInputsReadIt() throws {
        let folder = try Folder()
        try Self.keep("report\n", in: folder.cache)
        for (program, inputs) in [("program 2", "inputs 1"), ("program 1", "inputs 2"), ("", ""), ("program 1", "")] {
            #expect(ReportMemo.read(from: folder.cache, name: "memo", program: program, inputs: inputs) == nil)
        }
        #expect(ReportMemo.read(from: folder.cache, name: "other", program: "program 1", inputs: "inputs 1") == nil)
    }

    @Test func aDamagedMemoIsNeverRead() throws {
        let folder = try Folder()
        try Self.keep("a short report\n", in: folder.cache)
        let path = folder.cache.folder + "/memo"
        let kept = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(ReportMemo.read(from: folder.cache, name: "memo", program: "program 1", inputs: "inputs 1") != nil)
        // Every byte changed in turn (header, texts, report, digest), and the file cut short at every length.
        var damaged: [Data] = (0..<kept.count).map { index in
            var copy = kept
            copy[index] ^= 0x01
            return copy
        }
        damaged += (0..<kept.count).map { kept.prefix($0) }
        damaged.append(kept + Data([0]))
        for (number, bytes) in damaged.enumerated() {
            try bytes.write(to: URL(fileURLWithPath: path))
            #expect(chmod(path, 0o600) == 0)
            let memo = ReportMemo.read(from: folder.cache, name: "memo", program: "program 1", inputs: "inputs 1")
            #expect(memo == nil, "damaged memo \(number) was read")
        }
        // A sound memo others can write is not read either.
        try kept.write(to: URL(fileURLWithPath: path))
        #expect(chmod(path, 0o620) == 0)
        #expect(ReportMemo.read(from: folder.cache, name: "memo", program: "program 1", inputs: "inputs 1") == nil)
    }

    @Test func theInputsDigestFollowsEveryChange() throws {
        let folder = try Folder()
        let tree = folder.path + "/tree"
        try FileManager.default.createDirectory(atPath: tree + "/sub", withIntermediateDirectories: true)
        let file = tree + "/sub/card.yaml"
        try Data("level: 3\n".utf8).write(to: URL(fileURLWithPath: file))
        // A link back up the tree: described once, not followed round and round.
        try FileManager.default.createSymbolicLink(atPath: tree + "/sub/up", withDestinationPath: tree)
        let later = Int64(Date().timeIntervalSince1970) + 10
        func digest(now: Int64 = later, question: String = "merge") -> (String, Bool) {
            var inputs = ReportInputs(now: now)
            inputs.add(question)
            inputs.addFiles([file, tree + "/missing.yaml"])
            inputs.addTree(tree)
            return (inputs.finalize(), inputs.isSettled)
        }
        let (first, settled) = digest()
        #expect(settled)
        #expect(digest().0 == first)
        #expect(digest(question: "rank").0 != first)
        // Just written: not settled.
        #expect(digest(now: Int64(Date().timeIntervalSince1970)).1 == false)
        // A new modification time, the same bytes.
        try FileManager.default.setAttributes(
            [.modificationDate: Date(timeIntervalSinceNow: -3600)], ofItemAtPath: file)
        let touched = digest().0
        #expect(touched != first)
        // A hidden file added anywhere in the tree, then removed again: the folder's own state changed.
        try Data().write(to: URL(fileURLWithPath: tree + "/.lock"))
        let added = digest().0
        #expect(added != touched)
        try FileManager.default.removeItem(atPath: tree + "/.lock")
        #expect(digest().0 != added)
        // The missing file appears.
        try Data().write(to: URL(fileURLWithPath: tree + "/missing.yaml"))
        #expect(digest().0 != added)
    }
}
