import Foundation
import ScoringCore
import Testing

@testable import PostgresStore

/// The private temporary folders of commands on a database store: a folder whose process was killed (`kill -9`)
/// is removed by the next command; nothing else is ever touched. No server needed.
@Suite struct TemporaryStoreFolderTests {
    /// A process that has ended (started, waited for and reaped), so its id names no process.
    static func goneProcess() throws -> pid_t {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }

    /// A folder named `name` in `directory` whose owner file says `pid` (none when nil).
    static func folder(_ name: String, in directory: String, pid: pid_t?) throws -> String {
        let path = directory + "/" + name
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        try Data("personal data\n".utf8).write(to: URL(fileURLWithPath: path + "/card.yaml"))
        if let pid {
            try Data("\(pid)\n".utf8).write(to: URL(fileURLWithPath: path + "/" + TemporaryStoreFolder.ownerFile))
        }
        return path
    }

    @Test func aKilledCommandsFolderIsRemovedAndNothingElse() throws {
        let directory = NSTemporaryDirectory() + "hs-tmp-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: false)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let gone = try Self.goneProcess()
        let live = getppid()
        // name, owner pid, kept?
        let scenarios: [(name: String, pid: pid_t?, kept: Bool)] = [
            ("hirescore-store.gone01", gone, false),
            ("hirescore-store.live01", live, true),
            ("hirescore-store.self01", getpid(), true),
            ("hirescore-store.nopid1", nil, true),
            ("hirescore-store.badpid", nil, true),
            ("other-folder.gone01", gone, true),
        ]
        for scenario in scenarios {
            _ = try Self.folder(scenario.name, in: directory, pid: scenario.pid)
        }
        try Data("not a number\n".utf8).write(
            to: URL(fileURLWithPath: directory + "/hirescore-store.badpid/" + TemporaryStoreFolder.ownerFile))
        // A link to a stale folder is not followed; a file with the name is not a folder.
        let target = try Self.folder("elsewhere", in: directory, pid: gone)
        try FileManager.default.createSymbolicLink(
            atPath: directory + "/hirescore-store.link01", withDestinationPath: target)
        try Data("x".utf8).write(to: URL(fileURLWithPath: directory + "/hirescore-store.file01"))
        // Another user's folder stays, whatever its process (only root can make one here).
        var expectedKept =
            scenarios.filter(\.kept).map(\.name) + ["elsewhere", "hirescore-store.file01", "hirescore-store.link01"]
        if getuid() == 0 {
            let foreign = try Self.folder("hirescore-store.other1", in: directory, pid: gone)
            #expect(chown(foreign, 65534, 65534) == 0)
            expectedKept.append("hirescore-store.other1")
        }
        let removed = TemporaryStoreFolder.removeStale(in: directory)
        #expect(removed == [directory + "/hirescore-store.gone01"])
        let left = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
        #expect(left == expectedKept.sorted())
    }

    @Test func makeCreatesAPrivateFolderNamingThisProcessAndRemovesStaleOnes() throws {
        let directory = NSTemporaryDirectory() + "hs-tmp-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: false)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        _ = try Self.folder("hirescore-store.gone02", in: directory, pid: try Self.goneProcess())
        let folder = try TemporaryStoreFolder.make(in: directory + "/")
        #expect(folder.hasPrefix(directory + "/hirescore-store."))
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: directory) == [(folder as NSString).lastPathComponent])
        var status = stat()
        #expect(stat(folder, &status) == 0)
        #expect(status.st_mode & 0o777 == 0o700)
        let owner = try String(contentsOfFile: folder + "/" + TemporaryStoreFolder.ownerFile, encoding: .utf8)
        #expect(owner == "\(getpid())\n")
        #expect(TemporaryStoreFolder.isStale(folder) == false)
    }

    @Test func aFolderThatCannotBeMadeIsOneSentenceNamingTheDirectory() {
        #expect(
            throws: CopyError(
                message: PostgresStoreMessages.noTemporaryFolder(
                    "/nonexistent-hs", reason: "No such file or directory"))
        ) {
            try TemporaryStoreFolder.make(in: "/nonexistent-hs")
        }
        #expect(
            PostgresStoreMessages.noTemporaryFolder("/nonexistent-hs", reason: "No such file or directory").text(
                in: .en)
                == "cannot make a private temporary folder in /nonexistent-hs: No such file or directory; free space there, or name another folder with TMPDIR"
        )
    }
}
