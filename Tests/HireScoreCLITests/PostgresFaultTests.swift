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
        case serverStops(PrivatePostgresCluster)
        case signal(Int32)
    }

    /// Runs hirescore with `arguments` as `member` while the test holds the record lock, brings `fault` once
    /// the command waits for the lock, then lets the lock go; returns what the command did. `store`: the URL the
    /// command is given, else `member`'s URL of the store.
    static func whileWaiting(
        _ stores: PostgresRecordsCommandTests.Stores, _ arguments: [String], as member: String, temporary: String,
        fault: Fault, store: String? = nil
    ) async throws -> (exitCode: Int32, stdout: String, stderr: String) {
        let admin = try await StoreDatabase.connect(try PostgresConnectionSettings(url: stores.url))
        try await admin.execute("SELECT pg_advisory_lock(\(lockKey))")
        let process = Process()
        process.executableURL = HireScoreProcess.executableURL
        process.arguments =
            arguments + ["--rubrics", TestPaths.shippedRubrics.path, "--store", store ?? stores.url(as: member).url]
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
        case .serverStops(let cluster):
            try cluster.stop()
        case .signal(let number):
            kill(process.processIdentifier, number)
        }
        let stdout = output.fileHandleForReading.readDataToEndOfFile()
        let stderr = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        switch fault {
        case .serverRestarts, .serverStops:
            break
        case .serverEndsConnection, .signal:
            try await admin.execute("SELECT pg_advisory_unlock(\(lockKey))")
            try await Self.awaitEnd(of: waiting, admin: admin)
            await admin.close()
            return (
                process.terminationStatus, String(decoding: stdout, as: UTF8.self),
                String(decoding: stderr, as: UTF8.self)
            )
        }
        // The restart or stop ended every backend, the test's own too (and with it the lock).
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

/// The server restarting or stopping while an interviewer enters a card on a PostgreSQL store (issue 21), on a
/// cluster of the test's own: `hirescore enter` reads its answers from a pipe the test writes line by line.
@Suite(.enabled(if: PostgresTestServer.enabled, PostgresTestServer.skipReason))
struct PostgresEntryFaultTests {
    typealias Enter = PostgresEnterCommandTests

    /// Waits until the local copy's sync state reads `state` (each answer is saved there before the next prompt).
    static func waitForSync(_ local: String, _ state: String, child: HireScoreChild) -> Bool {
        let deadline = Date().addingTimeInterval(120)
        while Date() < deadline {
            if EnterTesting.read(local + ".sync") == state + "\n" { return true }
            usleep(20_000)
        }
        Issue.record("the local copy never reached \(state): \(child.outputSoFar.suffix(500))")
        return false
    }

    /// `pg_ctl restart -m fast` between two answers changes nothing for the interviewer (every save opens its own
    /// connection); while the server is stopped the answers are kept on the computer with one plain line; once it
    /// is back the card is submitted: one card, one `submit` event, no draft left, the audit log intact.
    @Test func theServerRestartingOrStoppingMidEntryLosesNoAnswerAndTheSubmitSucceeds() async throws {
        let cluster = try PrivatePostgresCluster()
        defer { cluster.remove() }
        let shown = try PostgresConnectionSettings(url: cluster.url).description
        let stores = try await PostgresRecordsCommandTests.Stores(url: cluster.url, shown: shown)
        let data = try Enter.folder("data")
        defer { try? FileManager.default.removeItem(atPath: data) }
        let anna = stores.url(as: "anna")
        let local = Enter.localCopy(data: data, shown: anna.shown)
        // Every line of the first four criteria a save: the two empty evidence answers get a text.
        var lines = Enter.answerLines
        #expect(lines[5] == "" && lines[7] == "")
        lines[5] = "Gave a clear answer with an example from the last quarter."
        lines[7] = "Named the next step and the date the customer hears back."
        let child = try HireScoreChild.start(
            Enter.arguments(answers: nil) + ["--store", anna.url], input: .pipe,
            environment: ["HIRESCORE_STORE": "", "USER": "test-user", "XDG_DATA_HOME": data])
        func answer(_ range: Range<Int>) { child.send(range.map { lines[$0] + "\n" }.joined()) }

        // Two criteria, saved to the database; the server restarts; two more answers go to the database again.
        answer(0..<4)
        #expect(Self.waitForSync(local, #"{"revision":5,"synced":5}"#, child: child))
        try cluster.restart()
        answer(4..<6)
        #expect(Self.waitForSync(local, #"{"revision":7,"synced":7}"#, child: child))
        #expect(try await Enter.draftRows(stores) == ["anna-schmidt 7 \(Enter.md5(local))"])
        // The server stops: the next answers are kept on this computer only, said once.
        try cluster.stop()
        answer(6..<8)
        #expect(Self.waitForSync(local, #"{"revision":9,"synced":7}"#, child: child))
        // Back: the rest, and the submit in one transaction.
        try cluster.start()
        answer(8..<lines.count)
        child.closeInput()
        let ending = child.finish(timeout: 300)
        #expect(ending.exitCode == 0, "\(ending)")
        #expect(
            ending.stderr
                == "\nthe PostgreSQL store \(anna.shown) cannot be reached: your answers are saved on this computer (\(local)) and go to the database the next time you run this command\n"
        )
        let card = anna.shown + "/claims-2026-01/c-900/anna-schmidt.yaml"
        #expect(
            ending.stdout.contains("\nSubmitted and sealed: \(card)\n  seal sha256:"), "\(ending.stdout.suffix(400))")
        #expect(try await Enter.cards(stores) == ["anna-schmidt.yaml submitted"])
        #expect(try await Enter.draftRows(stores) == [])
        #expect(!FileManager.default.fileExists(atPath: local))
        let submits = try await PostgresTestServer.rows(
            stores.url,
            """
            SELECT count(*)::text FROM hirescore.audit_lines WHERE convert_from(content, 'UTF8')::jsonb ->> 'event' = 'submit'
              AND convert_from(content, 'UTF8')::jsonb ->> 'candidate' = 'c-900'
            """)
        #expect(submits == ["1"])
        // The card holds every answer: the ones before the restart, while stopped, and after.
        let stored = try await PostgresTestServer.rows(
            stores.url,
            "SELECT convert_from(content, 'UTF8') FROM hirescore.scorecards WHERE candidate = 'c-900'")
        for line in lines where line.count > 30 && !line.contains("'") {
            #expect(stored.first?.contains(String(line.prefix(30))) == true, "\(line)")
        }
        let verified = await stores.onDatabase(["audit", "verify"], as: "rita")
        #expect(verified.exitCode == 0, "\(verified.stderr)")
    }
}
