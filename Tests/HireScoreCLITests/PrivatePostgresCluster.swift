import Foundation
import PostgresStore

/// A PostgreSQL 15 cluster of one test's own, for a fault that would disturb the other suites on the shared test
/// server: a restart. Made as scripts/with-postgres.sh makes the shared one (a temporary folder, loopback at a
/// free port, trusted logins; as the `postgres` user when the tests run as root); ``remove()`` stops and deletes it.
/// ``makeStandby()`` makes a hot standby of it: a second cluster that streams its changes (streaming replication).
final class PrivatePostgresCluster: Sendable {
    static let programs = "/usr/lib/postgresql/15/bin"

    /// The cluster's folder (its data in `data`, its log in `server.log`).
    let folder: String
    let port: Int

    /// The administrator's URL of the cluster's `hirescore_test` database.
    var url: String { "postgresql://hirescore_admin@127.0.0.1:\(port)/hirescore_test?sslmode=disable" }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Makes and starts a new cluster with an empty `hirescore_test` database: a primary that a standby can be made
    /// of (`wal_level=replica`, and replication connections trusted on loopback).
    init() throws {
        (folder, port) = try Self.newFolderAndPort()
        try asServer(
            Self.programs + "/initdb",
            ["-D", folder + "/data", "-U", "hirescore_admin", "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8"])
        // initdb's pg_hba.conf already trusts replication on loopback with --auth=trust; said once more so that a
        // standby does not depend on that default.
        let hba = try FileHandle(forWritingTo: URL(fileURLWithPath: folder + "/data/pg_hba.conf"))
        try hba.seekToEnd()
        try hba.write(contentsOf: Data("host replication all 127.0.0.1/32 trust\n".utf8))
        try hba.close()
        try start()
        try Self.run(
            Self.programs + "/psql",
            [
                "-X", "-q", "-h", "127.0.0.1", "-p", "\(port)", "-U", "hirescore_admin", "-d", "postgres", "-c",
                "CREATE DATABASE hirescore_test",
            ])
    }

    /// A hot standby of this cluster, started on a port of its own: its data copied with `pg_basebackup -R` (which
    /// writes `primary_conninfo` and `standby.signal`), streaming this cluster's changes from then on. Its
    /// ``url`` names the same database; the caller removes it with ``remove()``. ``replayed(from:)`` waits until
    /// it has caught up.
    func makeStandby() throws -> PrivatePostgresCluster {
        let standby = try PrivatePostgresCluster(standbyOf: self)
        do {
            try standby.start()
        } catch {
            standby.remove()
            throw error
        }
        return standby
    }

    private init(standbyOf primary: PrivatePostgresCluster) throws {
        (folder, port) = try Self.newFolderAndPort()
        do {
            try asServer(
                Self.programs + "/pg_basebackup",
                [
                    "-D", folder + "/data", "-R", "-c", "fast", "-h", "127.0.0.1", "-p", "\(primary.port)", "-U",
                    "hirescore_admin",
                ])
        } catch {
            try? FileManager.default.removeItem(atPath: folder)
            throw error
        }
    }

    /// Waits until this standby has replayed everything `primary` had written when called (its WAL position then),
    /// for at most `seconds`.
    func replayed(from primary: PrivatePostgresCluster, seconds: Double = 30) async throws {
        let written = try await PostgresTestServer.rows(primary.url, "SELECT pg_catalog.pg_current_wal_lsn()::text")
        guard let position = written.first else { throw Failure(description: "no WAL position on the primary") }
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            let caughtUp = try await PostgresTestServer.rows(
                url, "SELECT (pg_catalog.pg_last_wal_replay_lsn() >= '\(position)'::pg_lsn)::text")
            if caughtUp == ["true"] { return }
            try await Task.sleep(for: .milliseconds(50))
        }
        throw Failure(description: "the standby on port \(port) did not replay up to \(position) within \(seconds) s")
    }

    /// Promotes this standby to a primary (`pg_ctl promote`), returning once it takes writes.
    func promote() throws {
        try asServer(Self.programs + "/pg_ctl", ["-D", folder + "/data", "-w", "promote"])
    }

    /// Restarts the server as `pg_ctl restart -m fast` does (every connection ends, open transactions are undone),
    /// returning once it takes connections again.
    func restart() throws {
        try asServer(
            Self.programs + "/pg_ctl",
            ["-D", folder + "/data", "-l", folder + "/server.log", "-m", "fast", "-w", "restart"])
    }

    /// Starts the server, returning once it takes connections; `settings` are more `-c name=value` settings
    /// (`default_transaction_read_only=on` for a server whose sessions are read-only).
    func start(settings: [String] = []) throws {
        let more = settings.map { " -c " + $0 }.joined()
        try asServer(
            Self.programs + "/pg_ctl",
            [
                "-D", folder + "/data", "-l", folder + "/server.log", "-w", "-o",
                "-p \(port) -k \(folder) -c listen_addresses=127.0.0.1 -c fsync=off -c wal_level=replica" + more,
                "start",
            ])
    }

    /// Stops the server as `pg_ctl stop -m fast` does (every connection ends, open transactions are undone).
    func stop() throws {
        try asServer(Self.programs + "/pg_ctl", ["-D", folder + "/data", "-m", "fast", "-w", "stop"])
    }

    /// Stops the server and deletes the cluster.
    func remove() {
        try? asServer(Self.programs + "/pg_ctl", ["-D", folder + "/data", "-m", "immediate", "-w", "stop"])
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// A new temporary folder for a cluster (owned by the `postgres` user when the tests run as root) and a free port.
    /// The folder is in `HIRESCORE_TEST_PRIVATE_CLUSTERS` when it is set (scripts/with-postgres.sh sets it, and stops
    /// and removes the clusters there when it ends, also those of a test that was killed).
    private static func newFolderAndPort() throws -> (folder: String, port: Int) {
        let parent = ProcessInfo.processInfo.environment["HIRESCORE_TEST_PRIVATE_CLUSTERS"].flatMap {
            $0.isEmpty ? nil : $0 + "/"
        }
        let template = (parent ?? NSTemporaryDirectory()) + "hs-private-pg.XXXXXX"
        var bytes = Array(template.utf8CString)
        guard let made = mkdtemp(&bytes) else { throw Failure(description: "mkdtemp failed for \(template)") }
        let folder = String(cString: made)
        if getuid() == 0 { try run("/bin/chown", ["postgres:", folder]) }
        return (folder, try freePort())
    }

    /// Runs a server program, as the `postgres` user when the tests run as root (the server refuses root).
    private func asServer(_ program: String, _ arguments: [String]) throws {
        guard getuid() == 0 else { return try Self.run(program, arguments) }
        let quoted = ([program] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        try Self.run("/bin/su", ["postgres", "-s", "/bin/sh", "-c", quoted.joined(separator: " ")])
    }

    /// Runs a program and waits for it, its output into a file. Not with Foundation's `Process`: on Linux it
    /// notices the end of a program when every process holding its watch descriptor is gone, and the server that
    /// `pg_ctl start` leaves running inherits it.
    private static func run(_ program: String, _ arguments: [String]) throws {
        let log = NSTemporaryDirectory() + "hs-private-pg-" + UUID().uuidString + ".log"
        defer { try? FileManager.default.removeItem(atPath: log) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, log, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let argv = ([program] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid = pid_t()
        guard posix_spawn(&pid, program, &actions, nil, argv, environ) == 0 else {
            throw Failure(description: "cannot run \(program)")
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        guard status == 0 else {
            let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
            throw Failure(description: "\(program) \(arguments) failed (status \(status)): \(text)")
        }
    }

    /// A port the kernel has just handed out (as scripts/with-postgres.sh picks one).
    private static func freePort() throws -> Int {
        #if os(Linux)
            let stream = Int32(SOCK_STREAM.rawValue)
        #else
            let stream = SOCK_STREAM
        #endif
        let descriptor = socket(AF_INET, stream, 0)
        guard descriptor >= 0 else { throw Failure(description: "no socket for a free port") }
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { generic in
                bind(descriptor, generic, length) == 0 && getsockname(descriptor, generic, &length) == 0
            }
        }
        guard bound else { throw Failure(description: "no free port") }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}

extension PostgresRecordsCommandTests.Stores {
    /// Sets the store up on `cluster`, shown as the CLI names its URL; `logins` as in ``init(url:shown:logins:)``.
    convenience init(on cluster: PrivatePostgresCluster, logins: [String: String]? = nil) async throws {
        try await self.init(
            url: cluster.url, shown: try PostgresConnectionSettings(url: cluster.url).description, logins: logins)
    }
}
