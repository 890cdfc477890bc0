import Compliance
import Foundation
import PostgresNIO
import PostgresStore
import Testing

/// The database enforces the rules: each role tries forbidden reads and writes through plain SQL with its
/// own login and is refused by the database itself (row-level security, grants, triggers).
@Suite(.enabled(if: TestServer.enabled, TestServer.skipReason))
struct AccessTests {
    /// A store with candidate c-1 (anna submitted, clara submitted, ben's draft) and c-2 (anna's draft), and the
    /// members anna, ben and clara (interviewers), rita (recruiter), dora (officer): the five `member-grant` events
    /// are the audit log's lines 1 to 5.
    static func withPanel(
        _ body: (_ admin: PostgresConnectionSettings, _ login: (String) throws -> PostgresConnectionSettings)
            async throws -> Void
    ) async throws {
        try await TestServer.withDatabase(users: ["anna", "ben", "clara", "rita", "dora"]) { admin, users in
            var content = StoreContent()
            func card(_ candidate: String, _ id: String, _ status: String) -> StoreContent.Card {
                .init(
                    requisition: "r-1", candidate: candidate, fileName: id + ".yaml", status: status,
                    seal: status == "submitted" ? "sha256:" + id : nil, bytes: Array("interviewer: \(id)\n".utf8))
            }
            content.cards = [
                card("c-1", "anna", "submitted"), card("c-1", "ben", "draft"), card("c-1", "clara", "submitted"),
                card("c-2", "anna", "draft"),
            ]
            content.files = [".hirescore/holds.json": Array("[]".utf8)]
            let finished = content
            let grants: [(String, StoreRole, String?)] = [
                ("anna", .interviewer, "anna"), ("ben", .interviewer, "ben"), ("clara", .interviewer, "clara"),
                ("rita", .recruiter, nil), ("dora", .dataProtectionOfficer, nil),
            ]
            let logins = users
            if Self.upgradedFromVersion11 {
                try await Self.version11Panel(finished, grants: grants, logins: logins, admin: admin)
            } else {
                try await StoreDatabase.with(admin) { database throws(StoreDatabaseError) in
                    _ = try await SchemaMigrator.migrate(database, binaryVersion: "test")
                    try await finished.write(database: database)
                    for (name, role, id) in grants {
                        _ = try await StoreMembers.grant(
                            role, to: logins[name] ?? name, interviewerID: id, by: Self.author, in: database)
                    }
                }
            }
            try await body(admin) { name in
                try TestServer.settings(user: users[name] ?? name, database: admin.database)
            }
        }
    }

    /// Whether ``withPanel(_:)`` makes the panel in a version 11 store, as version 11 granted its members (the
    /// server-wide group roles), and then upgrades it (``AccessAfterUpgradeTests``).
    @TaskLocal static var upgradedFromVersion11 = false

    /// The panel of ``withPanel(_:)`` as a version 11 store held it, upgraded to the current version: the cards and
    /// files, each member in the member list with the server-wide group role, their `member_events` rows and their
    /// `member-grant` events (lines 1 to 5), as version 11's `store grant` wrote them.
    static func version11Panel(
        _ content: StoreContent, grants: [(String, StoreRole, String?)], logins: [String: String],
        admin: PostgresConnectionSettings
    ) async throws {
        try await StoreDatabase.with(admin) { database throws(StoreDatabaseError) in
            let version11 = Array(StoreSchema.migrations.prefix { $0.version <= 11 })
            _ = try await SchemaMigrator.migrate(database, migrations: version11, binaryVersion: "test-11")
            for card in content.cards {
                try await database.query(
                    """
                    INSERT INTO hirescore.scorecards (requisition, candidate, file_name, interviewer_id, status, seal,
                      content)
                    VALUES (\(card.requisition), \(card.candidate), \(card.fileName), \(card.interviewerID),
                      \(card.status), \(card.seal), \(ByteBuffer(bytes: card.bytes)))
                    """)
            }
            for (path, bytes) in content.files {
                try await database.query(
                    "INSERT INTO hirescore.files (path, content) VALUES (\(path), \(ByteBuffer(bytes: bytes)))")
            }
            for (name, role, id) in grants {
                let user = logins[name] ?? name
                try await database.query(
                    "INSERT INTO hirescore.members (db_role, role, interviewer_id) VALUES (\(user), \(role.rawValue), \(id))"
                )
                try await database.execute("GRANT \(role.databaseRole) TO \(user)")
                let detail = role.rawValue + (id.map { " " + $0 } ?? "")
                try await database.query(
                    "INSERT INTO hirescore.member_events (action, subject, detail) VALUES ('grant', \(user), \(detail))"
                )
                var details = ["database-user": user, "role": role.rawValue, "granted-by": admin.user]
                details["interviewer-id"] = id
                _ = try await DatabaseAuditLog.append(
                    AuditLog.Event(event: AuditLog.EventKind.memberGrant, actor: author.actor, details: details),
                    signer: nil, in: database)
            }
            _ = try await SchemaMigrator.migrate(database, binaryVersion: "test")
        }
    }

    /// Who grants and revokes in these tests (the store has no key list, so nothing is signed).
    static let author = StoreMembers.Author(actor: "HR Test", signer: nil)

    static let cards = "SELECT candidate || '/' || file_name FROM hirescore.scorecards ORDER BY 1"

    @Test func anInterviewerSeesOnlyTheirOwnCardsUntilTheySubmit() async throws {
        try await Self.withPanel { _, login in
            // ben has only a draft for c-1: he sees it, and none of his colleagues' cards.
            #expect(try await TestServer.rows(Self.cards, as: login("ben")) == ["c-1/ben.yaml"])
            // anna submitted for c-1: she sees the submitted cards of c-1 (not ben's draft) and her own draft of c-2.
            #expect(
                try await TestServer.rows(Self.cards, as: login("anna"))
                    == ["c-1/anna.yaml", "c-1/clara.yaml", "c-2/anna.yaml"])
            // Once ben submits, he sees the others' submitted cards too.
            let ben = try login("ben")
            #expect(
                await TestServer.refusal(
                    "UPDATE hirescore.scorecards SET status = 'submitted', seal = 'sha256:b' WHERE file_name = 'ben.yaml'",
                    as: ben) == nil)
            #expect(
                try await TestServer.rows(Self.cards, as: ben) == ["c-1/anna.yaml", "c-1/ben.yaml", "c-1/clara.yaml"])
        }
    }

    @Test func forbiddenWritesAreRefusedByTheDatabase() async throws {
        try await Self.withPanel { admin, login in
            let refusals: [(String, String, String)] = [
                // who, SQL, SQLSTATE
                (
                    "ben",
                    "INSERT INTO hirescore.scorecards (requisition, candidate, file_name, interviewer_id, status, content) VALUES ('r-1', 'c-2', 'anna.yaml', 'anna', 'draft', '\\x00')",
                    "42501"
                ),
                (
                    "ben", "UPDATE hirescore.scorecards SET interviewer_id = 'anna' WHERE file_name = 'ben.yaml'",
                    "42501"
                ),
                (
                    "anna",
                    "UPDATE hirescore.scorecards SET content = '\\x00' WHERE candidate = 'c-1' AND file_name = 'anna.yaml'",
                    "42501"
                ),
                ("anna", "DELETE FROM hirescore.scorecards WHERE file_name = 'anna.yaml'", "42501"),
                ("anna", "SELECT * FROM hirescore.files", "42501"),
                ("anna", "SELECT * FROM hirescore.members", "42501"),
                ("anna", "UPDATE hirescore.audit_lines SET content = '\\x00' WHERE line_number = 1", "42501"),
                ("anna", "DELETE FROM hirescore.audit_lines", "42501"),
                ("rita", "DELETE FROM hirescore.scorecards", "42501"),
                ("rita", "UPDATE hirescore.scorecards SET content = '\\x00'", "42501"),
                ("rita", "DELETE FROM hirescore.audit_lines", "42501"),
                ("rita", "DELETE FROM hirescore.files", "42501"),
                ("rita", "INSERT INTO hirescore.members (db_role, role) VALUES ('x', 'owner')", "42501"),
                ("dora", "UPDATE hirescore.audit_lines SET content = '\\x00'", "42501"),
                ("dora", "DELETE FROM hirescore.audit_lines", "42501"),
                ("dora", "UPDATE hirescore.scorecards SET content = '\\x00' WHERE status = 'submitted'", "42501"),
                // An audit line may only be appended as the next line, never into a gap.
                ("rita", "INSERT INTO hirescore.audit_lines (line_number, content) VALUES (9, '\\x00')", "23000"),
                // Submitted cards are never changed, not even by an administrator.
                ("admin", "UPDATE hirescore.scorecards SET content = '\\x00' WHERE status = 'submitted'", "42501"),
            ]
            for (who, sql, state) in refusals {
                let settings = who == "admin" ? admin : try login(who)
                #expect(await TestServer.refusal(sql, as: settings) == state, "\(who): \(sql)")
            }
            // A colleague's card is invisible, so an UPDATE or DELETE aimed at it changes nothing.
            #expect(
                try await TestServer.rows(
                    "UPDATE hirescore.scorecards SET content = '\\x00' WHERE file_name = 'anna.yaml' RETURNING id",
                    as: login("ben")) == [])
            #expect(
                try await TestServer.rows(
                    "SELECT encode(content, 'escape') FROM hirescore.scorecards WHERE candidate = 'c-2'", as: admin)
                    == ["interviewer: anna\n"])
        }
    }

    @Test func whatEachRoleMayDo() async throws {
        try await Self.withPanel { admin, login in
            let (rita, anna, dora) = (try login("rita"), try login("anna"), try login("dora"))
            // The recruiter reads submitted cards only, and appends to the log.
            #expect(try await TestServer.rows(Self.cards, as: rita) == ["c-1/anna.yaml", "c-1/clara.yaml"])
            #expect(
                await TestServer.refusal(
                    "INSERT INTO hirescore.audit_lines (line_number, content) VALUES (6, '\\x0a')", as: rita)
                    == nil)
            // An interviewer edits their own draft.
            #expect(
                await TestServer.refusal(
                    "UPDATE hirescore.scorecards SET content = '\\x0a' WHERE candidate = 'c-2' AND file_name = 'anna.yaml'",
                    as: anna) == nil)
            // Only the data-protection officer reads everything and purges.
            #expect(
                try await TestServer.rows(Self.cards, as: dora)
                    == ["c-1/anna.yaml", "c-1/ben.yaml", "c-1/clara.yaml", "c-2/anna.yaml"])
            #expect(
                try await TestServer.rows(
                    "DELETE FROM hirescore.scorecards WHERE candidate = 'c-2' RETURNING file_name", as: dora)
                    == ["anna.yaml"])
            #expect(try await TestServer.rows("SELECT count(*)::text FROM hirescore.audit_lines", as: admin) == ["6"])
        }
    }

    @Test(arguments: [
        // event, who may log it, who may not
        ("decision", ["rita"], ["anna", "dora"]),
        ("knock-out-override", ["rita"], ["anna", "dora"]),
        ("hold", ["rita", "dora"], ["anna"]),
        ("release", ["rita", "dora"], ["anna"]),
        ("purge", ["dora"], ["anna", "rita"]),
        ("export", ["dora"], ["anna", "rita"]),
        ("submit", ["anna", "rita", "dora"], []),
        ("key-register", ["rita", "dora"], ["anna"]),
        ("member-grant", ["rita", "dora"], ["anna"]),
        ("member-revoke", ["rita", "dora"], ["anna"]),
        ("store-setting", ["rita", "dora"], ["anna"]),
    ])
    func eachRecordEventIsLoggedByItsRolesAlone(event: String, allowed: [String], refused: [String]) async throws {
        try await Self.withPanel { admin, login in
            func append(as who: String) async throws -> String? {
                let next = try await TestServer.rows(
                    "SELECT (count(*) + 1)::text FROM hirescore.audit_lines", as: admin)
                let line = "{\"event\":\"\(event)\",\"seq\":\(next.first ?? "?")}\n"
                return await TestServer.refusal(
                    "INSERT INTO hirescore.audit_lines (line_number, content) VALUES (\(next.first ?? "0"), convert_to('\(line)', 'UTF8'))",
                    as: try login(who))
            }
            for who in refused {
                let state = try await append(as: who)
                #expect(state == "42501", "\(who) logged '\(event)'")
            }
            for who in allowed {
                let state = try await append(as: who)
                #expect(state == nil, "\(who) could not log '\(event)'")
            }
            let lines = try await TestServer.rows("SELECT count(*)::text FROM hirescore.audit_lines", as: admin)
            #expect(lines == [String(5 + allowed.count)])
        }
    }

    @Test func theRecruiterWritesOnlyTheRetentionDateIntoASubmittedCard() async throws {
        try await Self.withPanel { admin, login in
            let rita = try login("rita")
            func update(_ text: String, _ file: String, as settings: PostgresConnectionSettings) async -> String? {
                await TestServer.refusal(
                    "UPDATE hirescore.scorecards SET content = convert_to('\(text)', 'UTF8') WHERE candidate = 'c-1' AND file_name = '\(file)'",
                    as: settings)
            }
            // The decision's retention date, as the last line, and later another one: allowed.
            #expect(await update("interviewer: anna\nretain-until: 2026-07-15\n", "anna.yaml", as: rita) == nil)
            #expect(await update("interviewer: anna\nretain-until: 2027-01-31\n", "anna.yaml", as: rita) == nil)
            // Anything else in the card: refused, also together with a retention date, also for the administrator.
            #expect(await update("interviewer: ben\nretain-until: 2026-07-15\n", "anna.yaml", as: rita) == "42501")
            #expect(await update("interviewer: anna\nretain-until: soon\n", "anna.yaml", as: rita) == "42501")
            #expect(await update("interviewer: ben\nretain-until: 2026-07-15\n", "clara.yaml", as: admin) == "42501")
            // The officer does not decide, so writes no retention date either.
            #expect(
                await update("interviewer: clara\nretain-until: 2026-07-15\n", "clara.yaml", as: try login("dora"))
                    == "42501")
            // Nor the seal, the status or the place: the recruiter may write the content alone.
            #expect(
                await TestServer.refusal(
                    "UPDATE hirescore.scorecards SET seal = 'sha256:x' WHERE file_name = 'anna.yaml'", as: rita)
                    == "42501")
            // A draft is not the recruiter's to see, so not to change either.
            #expect(
                try await TestServer.rows(
                    "UPDATE hirescore.scorecards SET content = '\\x0a' WHERE file_name = 'ben.yaml' RETURNING id",
                    as: rita) == [])
            #expect(
                try await TestServer.rows(
                    "SELECT encode(content, 'escape') FROM hirescore.scorecards WHERE candidate = 'c-1' ORDER BY file_name",
                    as: admin)
                    == ["interviewer: anna\nretain-until: 2027-01-31\n", "interviewer: ben\n", "interviewer: clara\n"])
        }
    }

    @Test func grantChecksItsRequest() async throws {
        try await Self.withPanel { admin, _ in
            let attempts: [(String, StoreRole, String?, String)] = [
                (
                    "nobody_here", .recruiter, nil,
                    "there is no database user 'nobody_here'; create it first, for example with psql: CREATE ROLE \"nobody_here\" LOGIN PASSWORD '...'"
                ),
                (
                    "x", .interviewer, nil,
                    "an interviewer needs an interviewer id, which names their scorecards: add --interviewer-id, for example 'hirescore store grant x interviewer --interviewer-id a-schmidt'"
                ),
                ("x", .recruiter, "a-b", "--interviewer-id is only for the role interviewer, not recruiter"),
                (
                    "x", .interviewer, "Anna S",
                    "the interviewer id 'Anna S' is not valid: use lowercase letters, digits and single hyphens, starting with a letter, for example 'a-schmidt'"
                ),
                (
                    "hirescore_owner", .recruiter, nil,
                    "'hirescore_owner' is one of the store's group roles, not a member; name a database user who logs in"
                ),
            ]
            for (user, role, id, message) in attempts {
                do {
                    _ = try await StoreDatabase.with(admin) { database throws(StoreDatabaseError) in
                        try await StoreMembers.grant(role, to: user, interviewerID: id, by: Self.author, in: database)
                    }
                    Issue.record("granted \(role) to \(user)")
                } catch {
                    #expect(TestServer.message(of: error) == message)
                }
            }
        }
    }

    @Test(arguments: [
        // setting, what ben reads with a draft, after submitting; what anna, rita and dora read after ben submitted
        (
            StoreSettings.ColleaguesCards.afterSubmitting, ["c-1/ben.yaml"],
            ["c-1/anna.yaml", "c-1/ben.yaml", "c-1/clara.yaml"],
            ["c-1/anna.yaml", "c-1/ben.yaml", "c-1/clara.yaml", "c-2/anna.yaml"]
        ),
        (
            .never, ["c-1/ben.yaml"], ["c-1/ben.yaml"], ["c-1/anna.yaml", "c-2/anna.yaml"]
        ),
    ])
    func colleaguesCardsAreHiddenForGoodWhenTheStoreSaysNever(
        setting: StoreSettings.ColleaguesCards, draft: [String], submitted: [String], anna: [String]
    ) async throws {
        try await Self.withPanel { admin, login in
            try await StoreDatabase.with(admin) { database throws(StoreDatabaseError) in
                _ = try await StoreSettings.setColleaguesCards(setting, by: Self.author, in: database)
            }
            let ben = try login("ben")
            #expect(try await TestServer.rows(Self.cards, as: ben) == draft)
            #expect(
                await TestServer.refusal(
                    "UPDATE hirescore.scorecards SET status = 'submitted', seal = 'sha256:b' WHERE file_name = 'ben.yaml'",
                    as: ben) == nil)
            #expect(try await TestServer.rows(Self.cards, as: ben) == submitted)
            #expect(try await TestServer.rows(Self.cards, as: login("anna")) == anna)
            // The recruiter and the officer read what they read whatever the setting.
            #expect(
                try await TestServer.rows(Self.cards, as: login("rita"))
                    == ["c-1/anna.yaml", "c-1/ben.yaml", "c-1/clara.yaml"])
            #expect(
                try await TestServer.rows(Self.cards, as: login("dora"))
                    == ["c-1/anna.yaml", "c-1/ben.yaml", "c-1/clara.yaml", "c-2/anna.yaml"])
            // Every member reads the setting; none changes it.
            for who in ["anna", "rita", "dora"] {
                let member = try login(who)
                #expect(
                    try await TestServer.rows("SELECT colleagues_cards FROM hirescore.settings", as: member)
                        == [setting.rawValue])
                #expect(
                    await TestServer.refusal(
                        "UPDATE hirescore.settings SET colleagues_cards = 'after-submitting'", as: member)
                        == "42501", "\(who)")
            }
        }
    }

    @Test func aRevokedMemberIsRefusedByTheDatabaseAndTheRevocationIsLogged() async throws {
        try await Self.withPanel { admin, login in
            let ben = try login("ben")
            let revoked = try await StoreDatabase.with(admin) { database throws(StoreDatabaseError) in
                try await StoreMembers.revoke(ben.user, by: Self.author, in: database)
            }
            #expect(revoked.role == .interviewer)
            #expect(revoked.interviewerID == "ben")
            for sql in [
                "SELECT * FROM hirescore.scorecards",
                "SELECT * FROM hirescore.audit_lines",
                "INSERT INTO hirescore.audit_lines (line_number, content) VALUES (3, '\\x0a')",
                "UPDATE hirescore.scorecards SET status = 'submitted', seal = 'sha256:b' WHERE file_name = 'ben.yaml'",
            ] {
                #expect(await TestServer.refusal(sql, as: ben) == "42501", "\(sql)")
            }
            // The others keep their rights; the member list and the log of member changes say what happened.
            #expect(try await TestServer.rows(Self.cards, as: login("clara")) == ["c-1/anna.yaml", "c-1/clara.yaml"])
            #expect(
                try await TestServer.rows(
                    "SELECT count(*)::text FROM hirescore.members WHERE db_role = '\(ben.user)'", as: admin)
                    == ["0"])
            #expect(
                try await TestServer.rows(
                    "SELECT by_user::text, action, detail FROM hirescore.member_events WHERE subject = '\(ben.user)' ORDER BY id",
                    as: admin) == ["\(admin.user)|grant|interviewer ben", "\(admin.user)|revoke|interviewer"])
            // Revoking again, or a user who does not exist, is refused with what to do.
            let attempts = [
                (ben.user, "'\(ben.user)' is not a member of this store; nothing was revoked"),
                ("nobody_here", "'nobody_here' is not a member of this store; nothing was revoked"),
            ]
            for (user, message) in attempts {
                do {
                    _ = try await StoreDatabase.with(admin) { database throws(StoreDatabaseError) in
                        try await StoreMembers.revoke(user, by: Self.author, in: database)
                    }
                    Issue.record("revoked \(user)")
                } catch {
                    #expect(TestServer.message(of: error) == message)
                }
            }
        }
    }
}
