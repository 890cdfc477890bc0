import Foundation
import PostgresStore
import Testing

/// Drafts in the database (schema version 4): only the interviewer who writes a draft reads or changes it, with
/// plain SQL too; the recruiter and the officer read no drafts, but the recruiter learns where drafts are.
@Suite(.enabled(if: TestServer.enabled, TestServer.skipReason))
struct DraftAccessTests {
    static let annaDraft =
        "INSERT INTO hirescore.drafts (requisition, candidate, interviewer_id, revision, content) VALUES ('r-1', 'c-3', 'anna', 1, '\\x61')"

    @Test func onlyItsInterviewerReadsOrWritesADraft() async throws {
        try await AccessTests.withPanel { admin, login in
            let drafts = "SELECT candidate || '/' || interviewer_id || '@' || revision FROM hirescore.drafts ORDER BY 1"
            let anna = try login("anna")
            #expect(await TestServer.refusal(Self.annaDraft, as: anna) == nil)
            #expect(try await TestServer.rows(drafts, as: login("anna")) == ["c-3/anna@1"])
            #expect(try await TestServer.rows(drafts, as: admin) == ["c-3/anna@1"])
            // Another interviewer sees none of it, and changes nothing of it.
            #expect(try await TestServer.rows(drafts, as: login("ben")) == [])
            #expect(
                try await TestServer.rows(
                    "UPDATE hirescore.drafts SET content = '\\x00' WHERE interviewer_id = 'anna' RETURNING 1",
                    as: login("ben")) == [])
            #expect(
                try await TestServer.rows(
                    "DELETE FROM hirescore.drafts WHERE interviewer_id = 'anna' RETURNING 1", as: login("ben")) == [])
            // ben writes his own draft, and cannot hand it to anna.
            #expect(
                await TestServer.refusal(
                    "INSERT INTO hirescore.drafts (requisition, candidate, interviewer_id, revision, content) VALUES ('r-1', 'c-3', 'ben', 1, '\\x62')",
                    as: try login("ben")) == nil)
            let refusals: [(String, String, String)] = [
                // who, SQL, SQLSTATE
                (
                    "ben",
                    "INSERT INTO hirescore.drafts (requisition, candidate, interviewer_id, revision, content) VALUES ('r-1', 'c-4', 'anna', 1, '\\x00')",
                    "42501"
                ),
                ("ben", "UPDATE hirescore.drafts SET interviewer_id = 'anna'", "42501"),
                ("rita", "SELECT * FROM hirescore.drafts", "42501"),
                ("rita", "DELETE FROM hirescore.drafts", "42501"),
                ("dora", "SELECT * FROM hirescore.drafts", "42501"),
                ("dora", "DELETE FROM hirescore.drafts", "42501"),
            ]
            for (who, sql, state) in refusals {
                #expect(await TestServer.refusal(sql, as: try login(who)) == state, "\(who): \(sql)")
            }
            #expect(try await TestServer.rows(drafts, as: login("ben")) == ["c-3/ben@1"])
            #expect(try await TestServer.rows(drafts, as: login("anna")) == ["c-3/anna@1"])
            #expect(try await TestServer.rows(drafts, as: admin) == ["c-3/anna@1", "c-3/ben@1"])
            // The recruiter learns the places of a panel's drafts (not their content), so a decision waits.
            #expect(
                try await TestServer.rows("SELECT hirescore.unsubmitted_cards('r-1', 'c-3')", as: login("rita"))
                    == ["anna.yaml", "ben.yaml"])
            #expect(
                try await TestServer.rows("SELECT hirescore.unsubmitted_cards('r-1', 'c-1')", as: login("rita"))
                    == ["ben.yaml"])
        }
    }

    @Test func aDraftIsSavedOnlyOverTheRevisionItWasSyncedAt() async throws {
        try await AccessTests.withPanel { _, login in
            let anna = try login("anna")
            let place = DraftPlace(requisition: "r-1", candidate: "c-3", interviewerID: "anna")
            let saved = try await StoreDatabase.with(anna) { database throws(StoreDatabaseError) in
                [
                    try await DatabaseDrafts.save(place, bytes: [1], revision: 1, over: 0, database: database),
                    try await DatabaseDrafts.save(place, bytes: [2], revision: 2, over: 1, database: database),
                    // Written elsewhere meanwhile: this computer last synced at 1, the row is at 2.
                    try await DatabaseDrafts.save(place, bytes: [3], revision: 2, over: 1, database: database),
                ]
            }
            #expect(saved == [true, true, false])
            let remote = try await StoreDatabase.with(anna) { database throws(StoreDatabaseError) in
                try await DatabaseDrafts.read(place, database: database)
            }
            #expect(remote.interviewerID == "anna")
            #expect(remote.submittedSeal == nil)
            #expect(remote.draft?.revision == 2)
            #expect(remote.draft?.bytes == [2])
        }
    }
}
