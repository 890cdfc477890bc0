import Foundation
import PostgresStore
import Testing

/// Several hosts in the store URL (issue 21), through the built binary on two clusters of the test's own: a host
/// that cannot be reached is skipped, so is a read-only one when the command asks for `read-write`, and when no
/// host can be used the error names each host and why.
@Suite(.enabled(if: PostgresTestServer.enabled, PostgresTestServer.skipReason))
struct PostgresFailoverTests {
    typealias Stores = PostgresRecordsCommandTests.Stores

    static let hold = ["hold", "c-103", "--requisition", "claims-2026-01", "--reason", "AGG claim", "--actor", "Rita"]

    /// `url` (a URL of `second`) with `first` listed before `second`: `postgresql://…@127.0.0.1:P1,127.0.0.1:P2/…`.
    static func hostList(_ url: String, first: PrivatePostgresCluster, second: PrivatePostgresCluster) -> String {
        url.replacingOccurrences(
            of: "@127.0.0.1:\(second.port)/", with: "@127.0.0.1:\(first.port),127.0.0.1:\(second.port)/")
    }

    /// Runs hirescore with `arguments` on the store `url`.
    static func run(_ arguments: [String], store url: String, environment: [String: String] = [:]) async -> (
        exitCode: Int32, stdout: String, stderr: String
    ) {
        await PostgresTestServer.run(
            arguments + ["--rubrics", TestPaths.shippedRubrics.path, "--store", url],
            environment: ["HIRESCORE_STORE": "", "USER": "test-user"].merging(environment) { _, new in new })
    }

    @Test func theFirstHostStoppedTheCommandWorksOnTheSecond() async throws {
        let first = try PrivatePostgresCluster()
        defer { first.remove() }
        let second = try PrivatePostgresCluster()
        defer { second.remove() }
        let stores = try await Stores(on: second)
        try first.stop()
        let both = Self.hostList(stores.url(as: "rita").url, first: first, second: second)
        let before = try await stores.counts()
        let held = await Self.run(Self.hold, store: both)
        #expect(held.exitCode == 0, "\(held.stderr)")
        #expect(held.stdout == "Hold placed: c-103 is kept until released\n")
        #expect(held.stderr == "")
        #expect(try await stores.counts() != before)
        // A command that only reads takes the same way.
        let verified = await Self.run(["audit", "verify"], store: both)
        #expect(verified.exitCode == 0, "\(verified.stderr)")
        #expect(verified.stdout.hasPrefix("audit log intact: "))
        // Both servers are primaries: `standby` finds none and says so for each host, `primary` and
        // `prefer-standby` (a second round taking any server) take the second.
        let standby = await Self.run(["audit", "verify"], store: both + "&target_session_attrs=standby")
        #expect(standby.exitCode == 1)
        let rita = stores.login("rita")
        let shown = "postgresql://\(rita)@127.0.0.1:\(first.port),127.0.0.1:\(second.port)/hirescore_test"
        #expect(
            standby.stderr
                == "error: no server of the PostgreSQL store \(shown) could be used (target_session_attrs=standby): 127.0.0.1:\(first.port): connection refused; 127.0.0.1:\(second.port): the server is not a standby; check that a server runs and that --store or HIRESCORE_STORE names it\n"
        )
        for attributes in ["primary", "prefer-standby"] {
            let read = await Self.run(["audit", "verify"], store: both + "&target_session_attrs=" + attributes)
            #expect(read.exitCode == 0, "\(attributes): \(read.stderr)")
        }
        // The first host back, without Rita's login: as in libpq, a host that answers but refuses the login ends
        // the attempt, the next host is not tried.
        try first.start()
        let refused = await Self.run(Self.hold, store: both)
        #expect(refused.exitCode == 1)
        #expect(
            refused.stderr
                == "error: the database refused the login of '\(rita)': role \"\(rita)\" does not exist; check the user and the password (PGPASSWORD or ~/.pgpass)\n"
        )
    }

    /// The first host's sessions are read-only (`default_transaction_read_only=on`, what a hot standby's are too):
    /// with `target_session_attrs=read-write`, and without it (HireScore's default for a host list), the second
    /// host is used; with `target_session_attrs=any` the first is, as libpq does, and it holds no store.
    @Test func aReadOnlyFirstHostIsSkippedForReadWrite() async throws {
        let first = try PrivatePostgresCluster()
        defer { first.remove() }
        let second = try PrivatePostgresCluster()
        defer { second.remove() }
        let stores = try await Stores(on: second)
        let rita = stores.login("rita")
        try await PostgresTestServer.admin(first.url) { database throws(StoreDatabaseError) in
            try await database.execute("CREATE ROLE \(rita) LOGIN")
        }
        try first.stop()
        try first.start(settings: ["default_transaction_read_only=on"])
        let both = Self.hostList(stores.url(as: "rita").url, first: first, second: second)
        var before = try await stores.counts()
        let held = await Self.run(Self.hold, store: both + "&target_session_attrs=read-write")
        #expect(held.exitCode == 0, "\(held.stderr)")
        #expect(held.stdout == "Hold placed: c-103 is kept until released\n")
        #expect(try await stores.counts() != before)

        before = try await stores.counts()
        let release = [
            "hold", "c-103", "--requisition", "claims-2026-01", "--release", "--reason", "settled", "--actor", "Rita",
        ]
        let released = await Self.run(release, store: both)
        #expect(released.exitCode == 0, "\(released.stderr)")
        #expect(released.stdout == "Hold released: c-103\n")
        #expect(try await stores.counts() != before)

        before = try await stores.counts()
        let onFirst = await Self.run(Self.hold, store: both + "&target_session_attrs=any")
        #expect(onFirst.exitCode == 1)
        #expect(try await stores.counts() == before)

        // Only read-only hosts: the error says so for each.
        try second.stop()
        try second.start(settings: ["default_transaction_read_only=on"])
        let shown = "postgresql://\(rita)@127.0.0.1:\(first.port),127.0.0.1:\(second.port)/hirescore_test"
        let refused = await Self.run(Self.hold, store: both)
        #expect(refused.exitCode == 1)
        #expect(refused.stdout == "")
        #expect(
            refused.stderr
                == "error: no server of the PostgreSQL store \(shown) could be used (target_session_attrs=read-write): 127.0.0.1:\(first.port): the session is read-only; 127.0.0.1:\(second.port): the session is read-only; check that a server runs and that --store or HIRESCORE_STORE names it\n"
        )
        // The first host down, a command that only reads takes the read-only second (libpq's default, any).
        try first.stop()
        let verified = await Self.run(["audit", "verify"], store: both)
        #expect(verified.exitCode == 0, "\(verified.stderr)")
        #expect(verified.stdout.hasPrefix("audit log intact: "))
    }

    @Test func allHostsDownTheErrorNamesEachAndWhy() async throws {
        let first = try PrivatePostgresCluster()
        defer { first.remove() }
        let second = try PrivatePostgresCluster()
        defer { second.remove() }
        try first.stop()
        try second.stop()
        let both = Self.hostList(second.url, first: first, second: second)
        let shown = "postgresql://hirescore_admin@127.0.0.1:\(first.port),127.0.0.1:\(second.port)/hirescore_test"
        let writing = await Self.run(Self.hold, store: both)
        #expect(writing.exitCode == 1)
        #expect(writing.stdout == "")
        #expect(
            writing.stderr
                == "error: no server of the PostgreSQL store \(shown) could be used (target_session_attrs=read-write): 127.0.0.1:\(first.port): connection refused; 127.0.0.1:\(second.port): connection refused; check that a server runs and that --store or HIRESCORE_STORE names it\n"
        )
        // A name that does not resolve is one more host that cannot be reached.
        let unknown = await Self.run(
            Self.hold, store: both.replacingOccurrences(of: "@127.0.0.1:", with: "@hs-no-such-host.invalid,127.0.0.1:"))
        #expect(
            unknown.stderr
                == "error: no server of the PostgreSQL store postgresql://hirescore_admin@hs-no-such-host.invalid:5432,127.0.0.1:\(first.port),127.0.0.1:\(second.port)/hirescore_test could be used (target_session_attrs=read-write): hs-no-such-host.invalid:5432: the host name cannot be resolved; 127.0.0.1:\(first.port): connection refused; 127.0.0.1:\(second.port): connection refused; check that a server runs and that --store or HIRESCORE_STORE names it\n"
        )
        let german = await Self.run(["audit", "verify"], store: both, environment: ["LANG": "de_DE.UTF-8"])
        #expect(german.exitCode == 1)
        #expect(
            german.stderr
                == "Fehler: kein Server der PostgreSQL-Ablage \(shown) war verwendbar: 127.0.0.1:\(first.port): Verbindung abgelehnt; 127.0.0.1:\(second.port): Verbindung abgelehnt; prüfen Sie, ob ein Server läuft und --store oder HIRESCORE_STORE ihn nennt\n"
        )
    }

    /// The first host stops while `decide` waits inside its transaction there: the error names that host (not the
    /// list), nothing was kept, and the same command run again finds the second host, which has the same members.
    @Test func aConnectionLostMidCommandNamesTheHostUsedAndTheRetryFindsTheSurvivor() async throws {
        let first = try PrivatePostgresCluster()
        defer { first.remove() }
        let second = try PrivatePostgresCluster()
        defer { second.remove() }
        let stores = try await Stores(on: first)
        let survivor = try await Stores(on: second, logins: stores.logins)
        let both = Self.hostList(survivor.url(as: "rita").url, first: first, second: second)
        let temporary = try PostgresFaultTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: temporary) }
        let decide = [
            "decide", "--candidate", "c-101", "--requisition", "claims-2026-01", "--outcome", "rejected",
            "--date", "2026-01-20", "--reason", PostgresRecordsCommandTests.reason, "--actor", "Rita",
        ]
        let lost = try await PostgresFaultTests.whileWaiting(
            stores, decide, as: "rita", temporary: temporary, fault: .serverStops(first), store: both)
        #expect(lost.exitCode == 1)
        #expect(
            lost.stderr
                == "error: the connection to the PostgreSQL store \(stores.url(as: "rita").shown) was lost (the server stopped or restarted): the unfinished transaction is undone by the server and nothing of it was kept; run the command again when the server is back\n"
        )
        let before = try await survivor.counts()
        let again = await Self.run(decide, store: both, environment: ["TMPDIR": temporary])
        #expect(again.exitCode == 0, "\(again.stderr)")
        #expect(again.stdout.hasPrefix("Decision recorded: c-101 rejected on 2026-01-20"))
        #expect(try await survivor.counts() != before)
        let verified = await Self.run(["audit", "verify"], store: both)
        #expect(verified.exitCode == 0, "\(verified.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: temporary) == [])
    }

    /// `enter` while no host can be reached keeps the answers in the local copy of the store as `--store` names it
    /// (the whole list); run again once the second host is up, it takes the copy there and submits the card.
    @Test func aRetriedEnterKeepsItsLocalCopyAndSubmitsOnTheHostThatIsUp() async throws {
        typealias Enter = PostgresEnterCommandTests
        let first = try PrivatePostgresCluster()
        defer { first.remove() }
        let second = try PrivatePostgresCluster()
        defer { second.remove() }
        let stores = try await Stores(on: second)
        let (data, files) = (try Enter.folder("data"), try Enter.folder("files"))
        defer { for folder in [data, files] { try? FileManager.default.removeItem(atPath: folder) } }
        try first.stop()
        try second.stop()
        let anna = stores.url(as: "anna")
        let both = Self.hostList(anna.url, first: first, second: second)
        let shown = anna.shown.replacingOccurrences(
            of: "@127.0.0.1:\(second.port)/", with: "@127.0.0.1:\(first.port),127.0.0.1:\(second.port)/")
        let local = Enter.localCopy(data: data, shown: shown.replacingOccurrences(of: ",", with: "_"))
        let offline = await Enter.enter(url: both, data: data, answers: try Enter.answers(0..<2, in: files, name: "a"))
        #expect(offline.exitCode == 0, "\(offline.stderr)")
        #expect(
            offline.stderr
                == "the PostgreSQL store \(shown) cannot be reached: your answers are saved on this computer (\(local)) and go to the database the next time you run this command\n"
        )
        #expect(EnterTesting.read(local + ".sync") == "{\"revision\":3,\"synced\":0}\n")
        try second.start()
        let all = try Enter.answers(0..<Enter.answerLines.count, quit: false, in: files, name: "all")
        let submitted = await Enter.enter(url: both, data: data, answers: all)
        #expect(submitted.exitCode == 0, "\(submitted.stderr)")
        #expect(
            submitted.stderr.contains(
                "the answers saved on this computer while the database could not be reached are now in the database (revision 3)\n"
            ), "\(submitted.stderr)")
        #expect(submitted.stdout.contains("Submitted and sealed: \(shown)/claims-2026-01/c-900/anna-schmidt.yaml"))
        #expect(try await Enter.cards(stores) == ["anna-schmidt.yaml submitted"])
        #expect(!FileManager.default.fileExists(atPath: local))
    }
}
