import Foundation
import PostgresStore
import Testing

/// What a record-changing command on a database store writes back (``StoreChanges``), and that it is all or
/// nothing (``DatabaseRecords``).
struct StoreChangesTests {
    static func card(_ candidate: String, _ id: String, _ text: String) -> StoreContent.Card {
        .init(
            requisition: "r-1", candidate: candidate, fileName: id + ".yaml", status: "submitted",
            seal: "sha256:" + id, bytes: Array(text.utf8))
    }

    @Test func theDifferenceIsWhatTheCommandChanged() throws {
        var before = StoreContent()
        before.cards = [Self.card("c-1", "anna", "a\n"), Self.card("c-2", "ben", "b\n")]
        before.auditLines = [Array("{\"seq\":1}\n".utf8)]
        before.files = [".hirescore/holds.json": Array("[]\n".utf8), "r-1/c-2/report.html": [1]]
        var after = before
        after.cards = [Self.card("c-1", "anna", "a\nretain-until: 2026-07-15\n"), Self.card("c-3", "clara", "c\n")]
        after.auditLines += [Array("{\"seq\":2}\n".utf8), Array("{\"seq\":3}\n".utf8)]
        after.files = [
            ".hirescore/holds.json": Array("[1]\n".utf8), ".hirescore/decisions.json": [2],
            ".hirescore/audit.lock": [], ".hirescore/pending": Array("3\n".utf8),
        ]
        let changes = try StoreChanges(from: before, to: after)
        #expect(changes.changedCards.map(\.path) == ["r-1/c-1/anna.yaml"])
        #expect(changes.addedCards.map(\.path) == ["r-1/c-3/clara.yaml"])
        #expect(changes.removedCards.map(\.path) == ["r-1/c-2/ben.yaml"])
        #expect(changes.firstLineNumber == 2)
        #expect(changes.appendedLines.count == 2)
        // The lock file and the commit marker of the folder copy are not store content.
        #expect(changes.writtenFiles.keys.sorted() == [".hirescore/decisions.json", ".hirescore/holds.json"])
        #expect(changes.removedFiles == ["r-1/c-2/report.html"])
        #expect(try StoreChanges(from: after, to: after).isEmpty)
    }

    /// Anna's card, sealed `seal`, with `text`; `amends` and `superseded` as an amendment leaves them.
    static func version(_ seal: String, _ text: String, amends: String? = nil, superseded: Bool = false)
        -> StoreContent.Card
    {
        .init(
            requisition: "r-1", candidate: "c-1", fileName: "anna.yaml", status: "submitted", seal: "sha256:" + seal,
            bytes: Array(text.utf8), amends: amends.map { "sha256:" + $0 }, isSuperseded: superseded)
    }

    /// An amendment is a new row beside the card it supersedes, which is neither changed nor removed; a decision's
    /// retention date changes each version in its row; a purge removes every version; an amendment that did not
    /// keep the card it replaced removes it (the database then refuses the amendment's link at the commit).
    @Test(arguments: [
        ("amend", ["1"], ["2>1", "1s"], ["r-1/c-1/anna.yaml"], [String](), [String]()),
        ("amend again", ["1s", "2>1"], ["1s", "2s>1", "3>2"], ["r-1/c-1/anna.yaml"], [], []),
        (
            "retention", ["1s", "2>1"], ["1s+", "2>1+"], [], ["r-1/c-1/.superseded/anna.1.yaml", "r-1/c-1/anna.yaml"],
            []
        ),
        ("purge", ["1s", "2>1"], [], [], [], ["r-1/c-1/.superseded/anna.1.yaml", "r-1/c-1/anna.yaml"]),
        ("lost", ["1"], ["2>1"], ["r-1/c-1/anna.yaml"], [], ["r-1/c-1/anna.yaml"]),
    ])
    func amendmentsAreNewRows(
        scenario: String, before: [String], after: [String], added: [String], changed: [String], removed: [String]
    ) throws {
        // "2s>1+": seal 2, superseded, amends 1, with a retention date.
        func cards(_ specs: [String]) -> [StoreContent.Card] {
            specs.map { spec in
                let parts = spec.replacingOccurrences(of: "+", with: "").split(separator: ">").map(String.init)
                let seal = parts[0].replacingOccurrences(of: "s", with: "")
                let text = "card \(seal)\n" + (spec.hasSuffix("+") ? "retain-until: 2027-01-01\n" : "")
                return Self.version(seal, text, amends: parts.dropFirst().first, superseded: parts[0].hasSuffix("s"))
            }
        }
        var old = StoreContent()
        old.cards = cards(before)
        var new = StoreContent()
        new.cards = cards(after)
        let changes = try StoreChanges(from: old, to: new)
        #expect(changes.addedCards.map(\.path).sorted() == added, "\(scenario)")
        #expect(changes.changedCards.map(\.path).sorted() == changed, "\(scenario)")
        #expect(changes.removedCards.map(\.path).sorted() == removed, "\(scenario)")
        #expect(changes.addedCards.allSatisfy { $0.amends != nil } || added.isEmpty, "\(scenario)")
    }

    /// A store copied in before schema version 6 has a folder's superseded card among its other files; a command's
    /// folder copy reads it as a card, which is no change.
    @Test func aSupersededCardKeptAsAFileStaysAFile() throws {
        var old = StoreContent()
        old.cards = [Self.version("2", "card 2\n")]
        old.files = ["r-1/c-1/.superseded/anna.1.yaml": Array("card 1\n".utf8)]
        var new = StoreContent()
        new.cards = [Self.version("1", "card 1\n", superseded: true), Self.version("2", "card 2\n", amends: "1")]
        let changes = try StoreChanges(from: old, to: new)
        #expect(changes.isEmpty, "\(changes)")
    }

    @Test(arguments: [
        [Array("{\"seq\":1,\"changed\":true}\n".utf8), Array("{\"seq\":2}\n".utf8)],
        [[UInt8]](),
    ])
    func theLogOnlyGrows(lines: [[UInt8]]) {
        var before = StoreContent()
        before.auditLines = [Array("{\"seq\":1}\n".utf8)]
        var after = before
        after.auditLines = lines
        #expect {
            try StoreChanges(from: before, to: after)
        } throws: { error in
            TestServer.message(of: error)
                == "the command changed lines of the audit log that were already written; the log only grows, so nothing was changed in the store"
        }
    }
}

@Suite(.enabled(if: TestServer.enabled, TestServer.skipReason))
struct DatabaseRecordsTests {
    struct Refused: Error {}

    @Test func anOperationThatFailsLeavesNothingAndOneThatSucceedsIsWrittenBack() async throws {
        try await TestServer.withDatabase { admin, _ in
            var content = StoreContent()
            content.auditLines = [Array("{\"seq\":1}\n".utf8)]
            content.cards = [StoreChangesTests.card("c-1", "anna", "a\n")]
            let initial = content
            try await StoreDatabase.with(admin) { database throws(StoreDatabaseError) in
                _ = try await SchemaMigrator.migrate(database, binaryVersion: "test")
                try await initial.write(database: database)
            }
            let parent = FileManager.default.temporaryDirectory.appendingPathComponent(TestServer.uniqueName("hs-w"))
            defer { try? FileManager.default.removeItem(at: parent) }
            let workspace = parent.appendingPathComponent("store").path
            // Appends a line and deletes the card, then fails: the database keeps what it had.
            do {
                _ = try await DatabaseRecords.change(admin, workspace: workspace) { root in
                    let log = FileHandle(forWritingAtPath: root + "/.hirescore/audit.jsonl")
                    try log?.seekToEnd()
                    try log?.write(contentsOf: Data("{\"seq\":2}\n".utf8))
                    try log?.close()
                    try FileManager.default.removeItem(atPath: root + "/r-1/c-1/anna.yaml")
                    throw Refused()
                }
                Issue.record("the failing operation returned")
            } catch is Refused {}
            #expect(!FileManager.default.fileExists(atPath: workspace), "the folder copy was left behind")
            let unchanged = try await StoreDatabase.with(admin) { database throws(StoreDatabaseError) in
                try await StoreContent.read(database: database)
            }
            #expect(unchanged == initial)
            // The same operation without the failure is written back.
            let value = try await DatabaseRecords.change(admin, workspace: workspace) { root in
                let log = FileHandle(forWritingAtPath: root + "/.hirescore/audit.jsonl")
                try log?.seekToEnd()
                try log?.write(contentsOf: Data("{\"seq\":2}\n".utf8))
                try log?.close()
                try FileManager.default.removeItem(atPath: root + "/r-1/c-1/anna.yaml")
                return 42
            }
            #expect(value == 42)
            let changed = try await StoreDatabase.with(admin) { database throws(StoreDatabaseError) in
                try await StoreContent.read(database: database)
            }
            #expect(changed.cards.isEmpty)
            #expect(changed.auditLines == initial.auditLines + [Array("{\"seq\":2}\n".utf8)])
        }
    }
}
