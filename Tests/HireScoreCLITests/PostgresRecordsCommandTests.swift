import Foundation
import PostgresStore
import Testing

/// `decide`, `hold`, `release`, `purge` and `export` on a PostgreSQL store (issue 21), run as the built binary
/// by members with their own logins: each is one transaction with its audit events, prints what it prints on
/// the same store as files, leaves a log that `audit verify` passes, and is refused by the database for a
/// role that may not do it, changing nothing.
@Suite(.enabled(if: PostgresTestServer.enabled, PostgresTestServer.skipReason))
struct PostgresRecordsCommandTests {
    /// The unsigned fixture store twice: in a database (members rita, recruiter; dora, data-protection
    /// officer; anna, interviewer anna-schmidt) and as files copied out of it after the grants.
    final class Stores: @unchecked Sendable {
        let url: String
        let shown: String
        let logins: [String: String]
        let files = try? ComplianceStore()

        /// Sets the store up at `url`; `logins`: the members' login names (those of another store, for a second
        /// server with the same members), else new ones.
        init(url: String, shown: String, logins given: [String: String]? = nil) async throws {
            self.url = url
            self.shown = shown
            logins =
                given
                ?? Dictionary(
                    uniqueKeysWithValues: ["rita", "dora", "anna"].map {
                        ($0, PostgresTestServer.uniqueName("hs_" + $0))
                    })
            let names = Array(logins.values)
            try await PostgresTestServer.admin(url) { database throws(StoreDatabaseError) in
                for name in names { try await database.execute("CREATE ROLE \(name) LOGIN") }
            }
            let fixture = ComplianceStore.exampleStore.path
            for arguments in [
                ["store", "init", "--store", url], ["store", "copy", fixture, url],
                ["store", "grant", "--store", url, login("rita"), "recruiter"],
                ["store", "grant", "--store", url, login("dora"), "data-protection-officer"],
                ["store", "grant", "--store", url, login("anna"), "interviewer", "--interviewer-id", "anna-schmidt"],
            ] {
                let done = await PostgresTestServer.run(arguments, environment: ["HIRESCORE_STORE": ""])
                try #require(done.exitCode == 0, "\(arguments): \(done.stderr)")
            }
            // The file twin is the database copied out: the same cards and files, and the same log with the
            // three signed `member-grant` events the grants appended (a folder store carries and verifies them).
            let store = try #require(files).store.path
            try FileManager.default.removeItem(atPath: store)
            let back = await PostgresTestServer.run(
                ["store", "copy", url, store], environment: ["HIRESCORE_STORE": ""])
            try #require(back.exitCode == 0, "\(back.stderr)")
        }

        func login(_ member: String) -> String { logins[member] ?? member }

        /// The store's URL as `member` logs in, and as hirescore shows it.
        func url(as member: String) -> (url: String, shown: String) {
            (
                url.replacingOccurrences(of: "://hirescore_admin@", with: "://\(login(member))@"),
                shown.replacingOccurrences(of: "://hirescore_admin@", with: "://\(login(member))@")
            )
        }

        /// Runs hirescore on the database store as `member`.
        func onDatabase(_ arguments: [String], as member: String) async -> (
            exitCode: Int32, stdout: String, stderr: String
        ) {
            await PostgresTestServer.run(
                arguments + ["--rubrics", TestPaths.shippedRubrics.path, "--store", url(as: member).url],
                environment: ["HIRESCORE_STORE": "", "USER": "test-user"])
        }

        /// Runs hirescore on the file store, its output with the store's path replaced by `member`'s URL.
        func onFiles(_ arguments: [String], as member: String) -> (exitCode: Int32, stdout: String, stderr: String) {
            guard let files else { return (-1, "", "") }
            let result = files.run(arguments)
            let path = files.store.path
            return (
                result.exitCode, result.stdout.replacingOccurrences(of: path, with: url(as: member).shown),
                result.stderr.replacingOccurrences(of: path, with: url(as: member).shown)
            )
        }

        /// Runs a command on both stores and expects the same exit status and output.
        func same(
            _ arguments: [String], as member: String, normalise: (String) -> String = { $0 },
            sourceLocation: SourceLocation = #_sourceLocation
        ) async -> String {
            let database = await onDatabase(arguments, as: member)
            let folder = onFiles(arguments, as: member)
            #expect(database.exitCode == 0, "\(arguments): \(database.stderr)", sourceLocation: sourceLocation)
            #expect(database.exitCode == folder.exitCode, sourceLocation: sourceLocation)
            #expect(normalise(database.stdout) == normalise(folder.stdout), sourceLocation: sourceLocation)
            #expect(database.stderr == folder.stderr, sourceLocation: sourceLocation)
            return database.stdout
        }

        /// Runs a command as `member` that the database must refuse for `event`, and checks nothing changed.
        func refused(
            _ arguments: [String], as member: String, event: String, roles: String,
            sourceLocation: SourceLocation = #_sourceLocation
        ) async throws {
            let before = try await counts()
            let result = await onDatabase(arguments, as: member)
            #expect(result.exitCode == 1, sourceLocation: sourceLocation)
            #expect(
                result.stderr
                    == "error: the database refused the '\(event)' event of '\(login(member))' (SQLSTATE 42501): only the store roles \(roles) may record it; nothing was changed. The store's owner grants roles with 'hirescore store grant'\n",
                sourceLocation: sourceLocation)
            #expect(result.stdout == "", sourceLocation: sourceLocation)
            #expect(
                try await counts() == before, "the refused command changed the store", sourceLocation: sourceLocation)
        }

        /// The rows of each table and a digest of their content, read as the administrator; `other`: the
        /// administrator's URL of another server with the same store (a standby), instead of ``url``.
        func counts(at other: String? = nil) async throws -> String {
            let rows = try await PostgresTestServer.rows(
                other ?? url,
                """
                SELECT (SELECT count(*) || ' ' || coalesce(md5(string_agg(content, '' ORDER BY id)), '-') FROM hirescore.scorecards)
                  || ' | ' || (SELECT count(*) || ' ' || coalesce(md5(string_agg(content, '' ORDER BY line_number)), '-') FROM hirescore.audit_lines)
                  || ' | ' || (SELECT count(*) || ' ' || coalesce(md5(string_agg(content, '' ORDER BY path)), '-') FROM hirescore.files)
                """)
            return rows.joined()
        }

        /// `audit verify` on the database passes, and a copy out of it equals the file store but for the times
        /// of the events (and the file store's lock file): the same files byte for byte, the same events.
        func expectSameStore(sourceLocation: SourceLocation = #_sourceLocation) async throws {
            let verified = await onDatabase(["audit", "verify"], as: "rita")
            #expect(verified.exitCode == 0, "\(verified.stderr)", sourceLocation: sourceLocation)
            #expect(verified.stdout.hasPrefix("audit log intact: "), sourceLocation: sourceLocation)
            guard let files else { return }
            let back = files.folder.appendingPathComponent("back").path
            try? FileManager.default.removeItem(atPath: back)
            let copied = await PostgresTestServer.run(
                ["store", "copy", url, back], environment: ["HIRESCORE_STORE": ""])
            #expect(copied.exitCode == 0, "\(copied.stderr)", sourceLocation: sourceLocation)
            let diff = Process()
            diff.executableURL = URL(fileURLWithPath: "/usr/bin/diff")
            diff.arguments = [
                "-r", "-x", "audit.jsonl", "-x", "audit.lock", "-x", "holds.json", files.store.path, back,
            ]
            try diff.run()
            diff.waitUntilExit()
            #expect(diff.terminationStatus == 0, "the stores differ", sourceLocation: sourceLocation)
            // A hold names the time of its event.
            let times = try Regex(#"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z"#)
            let holds = [back, files.store.path].map {
                ((try? String(contentsOfFile: $0 + "/.hirescore/holds.json", encoding: .utf8)) ?? "none")
                    .replacing(times, with: "TIME")
            }
            #expect(holds[0] == holds[1], sourceLocation: sourceLocation)
            #expect(
                try Self.events(back + "/.hirescore/audit.jsonl") == Self.events(files.auditLog.path),
                sourceLocation: sourceLocation)
        }

        /// Each line of a log as `seq event candidate actor details`.
        static func events(_ path: String) throws -> [String] {
            try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map { line in
                let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] ?? [:]
                let details = (object["details"] as? [String: String] ?? [:]).sorted { $0.key < $1.key }
                return ["seq", "event", "candidate", "actor"].map { "\(object[$0] ?? "-")" }.joined(separator: " ")
                    + " " + details.map { "\($0.key)=\($0.value)" }.joined(separator: ",")
            }
        }

        func dropLogins() async throws {
            for name in logins.values { try await PostgresTestServer.dropRole(name) }
        }
    }

    static let reason = "below the requirements in claims law, a critical skill"

    @Test func decideMergesAndRecordsTheDecisionInOneTransactionAsTheRecruiterAlone() async throws {
        try await PostgresTestServer.withDatabase { url, shown in
            let stores = try await Stores(url: url, shown: shown)
            let decide = [
                "decide", "--candidate", "c-101", "--requisition", "claims-2026-01", "--outcome", "rejected",
                "--date", "2026-01-20", "--reason", Self.reason,
            ]
            try await stores.refused(
                decide + ["--actor", "Dora"], as: "dora", event: "merge", roles: "recruiter, owner")
            try await stores.refused(
                decide + ["--actor", "Anna"], as: "anna", event: "merge", roles: "recruiter, owner")
            // A draft the recruiter cannot read still stops the decision, as the file store's merge does.
            _ = try await PostgresTestServer.rows(
                url,
                """
                INSERT INTO hirescore.scorecards (requisition, candidate, file_name, interviewer_id, status, content)
                VALUES ('claims-2026-01', 'c-101', 'greta-lindqvist.yaml', 'greta-lindqvist', 'draft', '\\x0a')
                """)
            let early = await stores.onDatabase(decide + ["--actor", "Rita"], as: "rita")
            #expect(early.exitCode == 1)
            #expect(
                early.stderr
                    == "error: the panel of 'c-101' cannot be merged: greta-lindqvist.yaml in \(stores.url(as: "rita").shown)/claims-2026-01/c-101 is still a draft; every interviewer submits before the decision; no decision recorded\n"
            )
            _ = try await PostgresTestServer.rows(
                url, "DELETE FROM hirescore.scorecards WHERE candidate = 'c-101' AND file_name = 'greta-lindqvist.yaml'"
            )
            let output = await stores.same(decide + ["--actor", "Rita"], as: "rita")
            #expect(
                output.hasPrefix(
                    "Decision recorded: c-101 rejected on 2026-01-20 (panel: strong yes); kept until 2026-07-20\n"))
            #expect(output.contains("\(stores.url(as: "rita").shown)/claims-2026-01/c-101/anna-schmidt.yaml"))
            // The same decision again is refused by the records, on the database as on files.
            let again = await stores.onDatabase(decide + ["--actor", "Rita"], as: "rita")
            let againOnFiles = stores.onFiles(decide + ["--actor", "Rita"], as: "rita")
            #expect(again.exitCode == againOnFiles.exitCode)
            #expect(again.stderr == againOnFiles.stderr)
            try await stores.expectSameStore()
            try await stores.dropLogins()
        }
    }

    @Test func holdAndReleaseAreTheRecruitersAndTheOfficersNeverAnInterviewers() async throws {
        try await PostgresTestServer.withDatabase { url, shown in
            let stores = try await Stores(url: url, shown: shown)
            let hold = ["hold", "c-103", "--requisition", "claims-2026-01", "--reason", "AGG claim pending"]
            try await stores.refused(
                hold + ["--actor", "Anna"], as: "anna", event: "hold",
                roles: "recruiter, data-protection-officer, owner")
            #expect(
                await stores.same(hold + ["--actor", "Rita"], as: "rita")
                    == "Hold placed: c-103 is kept until released\n")
            let release = ["hold", "c-103", "--requisition", "claims-2026-01", "--release", "--reason", "settled"]
            try await stores.refused(
                release + ["--actor", "Anna"], as: "anna", event: "release",
                roles: "recruiter, data-protection-officer, owner")
            #expect(await stores.same(release + ["--actor", "Dora"], as: "dora") == "Hold released: c-103\n")
            // A typo in the requisition is refused before anything is logged, with the same words.
            let typo = await stores.onDatabase(
                ["hold", "c-103", "--requisition", "claims-2026-1", "--reason", "x"], as: "rita")
            let typoOnFiles = stores.onFiles(
                ["hold", "c-103", "--requisition", "claims-2026-1", "--reason", "x"], as: "rita")
            #expect(typo.exitCode == 1)
            #expect(typo.stderr == typoOnFiles.stderr)
            try await stores.expectSameStore()
            try await stores.dropLogins()
        }
    }

    @Test func purgeAndExportAreTheDataProtectionOfficersAlone() async throws {
        try await PostgresTestServer.withDatabase { url, shown in
            let stores = try await Stores(url: url, shown: shown)
            for candidate in ["c-101", "c-102"] {
                _ = await stores.same(
                    [
                        "decide", "--candidate", candidate, "--requisition", "claims-2026-01", "--outcome", "rejected",
                        "--date", ComplianceStore.longAgo, "--reason", Self.reason, "--actor", "Rita",
                    ], as: "rita")
            }
            _ = await stores.same(["hold", "c-102", "--reason", "AGG claim pending", "--actor", "Rita"], as: "rita")
            try await stores.refused(
                ["purge", "--actor", "Rita"], as: "rita", event: "purge", roles: "data-protection-officer, owner")
            try await stores.refused(
                ["export", "--candidate", "c-103", "--actor", "Rita"], as: "rita", event: "export",
                roles: "data-protection-officer, owner")
            // A dry run changes nothing, for anyone.
            let before = try await stores.counts()
            let dryRun = await stores.same(["purge", "--dry-run", "--actor", "Rita"], as: "rita")
            #expect(dryRun.hasSuffix("dry run: 1 candidates would be deleted; nothing deleted\n"))
            #expect(try await stores.counts() == before)
            let purged = await stores.same(["purge", "--actor", "Dora"], as: "dora")
            #expect(purged.contains("  claims-2026-01/c-101: DELETE (due since 2020-07-15) (4 files)\n"))
            #expect(purged.contains("  claims-2026-01/c-102: keep: on hold (3 files)\n"))
            #expect(purged.hasSuffix("deleted 4 files of 1 candidates and logged it\n"))
            let rows = try await PostgresTestServer.rows(
                url, "SELECT count(*)::text FROM hirescore.scorecards WHERE candidate = 'c-101'")
            #expect(rows == ["0"])
            // The export writes what the file store's export writes (its events at other times).
            let times = try Regex(#"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z"#)
            let hashes = try Regex(#"sha256:[0-9a-f]{64}"#)
            let exported = await stores.same(
                ["export", "--candidate", "c-102", "--format", "markdown", "--actor", "Dora"], as: "dora",
                normalise: { $0.replacing(times, with: "TIME") })
            #expect(exported.contains("decision (Rita)"))
            let json = await stores.same(
                ["export", "--candidate", "c-102", "--actor", "Dora"], as: "dora",
                normalise: { $0.replacing(times, with: "TIME").replacing(hashes, with: "HASH") })
            #expect(json.hasPrefix("{"))
            try await stores.expectSameStore()
            try await stores.dropLogins()
        }
    }
}
