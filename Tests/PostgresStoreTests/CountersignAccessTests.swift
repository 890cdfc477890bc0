import Foundation
import PostgresStore
import Testing

/// Schema version 10 in plain SQL with the members' own logins: a submitted card takes one `signature:` line, once,
/// from its own interviewer, together with a `countersign` event naming it in the audit log; the database refuses
/// another interviewer's countersignature, a second one, and any other change to the card.
@Suite(.enabled(if: TestServer.enabled, TestServer.skipReason))
struct CountersignAccessTests {
    /// The `countersign` event of `path` with `seal` and `signature`, as the next line of the log.
    static func countersign(_ path: String, seal: String, signature: String, as settings: PostgresConnectionSettings)
        async -> (state: String?, message: String)
    {
        let line =
            "{\"event\":\"countersign\",\"files\":[{\"path\":\"\(path)\",\"seal\":\"\(seal)\"}],\"details\":{\"signature\":\"\(signature)\"}}\n"
        return await run(
            """
            INSERT INTO hirescore.audit_lines (line_number, content)
            SELECT count(*) + 1, convert_to('\(line)', 'UTF8') FROM hirescore.audit_lines
            """, as: settings)
    }

    /// Writes `text` as the content of c-1's card `file`.
    static func write(_ text: String, _ file: String, as settings: PostgresConnectionSettings) async -> (
        state: String?, message: String
    ) {
        await run(
            "UPDATE hirescore.scorecards SET content = convert_to('\(text)', 'UTF8') WHERE candidate = 'c-1' AND file_name = '\(file)'",
            as: settings)
    }

    /// Runs `sql`; the SQLSTATE and message of its refusal (nil and "" when it passed).
    static func run(_ sql: String, as settings: PostgresConnectionSettings) async -> (state: String?, message: String) {
        do {
            try await StoreDatabase.with(settings) { database throws(StoreDatabaseError) in
                try await database.execute(sql)
            }
            return (nil, "")
        } catch {
            return (error.sqlState ?? "none", error.message.text(in: "en"))
        }
    }

    static let anna = "interviewer: anna\n"
    static let signedAnna = "interviewer: anna\nsignature: ed25519:x\n"

    @Test func anInterviewerCountersignsTheirOwnUnsignedCardOnceWithItsEvent() async throws {
        try await AccessTests.withPanel { admin, login in
            let (anna, ben, clara, rita) = (try login("anna"), try login("ben"), try login("clara"), try login("rita"))
            // The signature without its event: refused.
            let alone = await Self.write(Self.signedAnna, "anna.yaml", as: anna)
            #expect(alone.state == "42501")
            #expect(alone.message.contains("is countersigned only with its countersign event in the audit log"))
            // Another interviewer's countersign event for Anna's card: refused, whether they read it (Clara, who
            // submitted for c-1) or not (Ben, who has a draft only); the recruiter's too.
            for other in [clara, ben, rita] {
                let refused = await Self.countersign(
                    "r-1/c-1/anna.yaml", seal: "sha256:anna", signature: "ed25519:x", as: other)
                #expect(refused.state == "42501", "\(other.user)")
                #expect(
                    refused.message.contains(
                        "scorecard r-1/c-1/anna.yaml is countersigned by its own interviewer only"),
                    "\(refused.message)")
            }
            // Clara cannot write into Anna's card at all (not hers to update: nothing changes), and the recruiter's
            // signature line is refused by the trigger.
            #expect(
                try await TestServer.rows(
                    "UPDATE hirescore.scorecards SET content = convert_to('\(Self.signedAnna)', 'UTF8') WHERE file_name = 'anna.yaml' AND candidate = 'c-1' RETURNING id",
                    as: clara) == [])
            let byRita = await Self.write(Self.signedAnna, "anna.yaml", as: rita)
            #expect(byRita.state == "42501")
            #expect(byRita.message.contains("is countersigned by its own interviewer only"), "\(byRita.message)")
            // A draft is not countersigned (submitted cards only).
            #expect(
                await Self.countersign("r-1/c-2/anna.yaml", seal: "sha256:anna", signature: "ed25519:x", as: anna).state
                    == "42501")
            // Anna's own event, then her signature line: both pass.
            #expect(
                await Self.countersign("r-1/c-1/anna.yaml", seal: "sha256:anna", signature: "ed25519:x", as: anna).state
                    == nil)
            // The signature must be the one the event names, and nothing else may change with it.
            #expect(
                await Self.write("interviewer: anna\nsignature: ed25519:y\n", "anna.yaml", as: anna).state == "42501")
            #expect(
                await Self.write("interviewer: ben\nsignature: ed25519:x\n", "anna.yaml", as: anna).state == "42501")
            #expect(
                await Self.write(
                    "interviewer: anna\nsignature: ed25519:x\nsignature: ed25519:x\n", "anna.yaml", as: anna
                )
                .state == "42501")
            #expect(await Self.write(Self.signedAnna, "anna.yaml", as: anna).state == nil)
            // A second countersignature: the event and the new signature are refused, and so is removing it.
            let second = await Self.countersign(
                "r-1/c-1/anna.yaml", seal: "sha256:anna", signature: "ed25519:y", as: anna)
            #expect(second.state == "42501")
            #expect(second.message.contains("scorecard r-1/c-1/anna.yaml is signed already"), "\(second.message)")
            let replaced = await Self.write("interviewer: anna\nsignature: ed25519:y\n", "anna.yaml", as: anna)
            #expect(replaced.state == "42501")
            #expect(replaced.message.contains("is signed already; its signature is never replaced"))
            #expect(await Self.write(Self.anna, "anna.yaml", as: anna).state == "42501")
            // The recruiter still writes the retention date into the signed card.
            #expect(
                await Self.write(Self.signedAnna + "retain-until: 2026-07-15\n", "anna.yaml", as: rita).state == nil)
            #expect(
                try await TestServer.rows(
                    "SELECT encode(content, 'escape') FROM hirescore.scorecards WHERE candidate = 'c-1' ORDER BY file_name",
                    as: admin)
                    == [Self.signedAnna + "retain-until: 2026-07-15\n", "interviewer: ben\n", "interviewer: clara\n"])
            // One countersign event was logged (after the five member grants).
            #expect(
                try await TestServer.rows(
                    "SELECT line_number::text FROM hirescore.audit_lines WHERE hirescore.audit_event(content) = 'countersign'",
                    as: admin) == ["6"])
        }
    }
}
