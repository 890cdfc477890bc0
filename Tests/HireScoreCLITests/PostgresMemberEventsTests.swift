import Foundation
import PostgresStore
import Testing

/// `store grant` and `store revoke` as signed events of the audit log (issue 21), run as the built binary: each is
/// written in the transaction of its `GRANT` or `REVOKE`, signed by the granting person's HR key in a signed store
/// (refused, changing nothing, without one), listed by `audit show --members` in English and German, and carried by
/// a copy to a folder, where `audit verify` passes.
@Suite(.enabled(if: PostgresTestServer.enabled, PostgresTestServer.skipReason))
struct PostgresMemberEventsTests {
    typealias Keys = PostgresAuditKeysCommandTests.Keys

    @Test func grantsAndRevocationsAreSignedEventsThatAFolderCopyCarriesAndVerifies() async throws {
        try await PostgresTestServer.withDatabase { url, shown in
            let login = try await PostgresTestServer.createLogin("hs_anna", url: url)
            let admin = try PostgresConnectionSettings(url: url).user
            let keys = try Keys()
            func run(_ arguments: [String], key: String?) async -> (exitCode: Int32, stdout: String, stderr: String) {
                await keys.run(arguments, key: key)
            }
            func counts() async throws -> [String] {
                try await PostgresTestServer.rows(
                    url,
                    "SELECT (SELECT count(*) FROM hirescore.audit_lines) || ' ' || (SELECT count(*) FROM hirescore.members)"
                )
            }
            #expect(await run(["store", "init", "--store", url], key: nil).exitCode == 0)
            let copied = await run(["store", "copy", ComplianceStore.exampleStore.path, url], key: nil)
            #expect(copied.exitCode == 0, "\(copied.stderr)")
            // HR's key makes the store a signed one (event 20); an interviewer's key is registered too (event 21).
            let hanna = try keys.make("Hanna")
            let anna = try keys.make("Anna")
            for (publicKey, name, role) in [(hanna, "Hanna", "hr"), (anna, "Anna Schmidt", "interviewer")] {
                let registered = await run(
                    [
                        "keys", "register", publicKey, "--name", name, "--role", role, "--actor", "Hanna", "--store",
                        url,
                    ],
                    key: "Hanna")
                #expect(registered.exitCode == 0, "\(registered.stderr)")
            }
            let grant = ["store", "grant", "--store", url, login, "interviewer", "--interviewer-id", "anna-schmidt"]
            // Without a key, or with an interviewer's key, the grant is refused and nothing changes.
            let before = try await counts()
            #expect(before == ["21 0"])
            let withoutKey = await run(grant + ["--actor", "Hanna"], key: nil)
            #expect(withoutKey.exitCode == 1)
            #expect(
                withoutKey.stderr
                    == "error: the member-grant by 'Hanna' cannot be recorded: the event is not signed, but every event from event 20 on must be (a signature was removed, or the event was added by hand); this store signs its records: create your key with 'hirescore keys init' and have HR register it; nothing was recorded\n"
            )
            let notHR = await run(grant + ["--actor", "Anna Schmidt"], key: "Anna")
            #expect(notHR.exitCode == 1)
            #expect(
                notHR.stderr.contains(
                    "only HR grants and revokes store members; 'Anna Schmidt' is registered as interviewer"),
                "\(notHR.stderr)")
            #expect(try await counts() == before)
            // With HR's key: granted and revoked, each with its signed event.
            let granted = await run(grant + ["--actor", "Hanna"], key: "Hanna")
            #expect(granted.stdout == "'\(login)' is now interviewer (interviewer id anna-schmidt) in \(shown)\n")
            let revoked = await run(["store", "revoke", "--store", url, login, "--actor", "Hanna"], key: "Hanna")
            #expect(revoked.stdout == "'\(login)' is no longer interviewer nor any member in \(shown)\n")
            #expect(try await counts() == ["23 0"])
            let lines = try await PostgresTestServer.rows(
                url,
                "SELECT convert_from(content, 'UTF8')::jsonb ->> 'sig' FROM hirescore.audit_lines WHERE line_number > 21 ORDER BY 1"
            )
            #expect(lines.count == 2 && lines.allSatisfy { $0.hasPrefix("ed25519:") }, "\(lines)")
            // `audit show --members` tells it in English and German, from the database and from a folder copy.
            let times = try Regex(#"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z"#)
            let english = """
                22. TIME  member-grant  by Hanna
                     '\(login)' became interviewer (interviewer id anna-schmidt), granted by the database user '\(admin)'
                23. TIME  member-revoke  by Hanna
                     '\(login)' is no longer interviewer, revoked by the database user '\(admin)'

                """
            let german = """
                22. TIME  member-grant  durch Hanna
                     '\(login)' wurde interviewer (Interviewer-Kennung anna-schmidt), vergeben durch den Datenbankbenutzer '\(admin)'
                23. TIME  member-revoke  durch Hanna
                     '\(login)' ist nicht mehr interviewer, entzogen durch den Datenbankbenutzer '\(admin)'

                """
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
                PostgresTestServer.uniqueName("hs-members"))
            defer { try? FileManager.default.removeItem(at: folder) }
            let back = folder.appendingPathComponent("store").path
            #expect(await run(["store", "copy", url, back], key: nil).exitCode == 0)
            for store in [url, back] {
                for (language, expected) in [("en", english), ("de", german)] {
                    let shownEvents = await run(
                        ["audit", "show", "--members", "--store", store, "--lang", language], key: nil)
                    #expect(shownEvents.exitCode == 0, "\(shownEvents.stderr)")
                    #expect(shownEvents.stdout.replacing(times, with: "TIME") == expected, "\(store) \(language)")
                }
                let verified = await run(["audit", "verify", "--store", store], key: nil)
                #expect(verified.stdout == "audit log intact: 23 events, chain and references verified\n")
            }
            // A candidate's story and the member list are asked for apart.
            let both = await run(["audit", "show", "c-101", "--members", "--store", back], key: nil)
            #expect(both.exitCode == 2)
            #expect(
                both.stderr
                    == "error: name a candidate ('audit show c-104') or give --members, --settings or both ('audit show --members'), not a candidate and a list\n"
            )
            let none = await run(
                ["audit", "show", "--members", "--store", ComplianceStore.exampleStore.path], key: nil)
            #expect(none.stdout == "no member grants or revocations in the audit log\n")
            try await PostgresTestServer.dropRole(login)
        }
    }
}
