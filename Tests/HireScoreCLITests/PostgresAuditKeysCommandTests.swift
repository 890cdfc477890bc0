import Foundation
import PostgresStore
import Testing

/// `audit verify|show|checkpoint` and `keys list|register|revoke` on a PostgreSQL store (issue 21), run as the built
/// binary by members with their own logins beside the same commands on the same store as files: the reading ones
/// print the same for every role; `keys register` and `keys revoke` are one transaction with their signed audit
/// event, refused by the database for an interviewer's login even with an HR key in hand.
@Suite(.enabled(if: PostgresTestServer.enabled, PostgresTestServer.skipReason))
struct PostgresAuditKeysCommandTests {
    typealias Stores = PostgresRecordsCommandTests.Stores

    /// Signing keys made with `keys init` in a folder of the test's own.
    final class Keys: @unchecked Sendable {
        let folder: String

        init() throws {
            folder = NSTemporaryDirectory() + "hs-keys-" + UUID().uuidString
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
        }

        deinit { try? FileManager.default.removeItem(atPath: folder) }

        func path(_ person: String) -> String { folder + "/" + person + ".key" }

        /// Creates `person`'s key and returns its public key (`ed25519:…`).
        func make(_ person: String) throws -> String {
            let created = HireScoreProcess.run(["keys", "init"], environment: ["HIRESCORE_KEY": path(person)])
            try #require(created.exitCode == 0, "keys init: \(created.stderr)")
            return try #require(
                created.stdout.split(separator: "\n").first { $0.contains("ed25519:") && $0.hasSuffix("=") }?.split(
                    separator: " "
                ).last.map(String.init))
        }

        /// Runs the built binary from the package root with the shipped rubrics, `person`'s key as the signing key
        /// (none: a path that does not exist) and `$USER` test-user, no store from the environment.
        func run(_ arguments: [String], key person: String?) async -> (exitCode: Int32, stdout: String, stderr: String)
        {
            await PostgresTestServer.run(
                arguments + ["--rubrics", TestPaths.shippedRubrics.path],
                environment: [
                    "HIRESCORE_STORE": "", "USER": "test-user", "HIRESCORE_KEY": person.map(path) ?? "/nonexistent/key",
                ], currentDirectory: TestPaths.packageRoot)
        }

        /// The key id `keys register` printed.
        static func keyID(in output: String) -> String {
            output.split(separator: " ").first { $0.hasPrefix("ed25519:") }.map(String.init) ?? ""
        }
    }

    /// Runs a command with `key` as the signing key on the database store as `member`, and on the file store
    /// (its path shown as `member`'s URL).
    static func onBoth(
        _ stores: Stores, _ arguments: [String], as member: String, key: String?
    ) async -> (
        database: (exitCode: Int32, stdout: String, stderr: String),
        files: (exitCode: Int32, stdout: String, stderr: String)
    ) {
        var environment = ["HIRESCORE_STORE": "", "USER": "test-user", "HIRESCORE_KEY": key ?? "/nonexistent/key"]
        let database = await PostgresTestServer.run(
            arguments + ["--rubrics", TestPaths.shippedRubrics.path, "--store", stores.url(as: member).url],
            environment: environment)
        guard let files = stores.files else { return (database, (-1, "", "")) }
        environment["HIRESCORE_STORE"] = "/nonexistent/hirescore-store"
        let path = files.store.path
        let folder = HireScoreProcess.run(
            arguments + ["--rubrics", TestPaths.shippedRubrics.path, "--store", path], environment: environment)
        let shown = stores.url(as: member).shown
        return (
            database,
            (
                folder.exitCode, folder.stdout.replacingOccurrences(of: path, with: shown),
                folder.stderr.replacingOccurrences(of: path, with: shown)
            )
        )
    }

    /// Runs a command on both stores and expects the same exit status and output; returns the database's output.
    static func same(
        _ stores: Stores, _ arguments: [String], as member: String, key: String? = nil,
        normalise: (String) -> String = { $0 }, sourceLocation: SourceLocation = #_sourceLocation
    ) async -> String {
        let (database, files) = await onBoth(stores, arguments, as: member, key: key)
        #expect(database.exitCode == 0, "\(arguments): \(database.stderr)", sourceLocation: sourceLocation)
        #expect(database.exitCode == files.exitCode, sourceLocation: sourceLocation)
        #expect(normalise(database.stdout) == normalise(files.stdout), sourceLocation: sourceLocation)
        #expect(database.stderr == files.stderr, sourceLocation: sourceLocation)
        return database.stdout
    }

    @Test func everyMemberReadsTheAuditLogAndTheKeyListAsOnFiles() async throws {
        try await PostgresTestServer.withDatabase { url, shown in
            let stores = try await Stores(url: url, shown: shown)
            for member in ["rita", "dora", "anna"] {
                let story = await Self.same(stores, ["audit", "show", "c-101"], as: member)
                #expect(story.contains("  submit  by Anna Schmidt  [claims-2026-01]\n"), "\(story)")
                #expect(
                    await Self.same(stores, ["keys", "list"], as: member)
                        == "no keys registered: the store does not sign (v1)\n")
            }
            // The recruiter and the officer read every card the log names (an interviewer reads only some).
            for member in ["rita", "dora"] {
                let verified = await Self.same(stores, ["audit", "verify"], as: member)
                #expect(verified == "audit log intact: 22 events, chain and references verified\n")
            }
            // An interviewer's verdict is on the part she may read, with the number of events and who verifies the
            // whole store: never a verdict on the whole store, nor a list of the cards she may not read.
            let byAnna = await stores.onDatabase(["audit", "verify"], as: "anna")
            #expect(byAnna.exitCode == 0, "\(byAnna.stderr)")
            #expect(byAnna.stderr == "")
            #expect(
                byAnna.stdout
                    == "the part of the store you may read is intact: 22 events of the audit log, their chain and the scorecards you may read verified; other interviewers' cards, decisions and holds were not checked: only a recruiter, the data-protection officer or the owner can verify the whole store\n"
            )
            let german = await stores.onDatabase(["audit", "verify", "--lang", "de"], as: "anna")
            #expect(german.exitCode == 0, "\(german.stderr)")
            #expect(german.stderr == "")
            #expect(
                german.stdout
                    == "der Teil der Ablage, den Sie lesen dürfen, ist in Ordnung: 22 Ereignisse des Protokolls, ihre Kette und die Bögen, die Sie lesen dürfen, geprüft; Bögen anderer Interviewender, Entscheidungen und Sperren wurden nicht geprüft: die ganze Ablage können nur Recruiter, Datenschutzbeauftragte oder der Eigentümer prüfen\n"
            )
            let unknown = await Self.onBoth(stores, ["audit", "show", "c-999"], as: "anna", key: nil)
            #expect(unknown.database.exitCode == 1)
            #expect(unknown.database.stderr == unknown.files.stderr)
            // The part she reads is still checked: a line changed by the owner (only it may) fails her verify too.
            _ = try await PostgresTestServer.rows(
                stores.url,
                """
                UPDATE hirescore.audit_lines
                SET content = convert_to(replace(convert_from(content, 'UTF8'), 'Anna Schmidt', 'Anna Schmitt'), 'UTF8')
                WHERE line_number = (SELECT min(line_number) FROM hirescore.audit_lines
                  WHERE convert_from(content, 'UTF8') LIKE '%Anna Schmidt%') RETURNING line_number
                """)
            let changed = await stores.onDatabase(["audit", "verify"], as: "anna")
            #expect(changed.exitCode == 1)
            #expect(changed.stdout.contains(": error: "), "\(changed.stdout)")
            #expect(!changed.stdout.contains("is intact"), "\(changed.stdout)")
            try await stores.dropLogins()
        }
    }

    @Test func keysAreRegisteredAndRevokedByHROnlyAndTheDatabaseRefusesAnInterviewersLogin() async throws {
        try await PostgresTestServer.withDatabase { url, shown in
            let stores = try await Stores(url: url, shown: shown)
            let keys = try Keys()
            let rita = try keys.make("Rita")
            let anna = try keys.make("Anna Schmidt")
            // An interviewer's login with HR's key in hand: the database refuses the key event, nothing changes.
            let before = try await stores.counts()
            let register = ["keys", "register", rita, "--name", "Rita", "--role", "hr", "--actor", "Rita"]
            let refused = await PostgresTestServer.run(
                register + ["--rubrics", TestPaths.shippedRubrics.path, "--store", stores.url(as: "anna").url],
                environment: ["HIRESCORE_STORE": "", "USER": "test-user", "HIRESCORE_KEY": keys.path("Rita")])
            #expect(refused.exitCode == 1)
            #expect(refused.stdout == "")
            #expect(
                refused.stderr
                    == "error: the database refused the 'key-register' event of '\(stores.login("anna"))' (SQLSTATE 42501): only the store roles recruiter, data-protection-officer, owner may record it; nothing was changed. The store's owner grants roles with 'hirescore store grant'\n"
            )
            #expect(try await stores.counts() == before)
            // HR registers their own key first, then the interviewer's.
            let first = await Self.same(stores, register, as: "rita", key: keys.path("Rita"))
            let ritaID = Keys.keyID(in: first)
            #expect(first == "key registered: \(ritaID) for Rita (hr), event 23\n")
            let second = await Self.same(
                stores,
                ["keys", "register", anna, "--name", "Anna Schmidt", "--role", "interviewer", "--actor", "Rita"],
                as: "rita", key: keys.path("Rita"))
            let annaID = Keys.keyID(in: second)
            #expect(second == "key registered: \(annaID) for Anna Schmidt (interviewer), event 24\n")
            let revoke = ["keys", "revoke", annaID, "--reason", "laptop lost", "--actor", "Rita"]
            let refusedRevoke = await PostgresTestServer.run(
                revoke + ["--rubrics", TestPaths.shippedRubrics.path, "--store", stores.url(as: "anna").url],
                environment: ["HIRESCORE_STORE": "", "USER": "test-user", "HIRESCORE_KEY": keys.path("Rita")])
            #expect(refusedRevoke.exitCode == 1)
            #expect(refusedRevoke.stderr.contains("refused the 'key-revoke' event of '\(stores.login("anna"))'"))
            #expect(
                await Self.same(stores, revoke, as: "dora", key: keys.path("Rita"))
                    == "key revoked: \(annaID), event 25\n")
            for member in ["rita", "dora", "anna"] {
                #expect(
                    await Self.same(stores, ["keys", "list"], as: member)
                        == """
                        \(ritaID)  Rita  hr  registered by event 23, valid
                        \(annaID)  Anna Schmidt  interviewer  registered by event 24, revoked by event 25

                        """)
            }
            // A checkpoint signed with HR's key, read from the database by any member, verifies against it (the
            // file store's chain has other hashes: its events have other times).
            let times = try Regex(#"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z"#)
            let checkpoint = await Self.same(
                stores, ["audit", "checkpoint", "--actor", "Rita"], as: "anna", key: keys.path("Rita"),
                normalise: {
                    $0.replacing(times, with: "TIME").replacing(#/sha256:[0-9a-f]{64}/#, with: "HASH")
                        .replacing(#/"sig":"[^"]*"/#, with: "SIG")
                })
            #expect(checkpoint.contains("\"events\":25"), "\(checkpoint)")
            let verified = await stores.onDatabase(
                ["audit", "verify", "--checkpoint", checkpoint.trimmingCharacters(in: .newlines)], as: "dora")
            #expect(verified.exitCode == 0, "\(verified.stdout)\(verified.stderr)")
            #expect(verified.stdout == "audit log intact: 25 events, chain and references verified\n")
            try await stores.expectSameStore()
            try await stores.dropLogins()
        }
    }
}
