import Foundation
import PostgresStore
import Testing

/// `store init --colleagues-cards` as signed `store-setting` events of the audit log (issue 21), run as the built
/// binary: each change is written in the transaction of the setting, signed by HR's key in a signed store (refused,
/// changing nothing, without one or with an interviewer's key, and refused by the database on an interviewer's own
/// login), a value the store already has logs nothing, `audit show --settings` lists them in English and German, and
/// a copy to a folder and on into another database carries them, where `audit verify` passes.
@Suite(.enabled(if: PostgresTestServer.enabled, PostgresTestServer.skipReason))
struct PostgresSettingEventsTests {
    typealias Keys = PostgresAuditKeysCommandTests.Keys

    @Test func settingChangesAreSignedEventsThatCopiesCarryBothWaysAndVerify() async throws {
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
                    """
                    SELECT (SELECT count(*) FROM hirescore.audit_lines) || ' ' || (SELECT colleagues_cards FROM
                      hirescore.settings) || ' ' || (SELECT count(*) FROM hirescore.rubric_settings) || ' '
                      || (SELECT count(*) FROM hirescore.member_events WHERE action = 'setting')
                    """)
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
            func setting(_ value: String, rubric: String? = nil, store: String? = nil) -> [String] {
                ["store", "init", "--store", store ?? url, "--colleagues-cards", value]
                    + (rubric.map { ["--rubric", $0] } ?? [])
            }
            // Without a key, or with an interviewer's key, the change is refused and nothing changes.
            let before = try await counts()
            #expect(before == ["21 after-submitting 0 0"])
            let withoutKey = await run(setting("never") + ["--actor", "Hanna"], key: nil)
            #expect(withoutKey.exitCode == 1)
            #expect(withoutKey.stdout == "")
            #expect(
                withoutKey.stderr
                    == "error: the store-setting by 'Hanna' cannot be recorded: the event is not signed, but every event from event 20 on must be (a signature was removed, or the event was added by hand); this store signs its records: create your key with 'hirescore keys init' and have HR register it; nothing was recorded\n"
            )
            let notHR = await run(
                setting("never", rubric: "claims-handler") + ["--actor", "Anna Schmidt"], key: "Anna")
            #expect(notHR.exitCode == 1)
            #expect(
                notHR.stderr.contains(
                    "only HR changes the store's settings; 'Anna Schmidt' is registered as interviewer"),
                "\(notHR.stderr)")
            #expect(try await counts() == before)
            // With HR's key: tightened for the store and a rubric, then loosened for the store, each a signed event;
            // a value the store or the rubric already has (a rubric without its own counts as after-submitting) is
            // no change and logs nothing.
            let current = "store is current: schema version 12 in \(shown)\n"
            let never = "interviewers never read colleagues' cards; the recruiter and the officer read as before\n"
            let unchanged = "the setting was already so: nothing was changed or logged\n"
            let tightened = await run(setting("never") + ["--actor", "Hanna"], key: "Hanna")
            #expect(tightened.stdout == current + never, "\(tightened.stderr)")
            let again = await run(setting("never") + ["--actor", "Hanna"], key: "Hanna")
            #expect(again.stdout == current + never + unchanged, "\(again.stderr)")
            let rubric = await run(setting("never", rubric: "claims-handler") + ["--actor", "Hanna"], key: "Hanna")
            #expect(rubric.exitCode == 0, "\(rubric.stderr)")
            let noRow = await run(
                setting("after-submitting", rubric: "it-service-desk") + ["--actor", "Hanna"], key: "Hanna")
            #expect(noRow.stdout.hasSuffix(unchanged), "\(noRow.stdout)")
            let loosened = await run(setting("after-submitting") + ["--actor", "Hanna"], key: "Hanna")
            #expect(loosened.exitCode == 0, "\(loosened.stderr)")
            #expect(try await counts() == ["24 after-submitting 1 3"])
            let signatures = try await PostgresTestServer.rows(
                url,
                "SELECT convert_from(content, 'UTF8')::jsonb ->> 'sig' FROM hirescore.audit_lines WHERE line_number > 21"
            )
            #expect(signatures.count == 3 && signatures.allSatisfy { $0.hasPrefix("ed25519:") }, "\(signatures)")
            // On the interviewer's own login the database refuses the change: nothing is written.
            let granted = await run(
                ["store", "grant", "--store", url, login, "interviewer", "--interviewer-id", "anna-schmidt"]
                    + ["--actor", "Hanna"],
                key: "Hanna")
            #expect(granted.exitCode == 0, "\(granted.stderr)")
            let asAnna = url.replacingOccurrences(of: "://\(admin)@", with: "://\(login)@")
            let byAnna = await run(
                setting("never", store: asAnna) + ["--actor", "Anna Schmidt"], key: "Anna")
            #expect(byAnna.exitCode == 1)
            #expect(byAnna.stderr.contains("42501"), "\(byAnna.stderr)")
            #expect(try await counts() == ["25 after-submitting 1 3"])
            // `audit show --settings` tells it in English and German, from the database, from a folder copy and
            // from a second database the folder was copied into.
            let times = try Regex(#"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z"#)
            let english = """
                22. TIME  store-setting  by Hanna
                     colleagues-cards of the whole store changed from after-submitting to never by the database user '\(admin)'
                23. TIME  store-setting  by Hanna
                     colleagues-cards of rubric claims-handler changed from after-submitting to never by the database user '\(admin)'
                24. TIME  store-setting  by Hanna
                     colleagues-cards of the whole store changed from never to after-submitting by the database user '\(admin)'

                """
            let german = """
                22. TIME  store-setting  durch Hanna
                     colleagues-cards der ganzen Ablage geändert von after-submitting auf never durch den Datenbankbenutzer '\(admin)'
                23. TIME  store-setting  durch Hanna
                     colleagues-cards der Vorlage claims-handler geändert von after-submitting auf never durch den Datenbankbenutzer '\(admin)'
                24. TIME  store-setting  durch Hanna
                     colleagues-cards der ganzen Ablage geändert von never auf after-submitting durch den Datenbankbenutzer '\(admin)'

                """
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
                PostgresTestServer.uniqueName("hs-settings"))
            defer { try? FileManager.default.removeItem(at: folder) }
            let back = folder.appendingPathComponent("store").path
            #expect(await run(["store", "copy", url, back], key: nil).exitCode == 0)
            try await PostgresTestServer.withDatabase { second, _ in
                #expect(await run(["store", "init", "--store", second], key: nil).exitCode == 0)
                let into = await run(["store", "copy", back, second], key: nil)
                #expect(into.exitCode == 0, "\(into.stderr)")
                for store in [url, back, second] {
                    for (language, expected) in [("en", english), ("de", german)] {
                        let shownEvents = await run(
                            ["audit", "show", "--settings", "--store", store, "--lang", language], key: nil)
                        #expect(shownEvents.exitCode == 0, "\(shownEvents.stderr)")
                        #expect(shownEvents.stdout.replacing(times, with: "TIME") == expected, "\(store) \(language)")
                    }
                    let verified = await run(["audit", "verify", "--store", store], key: nil)
                    #expect(verified.stdout == "audit log intact: 25 events, chain and references verified\n")
                }
            }
            // Both lists together, in the order of the log.
            let both = await run(["audit", "show", "--members", "--settings", "--store", back], key: nil)
            #expect(
                both.stdout.split(separator: "\n").filter { $0.first?.isNumber == true }.map {
                    $0.split(separator: " ")[2]
                } == ["store-setting", "store-setting", "store-setting", "member-grant"], "\(both.stdout)")
            let none = await run(
                ["audit", "show", "--settings", "--store", ComplianceStore.exampleStore.path], key: nil)
            #expect(none.stdout == "no changes of the store's settings in the audit log\n")
            let noneOfBoth = await run(
                ["audit", "show", "--settings", "--members", "--store", ComplianceStore.exampleStore.path], key: nil)
            #expect(
                noneOfBoth.stdout
                    == "no member grants or revocations and no changes of the store's settings in the audit log\n")
            try await PostgresTestServer.dropRole(login)
        }
    }
}
