import Foundation
import PostgresStore
import Testing

/// `store copy`: a folder into the database and back gives the same files, byte for byte.
struct StoreCopyTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path
    static let exampleStore = packageRoot + "/examples/store"

    static func temporaryFolder() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(TestServer.uniqueName("hs-copy"))
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    /// Every file below a folder with its bytes.
    static func files(in root: String) -> [String: Data] {
        var result: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: root)
        while let relative = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: root + "/" + relative, isDirectory: &isDirectory)
            if !isDirectory.boolValue { result[relative] = FileManager.default.contents(atPath: root + "/" + relative) }
        }
        return result
    }

    @Test func theExampleStoreReadsAsNineteenCardsAndItsLog() throws {
        let content = try StoreContent.read(folder: Self.exampleStore)
        #expect(content.cards.count == 19)
        #expect(content.cards.allSatisfy { $0.status == "submitted" && $0.seal?.hasPrefix("sha256:") == true })
        #expect(content.auditLines.count > 0)
        #expect(
            Data(content.auditLines.joined())
                == FileManager.default.contents(atPath: Self.exampleStore + "/.hirescore/audit.jsonl"))
        #expect(content.files.isEmpty)
    }

    @Test func aLogCutShortAndEmptyLinesComeBackAsTheyWere() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/store/.hirescore", withIntermediateDirectories: true)
        let log = Data("{\"a\":1}\n\n{\"b\":2}\r\n{\"torn\"".utf8)
        try log.write(to: URL(fileURLWithPath: folder + "/store/.hirescore/audit.jsonl"))
        // The log's lock file stays between commands: an ordinary file, copied like the others.
        try Data().write(to: URL(fileURLWithPath: folder + "/store/.hirescore/audit.lock"))
        let content = try StoreContent.read(folder: folder + "/store")
        #expect(content.auditLines.count == 4)
        #expect(content.files == [".hirescore/audit.lock": []])
        try content.write(folder: folder + "/back")
        #expect(FileManager.default.contents(atPath: folder + "/back/.hirescore/audit.jsonl") == log)
        // Writing into a folder that holds anything is refused: nothing is overwritten.
        #expect(throws: CopyError.self) { try content.write(folder: folder + "/store") }
    }

    @Test func aFolderHoldingALinkOrALockIsRefusedNamingTheFile() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/r/c", withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: folder + "/r/c/anna.yaml.lock", contents: Data())
        #expect(throws: CopyError.self) { try StoreContent.read(folder: folder) }
        do {
            _ = try StoreContent.read(folder: folder)
        } catch {
            #expect(
                TestServer.message(of: error)
                    == "\(folder)/r/c/anna.yaml.lock: a scorecard is being entered right now; copy the store when the entry has ended (or remove the lock if its process is gone)"
            )
        }
    }

    @Test(.enabled(if: TestServer.enabled, TestServer.skipReason))
    func aRoundTripThroughTheDatabaseKeepsEveryByte() async throws {
        try await TestServer.withDatabase { settings, _ in
            try await StoreDatabase.with(settings) { database throws(StoreDatabaseError) in
                _ = try await SchemaMigrator.migrate(database, binaryVersion: "test")
            }
            // Beside the example store: a draft, a report file and the store's settings, to copy every kind.
            let source = try Self.temporaryFolder()
            let target = try Self.temporaryFolder()
            let back = target + "/back"
            defer {
                try? FileManager.default.removeItem(atPath: source)
                try? FileManager.default.removeItem(atPath: target)
            }
            let store = source + "/store"
            try FileManager.default.copyItem(atPath: Self.exampleStore, toPath: store)
            try Data("retention-months: 6".utf8).write(to: URL(fileURLWithPath: store + "/.hirescore/settings.json"))
            try Data("<html>ü</html>\n".utf8).write(
                to: URL(fileURLWithPath: store + "/claims-2026-01/c-101/report.html"))
            let into = try await StoreCopy.copy(from: .folder(store), to: .postgres(settings))
            #expect(into.cards == 19)
            #expect(into.files == 2)
            let out = try await StoreCopy.copy(from: .postgres(settings), to: .folder(back))
            #expect(out == into)
            #expect(Self.files(in: back) == Self.files(in: store))
            #expect(Self.files(in: back).count == 22)
            // A second copy into the same store is refused: nothing is overwritten.
            do {
                _ = try await StoreCopy.copy(from: .folder(store), to: .postgres(settings))
                Issue.record("copied into a store that is not empty")
            } catch {
                #expect(TestServer.message(of: error).hasPrefix("the database store postgresql://"))
            }
        }
    }
}
