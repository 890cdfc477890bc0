import Foundation
import PostgresNIO
import PostgresStore
import Testing

/// `hirescore store init|copy|grant` and the reading commands on a PostgreSQL store, run as the built binary
/// against the server of `HIRESCORE_TEST_POSTGRES` (scripts/with-postgres.sh). Skipped without it, except
/// under `HIRESCORE_CI=1`, where the tests run and fail.
@Suite(.enabled(if: PostgresTestServer.enabled, PostgresTestServer.skipReason))
struct PostgresStoreCommandTests {
    /// The example store before signatures: `store grant` logs a signed event in a signed store, which needs a
    /// registered HR key (PostgresMemberEventsTests), and nobody holds the keys of examples/store.
    static let unsignedStore = ComplianceStore.exampleStore.path

    @Test func initCopyRoundTripAndTheReadingCommandsGiveTheFileStoresOutput() async throws {
        try await PostgresTestServer.withDatabase { url, shown in
            let root = TestPaths.packageRoot
            func run(_ arguments: [String]) async -> (exitCode: Int32, stdout: String, stderr: String) {
                await PostgresTestServer.runFromPackageRoot(arguments)
            }
            let created = await run(["store", "init", "--store", url])
            #expect(created.stdout == "store created: schema version 12 in \(shown)\n", "\(created.stderr)")
            #expect(
                await run(["store", "init", "--store", url]).stdout
                    == "store is current: schema version 12 in \(shown)\n")

            let lines = try String(
                contentsOf: root.appendingPathComponent("examples/store/.hirescore/audit.jsonl"), encoding: .utf8
            )
            .split(separator: "\n").count
            let into = await run(["store", "copy", "examples/store", url])
            #expect(into.exitCode == 0, "\(into.stderr)")
            #expect(
                into.stdout
                    == "copied 19 scorecards, \(lines) audit log lines and 0 other files from examples/store to \(shown)\n"
            )

            // And back: the same files, byte for byte, and they verify.
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
                PostgresTestServer.uniqueName("hs-back"))
            defer { try? FileManager.default.removeItem(at: folder) }
            let back = folder.appendingPathComponent("store").path
            #expect(await run(["store", "copy", url, back]).exitCode == 0)
            let diff = Process()
            diff.executableURL = URL(fileURLWithPath: "/usr/bin/diff")
            diff.arguments = ["-r", root.appendingPathComponent("examples/store").path, back]
            try diff.run()
            diff.waitUntilExit()
            #expect(diff.terminationStatus == 0)
            #expect(await run(["verify", "--store", back]).exitCode == 0)
            #expect(await run(["audit", "verify", "--store", back]).exitCode == 0)

            // The reading commands print on the database what they print on the files, the store named by its URL.
            for command in [
                ["merge"], ["status"], ["verify"], ["audit", "verify"], ["rank"], ["merge", "--format", "json"],
            ] {
                let onFiles = await run(command + ["--store", "examples/store"])
                let onDatabase = await run(command + ["--store", url])
                #expect(onDatabase.exitCode == onFiles.exitCode, "\(command): \(onDatabase.stderr)")
                #expect(!onFiles.stdout.isEmpty)
                #expect(
                    onDatabase.stdout == onFiles.stdout.replacingOccurrences(of: "examples/store", with: shown),
                    "\(command)")
                #expect(onDatabase.stderr == onFiles.stderr.replacingOccurrences(of: "examples/store", with: shown))
            }
            // The same through HIRESCORE_STORE, and the snapshot is gone afterwards.
            let fromEnvironment = await PostgresTestServer.run(
                ["status", "--rubrics", TestPaths.shippedRubrics.path], environment: ["HIRESCORE_STORE": url],
                currentDirectory: root)
            let statusOnFiles = await run(["status", "--store", "examples/store"]).stdout
            #expect(fromEnvironment.stdout == statusOnFiles.replacingOccurrences(of: "examples/store", with: shown))
        }
    }

    @Test func anInterviewerReadsOnlyWhatTheDatabaseLetsThemSee() async throws {
        try await PostgresTestServer.withDatabase { url, shown in
            let login = try await PostgresTestServer.createLogin("hs_anna", url: url)
            func run(_ arguments: [String]) async -> (exitCode: Int32, stdout: String, stderr: String) {
                await PostgresTestServer.runFromPackageRoot(arguments)
            }
            #expect(await run(["store", "init", "--store", url]).exitCode == 0)
            #expect(await run(["store", "copy", Self.unsignedStore, url]).exitCode == 0)
            let granted = await run([
                "store", "grant", "--store", url, login, "interviewer", "--interviewer-id", "anna-schmidt",
            ])
            #expect(granted.stdout == "'\(login)' is now interviewer (interviewer id anna-schmidt) in \(shown)\n")
            // Anna submitted for the three claims candidates: she sees their cards and nothing of ar-2026-02.
            let asAnna = url.replacingOccurrences(of: "://hirescore_admin@", with: "://\(login)@")
            let asAnnaShown = shown.replacingOccurrences(of: "://hirescore_admin@", with: "://\(login)@")
            let verified = await run(["verify", "--verbose", "--store", asAnna])
            var lines = verified.stdout.split(separator: "\n")
            #expect(verified.exitCode == 0, "\(verified.stderr)")
            #expect(lines.popLast() == "10 scorecards intact, 0 problems")
            #expect(lines.count == 10)
            #expect(lines.allSatisfy { $0.hasPrefix("\(asAnnaShown)/claims-2026-01/") }, "\(verified.stdout)")
            try await PostgresTestServer.dropRole(login)
        }
    }

    @Test func neverSeeColleaguesCardsAndRevokingAMember() async throws {
        try await PostgresTestServer.withDatabase { url, shown in
            let login = try await PostgresTestServer.createLogin("hs_anna", url: url)
            func run(_ arguments: [String]) async -> (exitCode: Int32, stdout: String, stderr: String) {
                await PostgresTestServer.runFromPackageRoot(arguments)
            }
            let bad = await run(["store", "init", "--store", url, "--colleagues-cards", "sometimes"])
            #expect(bad.exitCode == 2)
            #expect(
                bad.stderr
                    == "error: unknown value 'sometimes' for --colleagues-cards; use one of after-submitting, never\n")
            // The store is copied in first: a copy needs an empty log, and the setting's change is an audit event.
            #expect(await run(["store", "init", "--store", url]).exitCode == 0)
            #expect(await run(["store", "copy", Self.unsignedStore, url]).exitCode == 0)
            let never = await run(["store", "init", "--store", url, "--colleagues-cards", "never"])
            #expect(
                never.stdout
                    == "store is current: schema version 12 in \(shown)\ninterviewers never read colleagues' cards; the recruiter and the officer read as before\n",
                "\(never.stderr)")
            #expect(
                await run(["store", "grant", "--store", url, login, "interviewer", "--interviewer-id", "anna-schmidt"])
                    .exitCode == 0)
            // Anna submitted for the three claims candidates, and still sees only her own three cards.
            let asAnna = url.replacingOccurrences(of: "://hirescore_admin@", with: "://\(login)@")
            let verified = await run(["verify", "--verbose", "--store", asAnna])
            #expect(verified.exitCode == 0, "\(verified.stderr)")
            #expect(verified.stdout.hasSuffix("\n3 scorecards intact, 0 problems\n"), "\(verified.stdout)")
            let revoked = await run(["store", "revoke", "--store", url, login])
            #expect(revoked.stdout == "'\(login)' is no longer interviewer nor any member in \(shown)\n")
            let again = await run(["store", "revoke", "--store", url, login])
            #expect(again.exitCode == 1)
            #expect(again.stderr == "error: '\(login)' is not a member of this store; nothing was revoked\n")
            // The database refuses her now.
            let refused = await run(["verify", "--store", asAnna])
            #expect(refused.exitCode == 1)
            #expect(refused.stderr.contains("(SQLSTATE 42501)"), "\(refused.stderr)")
            try await PostgresTestServer.dropRole(login)
        }
    }

    @Test func neverSeeColleaguesCardsOfOneRubric() async throws {
        try await PostgresTestServer.withDatabase { url, shown in
            let login = try await PostgresTestServer.createLogin("hs_anna", url: url)
            func run(_ arguments: [String]) async -> (exitCode: Int32, stdout: String, stderr: String) {
                await PostgresTestServer.runFromPackageRoot(arguments)
            }
            #expect(await run(["store", "init", "--store", url]).exitCode == 0)
            let alone = await run(["store", "init", "--store", url, "--rubric", "claims-handler"])
            #expect(alone.exitCode == 2)
            #expect(
                alone.stderr
                    == "error: --rubric names the rubric of a --colleagues-cards setting; add --colleagues-cards never or after-submitting\n"
            )
            let actorAlone = await run(["store", "init", "--store", url, "--actor", "Hanna HR"])
            #expect(actorAlone.exitCode == 2)
            #expect(
                actorAlone.stderr
                    == "error: --actor names who changes a --colleagues-cards setting (a signed event); creating or upgrading the schema logs no event: leave --actor out, or add --colleagues-cards never or after-submitting\n"
            )
            #expect(await run(["store", "copy", Self.unsignedStore, url]).exitCode == 0)
            let never = await run([
                "store", "init", "--store", url, "--colleagues-cards", "never", "--rubric", "claims-handler",
            ])
            #expect(
                never.stdout
                    == "store is current: schema version 12 in \(shown)\nrubric claims-handler: interviewers never read colleagues' cards, whatever the store's setting; the recruiter and the officer read as before\n",
                "\(never.stderr)")
            #expect(
                await run(["store", "grant", "--store", url, login, "interviewer", "--interviewer-id", "anna-schmidt"])
                    .exitCode == 0)
            // Anna submitted for the three claims candidates (rubric claims-handler): she reads only her own cards.
            let asAnna = url.replacingOccurrences(of: "://hirescore_admin@", with: "://\(login)@")
            let verified = await run(["verify", "--verbose", "--store", asAnna])
            #expect(verified.stdout.hasSuffix("\n3 scorecards intact, 0 problems\n"), "\(verified.stdout)")
            // The rubric set back to after-submitting: the store's default holds again.
            #expect(
                await run([
                    "store", "init", "--store", url, "--colleagues-cards", "after-submitting", "--rubric",
                    "claims-handler",
                ]).exitCode == 0)
            let again = await run(["verify", "--verbose", "--store", asAnna])
            #expect(again.stdout.hasSuffix("\n10 scorecards intact, 0 problems\n"), "\(again.stdout)")
            try await PostgresTestServer.dropRole(login)
        }
    }

    @Test func grantAndInitRefuseAFolderAndABadRole() async throws {
        try await PostgresTestServer.withDatabase { url, _ in
            let onFolder = await PostgresTestServer.run(["store", "init", "--store", "some/folder"])
            #expect(onFolder.exitCode == 2)
            #expect(
                onFolder.stderr
                    == "error: 'store init' works on a PostgreSQL store (--store postgresql://...), and some/folder is a folder; a folder store needs no set-up\n"
            )
            let badRole = await PostgresTestServer.run(["store", "grant", "--store", url, "anna", "boss"])
            #expect(badRole.exitCode == 2)
            #expect(
                badRole.stderr
                    == "error: unknown role 'boss'; the roles are interviewer, recruiter, data-protection-officer, owner\n"
            )
        }
    }

    @Test func aPasswordInTheURLNeverReachesTheOutput() async throws {
        try await PostgresTestServer.withDatabase { url, _ in
            let withPassword = url.replacingOccurrences(of: "://hirescore_admin@", with: "://hirescore_admin:Sesam-99@")
            let outputs = [
                await PostgresTestServer.run(["store", "init", "--store", withPassword]),
                await PostgresTestServer.run([
                    "status", "--store", withPassword, "--rubrics", TestPaths.shippedRubrics.path,
                ]),
                await PostgresTestServer.run(["store", "copy", "/nonexistent/store", withPassword]),
            ]
            for output in outputs {
                #expect(!(output.stdout + output.stderr).contains("Sesam"), "\(output)")
            }
        }
    }
}

/// What works without a server: a database URL is never taken for a folder name.
struct DatabaseStoreRefusalTests {
    @Test func aWritingCommandOnAnUnreachableDatabaseMakesNoFolderOfTheURL() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            PostgresTestServer.uniqueName("hs-refuse"))
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for command in [["audit", "repair"], ["keys", "countersign"]] {
            let run = HireScoreProcess.run(
                command + ["--store", "postgresql://rita:pw@127.0.0.1:1/hiring"], currentDirectory: folder)
            #expect(run.exitCode == 1, "\(command)")
            #expect(run.stdout == "")
            #expect(
                run.stderr
                    == "error: cannot reach the PostgreSQL store postgresql://rita@127.0.0.1:1/hiring: connection refused; check that the server runs and that --store or HIRESCORE_STORE names it\n",
                "\(command)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
        }
    }
}

/// The server the CLI tests use: see PostgresStoreTests' TestServer.
enum PostgresTestServer {
    static let url = ProcessInfo.processInfo.environment["HIRESCORE_TEST_POSTGRES"].flatMap { $0.isEmpty ? nil : $0 }
    static let enabled = url != nil || ProcessInfo.processInfo.environment["HIRESCORE_CI"] == "1"
    static let skipReason: Comment =
        "HIRESCORE_TEST_POSTGRES is unset: run 'scripts/with-postgres.sh swift test' to test the PostgreSQL store"

    struct Missing: Error, CustomStringConvertible {
        var description: String {
            "HIRESCORE_CI=1 but HIRESCORE_TEST_POSTGRES is unset: CI must test the PostgreSQL store"
        }
    }

    static func uniqueName(_ prefix: String) -> String {
        prefix + "_" + String(UInt32.random(in: 0...UInt32.max), radix: 36)
    }

    /// Runs `body` with the URL of a new, empty database and the URL as hirescore shows it; drops it afterwards.
    static func withDatabase(_ body: (String, String) async throws -> Void) async throws {
        guard let url else { throw Missing() }
        let admin = try PostgresConnectionSettings(url: url)
        let name = uniqueName("hs_cli")
        try await StoreDatabase.with(admin) { database throws(StoreDatabaseError) in
            try await database.execute("CREATE DATABASE \(name)")
        }
        var settings = admin
        settings.database = name
        let databaseURL = url.replacingOccurrences(of: "/\(admin.database)", with: "/\(name)")
        do {
            try await body(databaseURL, settings.description)
        } catch {
            try? await drop(name, admin: admin)
            throw error
        }
        try await drop(name, admin: admin)
    }

    /// Runs the binary on a dispatch thread: a test that waited for a child on the few threads of Swift's
    /// cooperative pool could starve the database client another test's open transaction needs, while the
    /// child waits for that transaction (two `store init`s creating the server-wide roles): a deadlock.
    static func run(
        _ arguments: [String], environment: [String: String] = [:], currentDirectory: URL? = nil
    ) async -> (exitCode: Int32, stdout: String, stderr: String) {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(
                    returning: HireScoreProcess.run(
                        arguments, environment: environment, currentDirectory: currentDirectory))
            }
        }
    }

    /// Runs hirescore from the package root with the shipped rubrics and no `HIRESCORE_STORE` from outside.
    static func runFromPackageRoot(_ arguments: [String]) async -> (exitCode: Int32, stdout: String, stderr: String) {
        await run(
            arguments + ["--rubrics", TestPaths.shippedRubrics.path], environment: ["HIRESCORE_STORE": ""],
            currentDirectory: TestPaths.packageRoot)
    }

    /// Creates a login role with a unique name starting with `prefix` as the administrator of `url`; the test
    /// drops it with ``dropRole(_:)``.
    static func createLogin(_ prefix: String, url: String) async throws -> String {
        let login = uniqueName(prefix)
        try await admin(url) { database throws(StoreDatabaseError) in
            try await database.execute("CREATE ROLE \(login) LOGIN")
        }
        return login
    }

    /// Runs `body` as the administrator on the database of `url`.
    static func admin(_ url: String, _ body: @Sendable (StoreDatabase) async throws(StoreDatabaseError) -> Void)
        async throws
    {
        try await StoreDatabase.with(try PostgresConnectionSettings(url: url), body)
    }

    /// The rows `sql` returns as the administrator on the database of `url`, each row's columns as text joined by `|`.
    static func rows(_ url: String, _ sql: String) async throws -> [String] {
        try await StoreDatabase.with(try PostgresConnectionSettings(url: url)) { database throws(StoreDatabaseError) in
            try await database.query(PostgresQuery(unsafeSQL: sql)).map { row in
                row.map { cell in (try? cell.decode(String?.self)).flatMap { $0 } ?? "null" }.joined(separator: "|")
            }
        }
    }

    /// Drops a login role made by a test.
    static func dropRole(_ name: String) async throws {
        guard let url else { return }
        try await StoreDatabase.with(try PostgresConnectionSettings(url: url)) { database throws(StoreDatabaseError) in
            try await database.execute("DROP ROLE IF EXISTS \(name)")
        }
    }

    private static func drop(_ name: String, admin: PostgresConnectionSettings) async throws {
        try await StoreDatabase.with(admin) { database throws(StoreDatabaseError) in
            try await database.execute("DROP DATABASE IF EXISTS \(name) WITH (FORCE)")
        }
    }
}
