import Foundation
import PostgresStore
import Testing

/// Several hosts in the store URL (issue 21) against a real hot standby: a primary of the test's own with the store
/// on it, and a streaming replica of it (`pg_basebackup -R`), through the built binary. Writing commands land on
/// the primary whatever the order of the list; `target_session_attrs` picks the standby or the primary; with the
/// primary down reports still work on the standby, writing commands are refused naming each host and why, `enter`
/// keeps its answers on the computer saying that only a standby answers (also when the one host named is a standby),
/// and once the team has promoted the standby the same command works there and the audit chain is intact.
@Suite(.enabled(if: PostgresTestServer.enabled, PostgresTestServer.skipReason))
struct PostgresHotStandbyTests {
    typealias Stores = PostgresRecordsCommandTests.Stores
    typealias Failover = PostgresFailoverTests

    static let release = [
        "hold", "c-103", "--requisition", "claims-2026-01", "--release", "--reason", "settled", "--actor", "Rita",
    ]

    /// Runs `body` with a primary holding the fixture store (members rita, dora, anna) and a hot standby of it that
    /// has replayed the store; stops and deletes both afterwards, also when `body` fails.
    static func withReplica(
        _ body: (PrivatePostgresCluster, PrivatePostgresCluster, Stores) async throws -> Void
    ) async throws {
        let primary = try PrivatePostgresCluster()
        defer { primary.remove() }
        let stores = try await Stores(on: primary)
        let standby = try primary.makeStandby()
        defer { standby.remove() }
        try await standby.replayed(from: primary)
        try await body(primary, standby, stores)
    }

    /// Rita's URL of the store (made on `primary`) with the host list `first,second`.
    static func hostList(
        _ stores: Stores, primary: PrivatePostgresCluster, _ first: PrivatePostgresCluster,
        _ second: PrivatePostgresCluster
    ) -> String {
        stores.url(as: "rita").url.replacingOccurrences(
            of: "@127.0.0.1:\(primary.port)/", with: "@127.0.0.1:\(first.port),127.0.0.1:\(second.port)/")
    }

    /// The URL as hirescore shows it for `first,second` as Rita.
    static func shown(_ stores: Stores, _ first: PrivatePostgresCluster, _ second: PrivatePostgresCluster) -> String {
        "postgresql://\(stores.login("rita"))@127.0.0.1:\(first.port),127.0.0.1:\(second.port)/hirescore_test"
    }

    @Test func writesLandOnThePrimaryAndTargetSessionAttributesPickTheServer() async throws {
        try await Self.withReplica { primary, standby, stores in
            #expect(try await stores.counts(at: standby.url) == stores.counts())
            // The standby listed first: a writing command (default read-write) skips it and lands on the primary;
            // the standby has the change once it has replayed it.
            let standbyFirst = Self.hostList(stores, primary: primary, standby, primary)
            let before = try await stores.counts()
            let held = await Failover.run(Failover.hold, store: standbyFirst)
            #expect(held.exitCode == 0, "\(held.stderr)")
            #expect(held.stdout == "Hold placed: c-103 is kept until released\n")
            #expect(held.stderr == "")
            let after = try await stores.counts()
            #expect(after != before)
            try await standby.replayed(from: primary)
            #expect(try await stores.counts(at: standby.url) == after)

            // `standby` takes the standby, listed second: a report reads the same store there; a writing command
            // asked to go there is refused by the standby and changes nothing.
            let primaryFirst = Self.hostList(stores, primary: primary, primary, standby)
            let onPrimary = await Failover.run(["merge"], store: stores.url(as: "rita").url)
            #expect(onPrimary.exitCode == 0, "\(onPrimary.stderr)")
            let onStandby = await Failover.run(["merge"], store: primaryFirst + "&target_session_attrs=standby")
            #expect(onStandby.exitCode == onPrimary.exitCode)
            #expect(onStandby.stdout == onPrimary.stdout)
            #expect(onStandby.stderr == onPrimary.stderr)
            let verified = await Failover.run(
                ["audit", "verify"], store: primaryFirst + "&target_session_attrs=standby")
            #expect(verified.exitCode == 0, "\(verified.stderr)")
            #expect(verified.stdout.hasPrefix("audit log intact: "))
            let refused = await Failover.run(Self.release, store: primaryFirst + "&target_session_attrs=standby")
            #expect(refused.exitCode == 1)
            #expect(refused.stdout == "")
            let onlyStandby = "postgresql://\(stores.login("rita"))@127.0.0.1:\(standby.port)/hirescore_test"
            #expect(
                refused.stderr
                    == "error: the PostgreSQL server of the store \(onlyStandby) takes no changes (a hot standby, or default_transaction_read_only=on); nothing was changed; name the primary in --store or HIRESCORE_STORE, or list it with the standby and leave out target_session_attrs (a command that changes the store then asks for read-write)\n"
            )
            #expect(try await stores.counts() == after)
            // The same with the standby as the only host (no check is made with one host), in German.
            let alone = stores.url(as: "rita").url.replacingOccurrences(
                of: "@127.0.0.1:\(primary.port)/", with: "@127.0.0.1:\(standby.port)/")
            let german = await Failover.run(Self.release, store: alone, environment: ["LANG": "de_DE.UTF-8"])
            #expect(german.exitCode == 1)
            #expect(german.stdout == "")
            #expect(
                german.stderr
                    == "Fehler: der PostgreSQL-Server der Ablage \(onlyStandby) nimmt keine Änderungen an (ein Hot-Standby oder default_transaction_read_only=on); nichts wurde geändert; nennen Sie den Primärserver in --store oder HIRESCORE_STORE, oder listen Sie ihn mit dem Standby und lassen Sie target_session_attrs weg (ein Befehl, der die Ablage ändert, verlangt dann read-write)\n"
            )
            #expect(try await stores.counts() == after)

            // `primary` takes the primary, listed second.
            let released = await Failover.run(Self.release, store: standbyFirst + "&target_session_attrs=primary")
            #expect(released.exitCode == 0, "\(released.stderr)")
            #expect(released.stdout == "Hold released: c-103\n")
            #expect(try await stores.counts() != after)

            // `prefer-standby` with the standby stopped: the second round takes the primary.
            try standby.stop()
            let preferred = await Failover.run(
                Failover.hold, store: standbyFirst + "&target_session_attrs=prefer-standby")
            #expect(preferred.exitCode == 0, "\(preferred.stderr)")
            #expect(preferred.stdout == "Hold placed: c-103 is kept until released\n")
        }
    }

    @Test func thePrimaryDownReportsReadTheStandbyWritesAreRefusedUntilItIsPromoted() async throws {
        try await Self.withReplica { primary, standby, stores in
            let both = Self.hostList(stores, primary: primary, primary, standby)
            let merged = await Failover.run(["merge"], store: both)
            #expect(merged.exitCode == 0, "\(merged.stderr)")
            try primary.stop()

            // Reading commands take the standby (libpq's `any`).
            let onStandby = await Failover.run(["merge"], store: both)
            #expect(onStandby.exitCode == 0, "\(onStandby.stderr)")
            #expect(onStandby.stdout == merged.stdout)
            let verified = await Failover.run(["audit", "verify"], store: both)
            #expect(verified.exitCode == 0, "\(verified.stderr)")
            #expect(verified.stdout.hasPrefix("audit log intact: "))

            // A writing command finds no read-write server and says why for each host; nothing is written.
            let before = try await stores.counts(at: standby.url)
            let refused = await Failover.run(Failover.hold, store: both)
            #expect(refused.exitCode == 1)
            #expect(refused.stdout == "")
            #expect(
                refused.stderr
                    == "error: no server of the PostgreSQL store \(Self.shown(stores, primary, standby)) could be used (target_session_attrs=read-write): 127.0.0.1:\(primary.port): connection refused; 127.0.0.1:\(standby.port): the session is read-only; check that a server runs and that --store or HIRESCORE_STORE names it\n"
            )
            #expect(try await stores.counts(at: standby.url) == before)
            // `enter` meanwhile keeps the interviewer's answers on her computer.
            typealias Enter = PostgresEnterCommandTests
            let (data, files) = (try Enter.folder("data"), try Enter.folder("files"))
            defer { for folder in [data, files] { try? FileManager.default.removeItem(atPath: folder) } }
            let list = (
                of: "@127.0.0.1:\(primary.port)/", with: "@127.0.0.1:\(primary.port),127.0.0.1:\(standby.port)/"
            )
            let anna = stores.url(as: "anna")
            let (annaBoth, annaShown) = (
                anna.url.replacingOccurrences(of: list.of, with: list.with),
                anna.shown.replacingOccurrences(of: list.of, with: list.with)
            )
            let local = Enter.localCopy(data: data, shown: annaShown.replacingOccurrences(of: ",", with: "_"))
            let offline = await Enter.enter(
                url: annaBoth, data: data, answers: try Enter.answers(0..<2, in: files, name: "a"))
            #expect(offline.exitCode == 0, "\(offline.stderr)")
            // It says that only a standby answers (the store is read-only now), not that the store cannot be reached.
            #expect(
                offline.stderr
                    == "the PostgreSQL store \(annaShown) is read-only right now: only a standby answers, no primary; your answers are kept on this computer (\(local)) and go to the database the next time you run this command once a primary is back\n"
            )
            #expect(try await stores.counts(at: standby.url) == before)
            // The same in German, on another computer of hers.
            let otherData = try Enter.folder("data-de")
            defer { try? FileManager.default.removeItem(atPath: otherData) }
            let german = await Enter.enter(
                url: annaBoth, data: otherData, answers: try Enter.answers(0..<2, in: files, name: "de"),
                extra: ["--lang", "de"])
            #expect(german.exitCode == 0, "\(german.stderr)")
            #expect(
                german.stderr
                    == "die PostgreSQL-Ablage \(annaShown) nimmt gerade keine Änderungen an: nur ein Standby antwortet, kein Primärserver; Ihre Antworten bleiben auf diesem Rechner (\(Enter.localCopy(data: otherData, shown: annaShown.replacingOccurrences(of: ",", with: "_")))) und gehen in die Datenbank, wenn Sie diesen Befehl wieder ausführen, sobald ein Primärserver zurück ist\n"
            )
            #expect(try await stores.counts(at: standby.url) == before)

            // The team promotes the standby (HireScore does not): the same command, the same list, works there.
            try standby.promote()
            let held = await Failover.run(Failover.hold, store: both)
            #expect(held.exitCode == 0, "\(held.stderr)")
            #expect(held.stdout == "Hold placed: c-103 is kept until released\n")
            #expect(try await stores.counts(at: standby.url) != before)
            // `enter` run again submits the answers kept on the computer there.
            let all = try Enter.answers(0..<Enter.answerLines.count, quit: false, in: files, name: "all")
            let submitted = await Enter.enter(url: annaBoth, data: data, answers: all)
            #expect(submitted.exitCode == 0, "\(submitted.stderr)")
            #expect(
                submitted.stderr.contains(
                    "the answers saved on this computer while the database could not be reached are now in the database (revision 3)\n"
                ), "\(submitted.stderr)")
            #expect(
                submitted.stdout.contains("Submitted and sealed: \(annaShown)/claims-2026-01/c-900/anna-schmidt.yaml"))
            #expect(!FileManager.default.fileExists(atPath: local))
            let intact = await Failover.run(["audit", "verify"], store: both)
            #expect(intact.exitCode == 0, "\(intact.stderr)")
            #expect(intact.stdout.hasPrefix("audit log intact: "))
            #expect(intact.stdout != verified.stdout, "the hold's event is in the verified chain")
            let primaryWanted = await Failover.run(["audit", "verify"], store: both + "&target_session_attrs=primary")
            #expect(primaryWanted.exitCode == 0, "\(primaryWanted.stderr)")
        }
    }

    @Test func aSingleHostThatIsAStandbyIsNamedAsSuchAndEnterKeepsTheAnswers() async throws {
        try await Self.withReplica { primary, standby, stores in
            typealias Enter = PostgresEnterCommandTests
            let (data, files) = (try Enter.folder("data"), try Enter.folder("files"))
            defer { for folder in [data, files] { try? FileManager.default.removeItem(atPath: folder) } }
            let single = (of: "@127.0.0.1:\(primary.port)/", with: "@127.0.0.1:\(standby.port)/")
            let anna = stores.url(as: "anna")
            let (alone, aloneShown) = (
                anna.url.replacingOccurrences(of: single.of, with: single.with),
                anna.shown.replacingOccurrences(of: single.of, with: single.with)
            )
            let before = try await stores.counts()
            // The one host named is a standby (the primary runs): `enter` says so, not that a write was refused, and
            // keeps the answers on the computer.
            let local = Enter.localCopy(data: data, shown: aloneShown)
            let offline = await Enter.enter(
                url: alone, data: data, answers: try Enter.answers(0..<2, in: files, name: "a"))
            #expect(offline.exitCode == 0, "\(offline.stderr)")
            #expect(
                offline.stderr
                    == "the PostgreSQL store \(aloneShown) is read-only right now: only a standby answers, no primary; your answers are kept on this computer (\(local)) and go to the database the next time you run this command once a primary is back\n"
            )
            #expect(EnterTesting.read(local + ".sync") == "{\"revision\":3,\"synced\":0}\n")
            let otherData = try Enter.folder("data-de")
            defer { try? FileManager.default.removeItem(atPath: otherData) }
            let german = await Enter.enter(
                url: alone, data: otherData, answers: try Enter.answers(0..<2, in: files, name: "de"),
                extra: ["--lang", "de"])
            #expect(german.exitCode == 0, "\(german.stderr)")
            #expect(
                german.stderr
                    == "die PostgreSQL-Ablage \(aloneShown) nimmt gerade keine Änderungen an: nur ein Standby antwortet, kein Primärserver; Ihre Antworten bleiben auf diesem Rechner (\(Enter.localCopy(data: otherData, shown: aloneShown))) und gehen in die Datenbank, wenn Sie diesen Befehl wieder ausführen, sobald ein Primärserver zurück ist\n"
            )
            // An answer saved on the computer before is not written to the standby on the next run either.
            let again = await Enter.enter(
                url: alone, data: data, answers: try Enter.answers(0..<4, in: files, name: "b"))
            #expect(again.exitCode == 0, "\(again.stderr)")
            #expect(again.stderr == offline.stderr)
            #expect(try await stores.counts() == before)
            #expect(try await Enter.draftRows(stores) == [])
        }
    }
}
