import Foundation
import PostgresStore
import Testing

/// Faults while a record-changing command holds its transaction on a PostgreSQL store (issue 21): the server
/// ends the connection, or the user interrupts the command. The command ends with one plain sentence, the server
/// undoes the transaction, the temporary copy is gone, and the same command then succeeds.
///
/// The test holds the store's record lock, so the command waits inside its transaction at a known point; the
/// fault comes while it waits. The server's connection end is `pg_terminate_backend` on the command's backend,
/// which is what a fast shutdown or restart does to every backend, without restarting the server that the
/// other suites use at the same time.
@Suite(.enabled(if: PostgresTestServer.enabled, PostgresTestServer.skipReason))
struct PostgresFaultTests {
    /// The record lock of `DatabaseRecords` (its key).
    static let lockKey: Int64 = 0x4869_7265_5265_636F

    enum Fault {
        case serverEndsConnection
        case serverRestarts(PrivatePostgresCluster)
        case signal(Int32)
    }

    /// Runs hirescore with `arguments` as `member` while the test holds the record lock, brings `fault` once
    /// the command waits for the lock, then lets the lock go; returns what the command did.
    static func whileWaiting(
        _ stores: PostgresRecordsCommandTests.Stores, _ arguments: [String], as member: String, temporary: String,
        fault: Fault
    ) async throws -> (exitCode: Int32, stdout: String, stderr: String) {
        let admin = try await StoreDatabase.connect(try PostgresConnectionSettings(url: stores.url))
        try await admin.execute("SELECT pg_advisory_lock(\(lockKey))")
        let process = Process()
        process.executableURL = HireScoreProcess.executableURL
        process.arguments =
            arguments + ["--rubrics", TestPaths.shippedRubrics.path, "--store", stores.url(as: member).url]
        process.environment = HireScoreProcess.childEnvironment([
            "HIRESCORE_STORE": "", "USER": "test-user", "TMPDIR": temporary,
        ])
        process.standardInput = FileHandle.nullDevice
        let (output, errors) = (Pipe(), Pipe())
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        // The command's backend, once it waits for the lock (polled; the test bounds the wait, not a time).
        var backend: String?
        for _ in 0..<1200 where backend == nil {
            let rows = try await admin.query(
                """
                SELECT pid::text FROM pg_stat_activity WHERE datname = current_database()
                AND wait_event_type = 'Lock' AND query LIKE '%pg_advisory_xact_lock%'
                """)
            backend = rows.first.flatMap { try? $0.decode(String.self) }
            if backend == nil { try await Task.sleep(for: .milliseconds(50)) }
        }
        let waiting = try #require(backend, "the command never waited for the record lock")
        switch fault {
        case .serverEndsConnection:
            try await admin.execute("SELECT pg_terminate_backend(\(waiting))")
        case .serverRestarts(let cluster):
            try cluster.restart()
        case .signal(let number):
            kill(process.processIdentifier, number)
        }
        let stdout = output.fileHandleForReading.readDataToEndOfFile()
        let stderr = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard case .serverRestarts = fault else {
            try await admin.execute("SELECT pg_advisory_unlock(\(lockKey))")
            try await Self.awaitEnd(of: waiting, admin: admin)
            await admin.close()
            return (
                process.terminationStatus, String(decoding: stdout, as: UTF8.self),
                String(decoding: stderr, as: UTF8.self)
            )
        }
        // The restart ended every backend, the test's own too (and with it the lock).
        await admin.close()
        return (
            process.terminationStatus, String(decoding: stdout, as: UTF8.self),
            String(decoding: stderr, as: UTF8.self)
        )
    }

    /// Waits until the server has ended the interrupted command's backend, rolling its transaction back.
    static func awaitEnd(of waiting: String, admin: StoreDatabase) async throws {
        for _ in 0..<1200 {
            let rows = try await admin.query(
                "SELECT count(*)::text FROM pg_stat_activity WHERE pid::text = \(waiting)")
            if rows.first.flatMap({ try? $0.decode(String.self) }) == "0" { break }
            try await Task.sleep(for: .milliseconds(50))
        }
    }

    static func temporaryFolder() throws -> String {
        let folder = NSTemporaryDirectory() + "hs-fault-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
        return folder
    }

    /// The command's `ROLLBACK` after the lost lock wait once waited forever: the client writes a statement for a
    /// closed connection to nowhere (``StoreDatabase/query(_:)`` now ends it with the lost connection).
    @Test func theServerEndingTheConnectionMidDecideChangesNothingAndTheDecisionThenSucceeds() async throws {
        try await PostgresTestServer.withDatabase { url, shown in
            let stores = try await PostgresRecordsCommandTests.Stores(url: url, shown: shown)
            try await Self.decideSurvives(.serverEndsConnection, stores: stores)
            try await stores.dropLogins()
        }
    }

    /// `pg_ctl restart -m fast` while `decide` waits for the record lock, on a cluster of the test's own (the
    /// other suites share the test server): the command ends with the lost connection, nothing was kept, and once
    /// the server is back the decision succeeds and the audit log verifies.
    @Test func theServerRestartingMidDecideChangesNothingAndTheDecisionThenSucceeds() async throws {
        let cluster = try PrivatePostgresCluster()
        defer { cluster.remove() }
        let shown = try PostgresConnectionSettings(url: cluster.url).description
        let stores = try await PostgresRecordsCommandTests.Stores(url: cluster.url, shown: shown)
        try await Self.decideSurvives(.serverRestarts(cluster), stores: stores)
    }

    /// Runs `decide` as Rita while `fault` strikes during its wait for the record lock: the command ends with the
    /// lost connection, nothing was kept and its temporary copy is gone; run again, the decision succeeds and the
    /// audit log verifies.
    static func decideSurvives(_ fault: Fault, stores: PostgresRecordsCommandTests.Stores) async throws {
        let temporary = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: temporary) }
        let decide = [
            "decide", "--candidate", "c-101", "--requisition", "claims-2026-01", "--outcome", "rejected",
            "--date", "2026-01-20", "--reason", PostgresRecordsCommandTests.reason, "--actor", "Rita",
        ]
        let before = try await stores.counts()
        let lost = try await Self.whileWaiting(
            stores, decide, as: "rita", temporary: temporary, fault: fault)
        #expect(lost.exitCode == 1)
        #expect(lost.stdout == "")
        #expect(
            lost.stderr
                == "error: the connection to the PostgreSQL store \(stores.url(as: "rita").shown) was lost (the server stopped or restarted): the unfinished transaction is undone by the server and nothing of it was kept; run the command again when the server is back\n"
        )
        #expect(try await stores.counts() == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: temporary) == [])
        let again = await PostgresTestServer.run(
            decide + ["--rubrics", TestPaths.shippedRubrics.path, "--store", stores.url(as: "rita").url],
            environment: ["HIRESCORE_STORE": "", "USER": "test-user", "TMPDIR": temporary])
        #expect(again.exitCode == 0, "\(again.stderr)")
        #expect(again.stdout.hasPrefix("Decision recorded: c-101 rejected on 2026-01-20"))
        let verified = await stores.onDatabase(["audit", "verify"], as: "rita")
        #expect(verified.exitCode == 0, "\(verified.stderr)")
        #expect(verified.stdout.hasPrefix("audit log intact: "))
        #expect(try FileManager.default.contentsOfDirectory(atPath: temporary) == [])
    }

    /// A command waits for the record lock no longer than the server's `lock_timeout` for the user (else two
    /// minutes), then says another change holds it; nothing changes, and the copy is gone.
    @Test func aCommandWaitingLongerThanTheLockTimeoutSaysAnotherChangeHoldsTheLock() async throws {
        try await PostgresTestServer.withDatabase { url, shown in
            let stores = try await PostgresRecordsCommandTests.Stores(url: url, shown: shown)
            let temporary = try Self.temporaryFolder()
            defer { try? FileManager.default.removeItem(atPath: temporary) }
            _ = try await PostgresTestServer.rows(url, "ALTER ROLE \(stores.login("rita")) SET lock_timeout = '50ms'")
            let before = try await stores.counts()
            let admin = try await StoreDatabase.connect(try PostgresConnectionSettings(url: stores.url))
            try await admin.execute("SELECT pg_advisory_lock(\(Self.lockKey))")
            let hold = ["hold", "c-103", "--requisition", "claims-2026-01", "--reason", "AGG claim", "--actor", "Rita"]
            let busy = await PostgresTestServer.run(
                hold + ["--rubrics", TestPaths.shippedRubrics.path, "--store", stores.url(as: "rita").url],
                environment: ["HIRESCORE_STORE": "", "USER": "test-user", "TMPDIR": temporary])
            try await admin.execute("SELECT pg_advisory_unlock(\(Self.lockKey))")
            await admin.close()
            #expect(busy.exitCode == 1)
            #expect(busy.stdout == "")
            #expect(
                busy.stderr
                    == "error: another record change holds the store's lock (a decision, hold, purge or export of a colleague that has not finished); nothing was changed; try again\n"
            )
            #expect(try await stores.counts() == before)
            #expect(try FileManager.default.contentsOfDirectory(atPath: temporary) == [])
            let again = await stores.onDatabase(hold, as: "rita")
            #expect(again.exitCode == 0, "\(again.stderr)")
            try await stores.dropLogins()
        }
    }

    @Test(arguments: [SIGINT, SIGTERM])
    func aSignalWhileWaitingOnTheDatabaseEndsPromptlyRemovesTheCopyAndChangesNothing(signal: Int32) async throws {
        try await PostgresTestServer.withDatabase { url, shown in
            let stores = try await PostgresRecordsCommandTests.Stores(url: url, shown: shown)
            let temporary = try Self.temporaryFolder()
            defer { try? FileManager.default.removeItem(atPath: temporary) }
            let hold = ["hold", "c-103", "--requisition", "claims-2026-01", "--reason", "AGG claim", "--actor", "Rita"]
            let before = try await stores.counts()
            let stopped = try await Self.whileWaiting(
                stores, hold, as: "rita", temporary: temporary, fault: .signal(signal))
            #expect(stopped.exitCode == 128 + signal)
            #expect(stopped.stdout == "")
            #expect(
                stopped.stderr
                    == "\ninterrupted: the database undoes the unfinished transaction, nothing was changed, and the temporary copy is removed; run the command again\n"
            )
            #expect(try await stores.counts() == before)
            #expect(try FileManager.default.contentsOfDirectory(atPath: temporary) == [])
            let again = await stores.onDatabase(hold, as: "rita")
            #expect(again.exitCode == 0, "\(again.stderr)")
            #expect(again.stdout == "Hold placed: c-103 is kept until released\n")
            try await stores.dropLogins()
        }
    }
}
