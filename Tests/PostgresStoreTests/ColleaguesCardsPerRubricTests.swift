import Foundation
import PostgresStore
import Testing

/// "Never see colleagues' cards" per rubric (issue 21), enforced by the database: an interviewer who submitted
/// reads colleagues' submitted cards of an after-submitting rubric and never those of a never rubric; the store's
/// setting stays the default, and the stricter of the two wins. Read with plain SQL under the interviewer's login.
@Suite(.enabled(if: TestServer.enabled, TestServer.skipReason))
struct ColleaguesCardsPerRubricTests {
    /// A card of `rubric` (its `rubric:` block as hirescore writes it, or with the id after the version).
    static func card(
        _ candidate: String, _ id: String, rubric: String, idLast: Bool = false
    ) -> StoreContent.Card {
        let block =
            idLast
            ? "rubric:\n  version: 3\n  id: \(rubric)\n  hash: sha256:00\n"
            : "rubric:\n  id: \(rubric)\n  version: 3\n  hash: sha256:00\n"
        return .init(
            requisition: "r-1", candidate: candidate, fileName: id + ".yaml", status: "submitted",
            seal: "sha256:" + id, bytes: Array("format: hirescore/scorecard@1\n\(block)interviewer: \(id)\n".utf8))
    }

    static let cards = "SELECT candidate || '/' || file_name FROM hirescore.scorecards ORDER BY 1"

    @Test(arguments: [
        // the store's setting, the rubrics' own settings, what ben (who submitted for c-1 and c-2) reads
        (
            StoreSettings.ColleaguesCards.afterSubmitting, [String: StoreSettings.ColleaguesCards](),
            ["c-1/anna.yaml", "c-1/ben.yaml", "c-2/anna.yaml", "c-2/ben.yaml"]
        ),
        (.afterSubmitting, ["claims-handler": .never], ["c-1/ben.yaml", "c-2/anna.yaml", "c-2/ben.yaml"]),
        (
            .afterSubmitting, ["claims-handler": .afterSubmitting, "sales-lead": .never],
            ["c-1/anna.yaml", "c-1/ben.yaml", "c-2/ben.yaml"]
        ),
        // The stricter wins: a store that says never is not opened up by a rubric.
        (.never, ["sales-lead": .afterSubmitting], ["c-1/ben.yaml", "c-2/ben.yaml"]),
        (.never, [:], ["c-1/ben.yaml", "c-2/ben.yaml"]),
    ])
    func anInterviewerReadsColleaguesCardsAsTheStricterSettingSays(
        store: StoreSettings.ColleaguesCards, rubrics: [String: StoreSettings.ColleaguesCards], ben: [String]
    ) async throws {
        try await TestServer.withDatabase(users: ["anna", "ben", "rita"]) { admin, users in
            var content = StoreContent()
            // c-1 is interviewed with claims-handler, c-2 with sales-lead (anna's card names its id last).
            content.cards = [
                Self.card("c-1", "anna", rubric: "claims-handler"), Self.card("c-1", "ben", rubric: "claims-handler"),
                Self.card("c-2", "anna", rubric: "sales-lead", idLast: true),
                Self.card("c-2", "ben", rubric: "sales-lead"),
            ]
            let finished = content
            let author = StoreMembers.Author(actor: "HR Test", signer: nil)
            let logins = users
            try await StoreDatabase.with(admin) { database throws(StoreDatabaseError) in
                _ = try await SchemaMigrator.migrate(database, binaryVersion: "test")
                try await finished.write(database: database)
                for name in ["anna", "ben"] {
                    _ = try await StoreMembers.grant(
                        .interviewer, to: logins[name] ?? name, interviewerID: name, by: author, in: database)
                }
                _ = try await StoreMembers.grant(
                    .recruiter, to: logins["rita"] ?? "rita", interviewerID: nil, by: author, in: database)
                try await StoreSettings.setColleaguesCards(store, by: author, in: database)
                for (rubric, setting) in rubrics {
                    try await StoreSettings.setColleaguesCards(setting, rubric: rubric, by: author, in: database)
                }
            }
            let benLogin = try TestServer.settings(user: users["ben"] ?? "ben", database: admin.database)
            #expect(try await TestServer.rows(Self.cards, as: benLogin) == ben)
            // The recruiter reads every submitted card whatever the settings; no member changes them.
            let rita = try TestServer.settings(user: users["rita"] ?? "rita", database: admin.database)
            #expect(try await TestServer.rows(Self.cards, as: rita).count == 4)
            for member in [benLogin, rita] {
                #expect(
                    await TestServer.refusal(
                        "INSERT INTO hirescore.rubric_settings VALUES ('x', 'after-submitting')", as: member)
                        == "42501")
                #expect(
                    await TestServer.refusal("DELETE FROM hirescore.rubric_settings", as: member) == "42501")
            }
        }
    }

    @Test func aRubricIDThatIsNoIDIsRefused() async throws {
        try await TestServer.withDatabase(users: []) { admin, _ in
            do {
                try await StoreDatabase.with(admin) { database throws(StoreDatabaseError) in
                    _ = try await SchemaMigrator.migrate(database, binaryVersion: "test")
                    try await StoreSettings.setColleaguesCards(
                        .never, rubric: "Claims Handler", by: StoreMembers.Author(actor: "HR Test", signer: nil),
                        in: database)
                }
                Issue.record("accepted a rubric id with spaces")
            } catch {
                #expect(
                    TestServer.message(of: error)
                        == "the rubric id 'Claims Handler' is not valid: give a rubric's id as its file says (id:), lowercase letters, digits and single hyphens, for example 'claims-handler'"
                )
            }
        }
    }
}
