import Foundation
import PostgresNIO
import PostgresStore
import Testing

/// A store's roles belong to that store (schema version 12, issue 21): two stores (two databases) on one server of
/// the test's own. Each member of store A (interviewer, recruiter, data-protection officer, owner) tries every
/// command and every statement on store B with their own login and is refused, in English and German; they still
/// work in A; someone granted in both works in both; revoking them in A leaves B as it was. One cluster at a time.
@Suite(.serialized, .enabled(if: PostgresTestServer.enabled, PostgresTestServer.skipReason))
struct PostgresStoreRolesTests {
    typealias Stores = PostgresRecordsCommandTests.Stores

    /// Two stores on one new cluster: A in its `hirescore_test` database, B in `hirescore_b`, each the fixture store
    /// with members of its own (rita, dora, anna), and olga, owner of A.
    static func withTwoStores(_ body: (Stores, Stores, String) async throws -> Void) async throws {
        let cluster = try PrivatePostgresCluster()
        defer { cluster.remove() }
        let storeA = try await Stores(on: cluster)
        try await PostgresTestServer.admin(cluster.url) { database throws(StoreDatabaseError) in
            try await database.execute("CREATE DATABASE hirescore_b")
            try await database.execute("CREATE ROLE olga LOGIN")
        }
        let urlB = cluster.url.replacingOccurrences(of: "/hirescore_test?", with: "/hirescore_b?")
        let storeB = try await Stores(url: urlB, shown: try PostgresConnectionSettings(url: urlB).description)
        let owner = await PostgresTestServer.run(
            ["store", "grant", "--store", storeA.url, "olga", "owner"], environment: ["HIRESCORE_STORE": ""])
        try #require(owner.exitCode == 0, "\(owner.stderr)")
        try await body(storeA, storeB, "olga")
    }

    /// Runs hirescore as the database user `user` on `store`, in `language`.
    static func run(
        _ arguments: [String], as user: String, on store: Stores, language: String = "en", data: String? = nil
    ) async -> (exitCode: Int32, stdout: String, stderr: String) {
        let url = store.url.replacingOccurrences(of: "://hirescore_admin@", with: "://\(user)@")
        var environment = ["HIRESCORE_STORE": "", "USER": "test-user"]
        environment["XDG_DATA_HOME"] = data
        return await PostgresTestServer.run(
            arguments + ["--rubrics", TestPaths.shippedRubrics.path, "--store", url, "--lang", language],
            environment: environment)
    }

    /// The refusal of a user who is no member of `store`, as the command prints it.
    static func notAMember(_ user: String, of store: Stores, language: String) -> String {
        let shown = store.shown.replacingOccurrences(of: "://hirescore_admin@", with: "://\(user)@")
        return language == "de"
            ? "Fehler: die Datenbank hat abgelehnt (SQLSTATE 42501): der Datenbank-Benutzer '\(user)' ist kein Mitglied der Ablage in \(shown); nichts wurde geändert. Rollen vergibt der Eigentümer der Ablage mit 'hirescore store grant'\n"
            : "error: the database refused (SQLSTATE 42501): the database user '\(user)' is not a member of the store in \(shown); nothing was changed. The store's owner grants roles with 'hirescore store grant'\n"
    }

    /// The commands a member tries on the other store: reading, entering, every record change, granting.
    static func commands(answers: String) -> [[String]] {
        [
            [
                "enter", "--all-stages", "--rubric", "claims-handler", "--candidate", "c-900", "--requisition",
                "claims-2026-01", "--interviewer", "Anna Schmidt", "--interviewer-id", "anna-schmidt",
                "--interview-date", "2026-01-15", "--answers", answers,
            ],
            ["merge"],
            [
                "decide", "--candidate", "c-101", "--requisition", "claims-2026-01", "--outcome", "rejected", "--date",
                ComplianceStore.longAgo, "--reason", PostgresRecordsCommandTests.reason, "--actor", "Someone",
            ],
            ["purge", "--actor", "Someone"],
            ["export", "--candidate", "c-102", "--actor", "Someone"],
            ["audit", "show", "c-101"],
            ["store", "grant", "olga", "recruiter"],
        ]
    }

    /// Runs `sql` as `user` on `store`'s database; the SQLSTATE it was refused with, nil when it ran.
    static func refusal(_ sql: String, as user: String, on store: Stores) async -> String? {
        do {
            var settings = try PostgresConnectionSettings(url: store.url)
            settings.user = user
            try await StoreDatabase.with(settings) { database throws(StoreDatabaseError) in
                try await database.execute(sql)
            }
            return nil
        } catch {
            return (error as? StoreDatabaseError)?.sqlState ?? "\(error)"
        }
    }

    /// Every statement a member could try on a store: each table read, added to, changed and emptied, each
    /// function called (with NULL arguments), as the store's administrator lists them.
    static func everyStatement(on store: Stores) async throws -> [String] {
        let tables = try await PostgresTestServer.rows(
            store.url,
            """
            SELECT c.relname || '|' || (SELECT attname FROM pg_attribute WHERE attrelid = c.oid AND attnum = 1)
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'hirescore' AND c.relkind = 'r' ORDER BY 1
            """)
        let functions = try await PostgresTestServer.rows(
            store.url,
            """
            SELECT 'hirescore.' || p.proname || '(' || coalesce((SELECT string_agg('NULL::' || format_type(t, NULL), ', ')
              FROM unnest(p.proargtypes) t), '') || ')'
            FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'hirescore' ORDER BY 1
            """)
        #expect(tables.count == 10)
        #expect(functions.count > 10)
        return tables.flatMap { row -> [String] in
            let parts = row.split(separator: "|").map(String.init)
            let (table, column) = (parts[0], parts[1])
            return [
                "SELECT * FROM hirescore.\(table)", "INSERT INTO hirescore.\(table) DEFAULT VALUES",
                "UPDATE hirescore.\(table) SET \(column) = \(column)", "DELETE FROM hirescore.\(table)",
            ]
        } + functions.map { "SELECT " + $0 }
    }

    @Test func aMemberOfOneStoreGetsNothingFromAnotherThroughTheCommands() async throws {
        try await Self.withTwoStores { storeA, storeB, owner in
            let folder = NSTemporaryDirectory() + "hs-roles-" + UUID().uuidString
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
            defer { try? FileManager.default.removeItem(atPath: folder) }
            let answers = try PostgresEnterCommandTests.answers(0..<3, in: folder, name: "anna")
            let before = try await storeB.counts()
            for member in [storeA.login("anna"), storeA.login("rita"), storeA.login("dora"), owner] {
                for arguments in Self.commands(answers: answers) {
                    for language in ["en", "de"] {
                        let result = await Self.run(arguments, as: member, on: storeB, language: language, data: folder)
                        #expect(result.exitCode == 1, "\(member) \(arguments)")
                        #expect(
                            result.stderr == Self.notAMember(member, of: storeB, language: language),
                            "\(member) \(arguments)")
                    }
                }
            }
            #expect(try await storeB.counts() == before)
            // The same members still work in their own store.
            for (member, arguments) in [("rita", ["merge"]), ("dora", ["audit", "verify"]), ("anna", ["status"])] {
                let result = await Self.run(arguments, as: storeA.login(member), on: storeA)
                #expect(result.exitCode == 0, "\(member) \(arguments): \(result.stderr)")
            }
        }
    }

    @Test func aMemberOfOneStoreGetsNothingFromAnotherThroughPlainSQL() async throws {
        try await Self.withTwoStores { storeA, storeB, owner in
            let statements = try await Self.everyStatement(on: storeB)
            let before = try await storeB.counts()
            for member in [storeA.login("anna"), storeA.login("rita"), storeA.login("dora"), owner] {
                for sql in statements {
                    #expect(await Self.refusal(sql, as: member, on: storeB) == "42501", "\(member): \(sql)")
                }
                // In their own store the same login reads what its role reads.
                #expect(
                    await Self.refusal("SELECT * FROM hirescore.audit_lines", as: member, on: storeA) == nil,
                    "\(member)")
            }
            #expect(try await storeB.counts() == before)
            // B's own members are not affected.
            #expect(
                await Self.refusal("SELECT * FROM hirescore.audit_lines", as: storeB.login("anna"), on: storeB) == nil)
        }
    }

    @Test func someoneGrantedInBothWorksInBothAndARevocationInOneLeavesTheOther() async throws {
        try await Self.withTwoStores { storeA, storeB, _ in
            let rita = storeA.login("rita")
            let grant = await PostgresTestServer.run(
                ["store", "grant", "--store", storeB.url, rita, "data-protection-officer"],
                environment: ["HIRESCORE_STORE": ""])
            try #require(grant.exitCode == 0, "\(grant.stderr)")
            // A recruiter in A, the officer in B: each store gives her its own role's rights.
            #expect(await Self.run(["merge"], as: rita, on: storeA).exitCode == 0)
            #expect(await Self.run(["merge"], as: rita, on: storeB).exitCode == 0)
            #expect(await Self.refusal("DELETE FROM hirescore.files WHERE false", as: rita, on: storeA) == "42501")
            #expect(await Self.refusal("DELETE FROM hirescore.files WHERE false", as: rita, on: storeB) == nil)
            let beforeB = try await storeB.counts()
            let revoke = await PostgresTestServer.run(
                ["store", "revoke", "--store", storeA.url, rita], environment: ["HIRESCORE_STORE": ""])
            try #require(revoke.exitCode == 0, "\(revoke.stderr)")
            let refused = await Self.run(["merge"], as: rita, on: storeA, language: "de")
            #expect(refused.exitCode == 1)
            #expect(refused.stderr == Self.notAMember(rita, of: storeA, language: "de"))
            #expect(await Self.refusal("SELECT * FROM hirescore.audit_lines", as: rita, on: storeA) == "42501")
            // B is as it was: her role there, its rows.
            #expect(await Self.run(["merge"], as: rita, on: storeB).exitCode == 0)
            #expect(await Self.refusal("DELETE FROM hirescore.files WHERE false", as: rita, on: storeB) == nil)
            #expect(try await storeB.counts() == beforeB)
            #expect(
                try await PostgresTestServer.rows(
                    storeB.url, "SELECT role FROM hirescore.members WHERE db_role = '\(rita)'")
                    == ["data-protection-officer"])
        }
    }
}
