import Foundation
import PostgresNIO
import PostgresStore
import Testing

/// `store init`: versioned migrations, each in a transaction; a store newer than the binary is refused.
@Suite(.enabled(if: TestServer.enabled, TestServer.skipReason))
struct SchemaMigrationTests {
    @Test func initCreatesTheSchemaOnceAndThenFindsItCurrent() async throws {
        try await TestServer.withDatabase { settings, _ in
            let first = try await StoreDatabase.with(settings) { database throws(StoreDatabaseError) in
                try await SchemaMigrator.migrate(database, binaryVersion: "0.1.0")
            }
            #expect(first == SchemaMigrator.Outcome(from: 0, to: 12))
            let second = try await StoreDatabase.with(settings) { database throws(StoreDatabaseError) in
                try await SchemaMigrator.migrate(database, binaryVersion: "0.1.0")
            }
            #expect(second == SchemaMigrator.Outcome(from: 12, to: 12))
            #expect(
                try await TestServer.rows(
                    "SELECT version::text, name, binary_version FROM hirescore.schema_version", as: settings)
                    == [
                        "1|tables, roles and row-level security|0.1.0",
                        "2|record-changing events by role, retention dates on submitted cards|0.1.0",
                        "3|store settings (colleagues' cards), the log of member changes|0.1.0",
                        "4|interviewers' drafts with revisions|0.1.0",
                        "5|key registrations and revocations by HR roles only|0.1.0",
                        "6|amendments as new rows beside the cards they supersede|0.1.0",
                        "7|member grants and revocations as audit events, by HR roles only|0.1.0",
                        "8|colleagues' cards per rubric|0.1.0",
                        "9|store setting changes as audit events, by HR roles only|0.1.0",
                        "10|countersignatures written into submitted cards by their own interviewers|0.1.0",
                        "11|refusals with identities the client words in the user's language|0.1.0",
                        "12|group roles of the store's own instead of the whole server's|0.1.0",
                    ])
            // Every table is owned by the store's own owner role and forces row-level security where it has it.
            let store = try await StoreDatabase.with(settings) { database throws(StoreDatabaseError) in
                try await StoreMembers.storeID(of: database)
            }
            let owner = StoreRole.owner.databaseRole(inStore: store)
            #expect(
                try await TestServer.rows(
                    """
                    SELECT c.relname::text, pg_get_userbyid(c.relowner)::text, c.relforcerowsecurity::text
                    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                    WHERE n.nspname = 'hirescore' AND c.relkind = 'r' ORDER BY 1
                    """, as: settings)
                    == [
                        "audit_lines|\(owner)|true", "drafts|\(owner)|true", "files|\(owner)|false",
                        "member_events|\(owner)|false", "members|\(owner)|false",
                        "rubric_settings|\(owner)|false", "schema_version|\(owner)|false",
                        "scorecards|\(owner)|true", "settings|\(owner)|false", "store_identity|\(owner)|false",
                    ])
        }
    }

    @Test func aStoreNewerThanTheBinaryIsRefusedNamingBothVersions() async throws {
        try await TestServer.withDatabase { settings, _ in
            try await StoreDatabase.with(settings) { database throws(StoreDatabaseError) in
                _ = try await SchemaMigrator.migrate(database, binaryVersion: "0.1.0")
                try await database.execute(
                    "INSERT INTO hirescore.schema_version (version, name, binary_version) VALUES (99, 'future', '9.0.0')"
                )
            }
            let expected =
                "the store's schema is version 99, newer than this hirescore understands (version 12); update hirescore before using this store"
            for attempt in ["migrate", "read"] {
                do {
                    try await StoreDatabase.with(settings) { database throws(StoreDatabaseError) in
                        if attempt == "migrate" {
                            _ = try await SchemaMigrator.migrate(database, binaryVersion: "0.1.0")
                        } else {
                            _ = try await StoreContent.read(database: database)
                        }
                    }
                    Issue.record("\(attempt) accepted a newer store")
                } catch {
                    #expect(TestServer.message(of: error) == expected)
                }
            }
        }
    }

    @Test func aFailingMigrationLeavesTheStoreAtItsVersion() async throws {
        let broken =
            StoreSchema.migrations + [
                .init(
                    version: StoreSchema.currentVersion + 1, name: "broken",
                    statements: ["CREATE TABLE hirescore.half_done (x int)", "SELECT no_such_function()"])
            ]
        try await TestServer.withDatabase { settings, _ in
            do {
                _ = try await StoreDatabase.with(settings) { database throws(StoreDatabaseError) in
                    try await SchemaMigrator.migrate(database, migrations: broken, binaryVersion: "0.2.0")
                }
                Issue.record("the broken migration was applied")
            } catch {
                #expect((error as? StoreDatabaseError)?.sqlState == "42883")
            }
            let version = try await TestServer.rows(
                "SELECT max(version)::text FROM hirescore.schema_version", as: settings)
            #expect(version == ["\(StoreSchema.currentVersion)"])
            let halfDone = try await TestServer.rows("SELECT to_regclass('hirescore.half_done')::text", as: settings)
            #expect(halfDone == ["null"])
        }
    }

    @Test func aVersion1StoreIsUpgradedKeepingItsContent() async throws {
        try await TestServer.withDatabase { settings, _ in
            var written = StoreContent()
            written.auditLines = [Array("{\"event\":\"submit\",\"seq\":1}\n".utf8)]
            let content = written
            let first = Array(StoreSchema.migrations.prefix(1))
            let outcome = try await StoreDatabase.with(settings) { database throws(StoreDatabaseError) in
                _ = try await SchemaMigrator.migrate(database, migrations: first, binaryVersion: "0.1.0")
                for (index, line) in content.auditLines.enumerated() {
                    try await database.query(
                        "INSERT INTO hirescore.audit_lines (line_number, content) VALUES (\(index + 1), \(ByteBuffer(bytes: line)))"
                    )
                }
                return try await SchemaMigrator.migrate(database, binaryVersion: "0.2.0")
            }
            #expect(outcome == SchemaMigrator.Outcome(from: 1, to: 12))
            let read = try await StoreDatabase.with(settings) { database throws(StoreDatabaseError) in
                try await StoreContent.read(database: database)
            }
            #expect(read == content)
        }
    }

    @Test func aDatabaseWithoutAStoreSaysHowToCreateOne() async throws {
        try await TestServer.withDatabase { settings, _ in
            do {
                _ = try await StoreDatabase.with(settings) { database throws(StoreDatabaseError) in
                    try await StoreContent.read(database: database)
                }
                Issue.record("read a database without a store")
            } catch {
                #expect(
                    TestServer.message(of: error)
                        == "the database holds no HireScore store yet; create it with 'hirescore store init --store URL'"
                )
            }
        }
    }

    @Test func aVersion2StoreIsUpgradedAndKeepsShowingColleaguesCardsUntilToldOtherwise() async throws {
        try await TestServer.withDatabase(users: ["anna"]) { settings, users in
            let login = users["anna"] ?? "anna"
            let first = Array(StoreSchema.migrations.prefix(2))
            let outcome = try await StoreDatabase.with(settings) { database throws(StoreDatabaseError) in
                _ = try await SchemaMigrator.migrate(database, migrations: first, binaryVersion: "0.1.0")
                try await database.query(
                    "INSERT INTO hirescore.members (db_role, role, interviewer_id) VALUES (\(login), 'interviewer', 'anna')"
                )
                return try await SchemaMigrator.migrate(database, binaryVersion: "0.2.0")
            }
            #expect(outcome == SchemaMigrator.Outcome(from: 2, to: 12))
            let before = try await StoreDatabase.with(settings) { database throws(StoreDatabaseError) in
                try await StoreSettings.colleaguesCards(in: database)
            }
            #expect(before == .afterSubmitting)
            let after = try await StoreDatabase.with(settings) { database throws(StoreDatabaseError) in
                try await StoreSettings.setColleaguesCards(
                    .never, by: StoreMembers.Author(actor: "HR Test", signer: nil), in: database)
                return try await StoreSettings.colleaguesCards(in: database)
            }
            #expect(after == .never)
            #expect(
                try await TestServer.rows(
                    "SELECT by_user::text, action, subject, detail FROM hirescore.member_events ORDER BY id",
                    as: settings) == ["\(settings.user)|setting|colleagues-cards|never"])
        }
    }

    @Test func aFilledVersion9StoreIsUpgradedKeepingEveryByteAndItsRules() async throws {
        try await TestServer.withDatabase(users: ["anna"]) { settings, users in
            let login = users["anna"] ?? "anna"
            var written = StoreContent()
            written.cards = [
                .init(
                    requisition: "r-1", candidate: "c-1", fileName: "anna.yaml", status: "submitted",
                    seal: "sha256:anna", bytes: Array("interviewer: anna\n".utf8)),
                .init(
                    requisition: "r-1", candidate: "c-1", fileName: "ben.yaml", status: "submitted",
                    seal: "sha256:ben", bytes: Array("interviewer: ben\nsignature: ed25519:b\n".utf8)),
                .init(
                    requisition: "r-1", candidate: "c-2", fileName: "anna.yaml", status: "draft", seal: nil,
                    bytes: Array("interviewer: anna\n".utf8)),
            ]
            written.auditLines = [
                Array("{\"event\":\"submit\",\"seq\":1}\n".utf8),
                Array("{\"event\":\"countersign\",\"seq\":2}\n".utf8),
            ]
            written.files = [".hirescore/holds.json": Array("[]".utf8)]
            let content = written
            let first = Array(StoreSchema.migrations.prefix(9))
            let outcome = try await StoreDatabase.with(settings) { database throws(StoreDatabaseError) in
                _ = try await SchemaMigrator.migrate(database, migrations: first, binaryVersion: "0.9.0")
                for card in content.cards {
                    try await database.query(
                        """
                        INSERT INTO hirescore.scorecards
                          (requisition, candidate, file_name, interviewer_id, status, seal, content)
                        VALUES (\(card.requisition), \(card.candidate), \(card.fileName),
                          \(card.interviewerID), \(card.status), \(card.seal),
                          \(ByteBuffer(bytes: card.bytes)))
                        """)
                }
                for (index, line) in content.auditLines.enumerated() {
                    try await database.query(
                        "INSERT INTO hirescore.audit_lines (line_number, content) VALUES (\(index + 1), \(ByteBuffer(bytes: line)))"
                    )
                }
                for (path, bytes) in content.files {
                    try await database.query(
                        "INSERT INTO hirescore.files (path, content) VALUES (\(path), \(ByteBuffer(bytes: bytes)))")
                }
                try await database.query(
                    "INSERT INTO hirescore.members (db_role, role, interviewer_id) VALUES (\(login), 'interviewer', 'anna')"
                )
                try await database.execute("GRANT hirescore_interviewer TO \(login)")
                return try await SchemaMigrator.migrate(database, binaryVersion: "0.10.0")
            }
            #expect(outcome == SchemaMigrator.Outcome(from: 9, to: 12))
            let read = try await StoreDatabase.with(settings) { database throws(StoreDatabaseError) in
                try await StoreContent.read(database: database)
            }
            #expect(read.cards.map(\.bytes) == content.cards.sorted { $0.path < $1.path }.map(\.bytes))
            #expect(read.auditLines == content.auditLines)
            #expect(read.files == content.files)
            // The old rules hold: a submitted card is never changed otherwise, not even by the administrator.
            let anna = try TestServer.settings(user: login, database: settings.database)
            #expect(
                await TestServer.refusal(
                    "UPDATE hirescore.scorecards SET content = convert_to('interviewer: x\n', 'UTF8') WHERE status = 'submitted'",
                    as: settings) == "42501")
            // The new one: Anna countersigns her old card with its event; Ben's signed card takes no second one.
            let event =
                "{\"event\":\"countersign\",\"files\":[{\"path\":\"r-1/c-1/anna.yaml\",\"seal\":\"sha256:anna\"}],\"details\":{\"signature\":\"ed25519:a\"}}\n"
            #expect(
                await TestServer.refusal(
                    "INSERT INTO hirescore.audit_lines (line_number, content) VALUES (3, convert_to('\(event)', 'UTF8'))",
                    as: anna) == nil)
            #expect(
                await TestServer.refusal(
                    "UPDATE hirescore.scorecards SET content = convert_to('interviewer: anna\nsignature: ed25519:a\n', 'UTF8') WHERE candidate = 'c-1' AND file_name = 'anna.yaml'",
                    as: anna) == nil)
            #expect(
                try await TestServer.rows(
                    "SELECT version::text || ' ' || name FROM hirescore.schema_version WHERE version = 10", as: settings
                )
                    == ["10 countersignatures written into submitted cards by their own interviewers"])
        }
    }

    /// A refusal as the user reads it: its SQLSTATE, then its text in English and in German; empty when accepted.
    static func refusal(_ sql: String, as settings: PostgresConnectionSettings) async -> [String] {
        do {
            try await StoreDatabase.with(settings) { database throws(StoreDatabaseError) in
                try await database.execute(sql)
            }
            return []
        } catch {
            return [error.sqlState ?? "", error.message.text(in: "en"), error.message.text(in: "de")]
        }
    }

    @Test func aFilledVersion10StoreIsUpgradedAndItsRefusalsAreWordedInTheUsersLanguage() async throws {
        try await TestServer.withDatabase(users: ["anna"]) { settings, users in
            let login = users["anna"] ?? "anna"
            var written = StoreContent()
            written.cards = [
                .init(
                    requisition: "r-1", candidate: "c-1", fileName: "anna.yaml", status: "submitted",
                    seal: "sha256:anna", bytes: Array("interviewer: anna\n".utf8)),
                .init(
                    requisition: "r-1", candidate: "c-1", fileName: "ben.yaml", status: "submitted",
                    seal: "sha256:ben", bytes: Array("interviewer: ben\nsignature: ed25519:b\n".utf8)),
            ]
            written.auditLines = [
                Array("{\"event\":\"submit\",\"seq\":1}\n".utf8),
                Array("{\"event\":\"submit\",\"seq\":2}\n".utf8),
            ]
            written.files = [".hirescore/holds.json": Array("[]".utf8)]
            let content = written
            let first = Array(StoreSchema.migrations.prefix(10))
            let outcome = try await StoreDatabase.with(settings) { database throws(StoreDatabaseError) in
                _ = try await SchemaMigrator.migrate(database, migrations: first, binaryVersion: "0.10.0")
                for card in content.cards {
                    try await database.query(
                        """
                        INSERT INTO hirescore.scorecards
                          (requisition, candidate, file_name, interviewer_id, status, seal, content)
                        VALUES (\(card.requisition), \(card.candidate), \(card.fileName),
                          \(card.interviewerID), \(card.status), \(card.seal),
                          \(ByteBuffer(bytes: card.bytes)))
                        """)
                }
                for (index, line) in content.auditLines.enumerated() {
                    try await database.query(
                        "INSERT INTO hirescore.audit_lines (line_number, content) VALUES (\(index + 1), \(ByteBuffer(bytes: line)))"
                    )
                }
                for (path, bytes) in content.files {
                    try await database.query(
                        "INSERT INTO hirescore.files (path, content) VALUES (\(path), \(ByteBuffer(bytes: bytes)))")
                }
                try await database.query(
                    "INSERT INTO hirescore.members (db_role, role, interviewer_id) VALUES (\(login), 'interviewer', 'anna')"
                )
                try await database.execute("GRANT hirescore_interviewer TO \(login)")
                return try await SchemaMigrator.migrate(database, binaryVersion: "0.11.0")
            }
            #expect(outcome == SchemaMigrator.Outcome(from: 10, to: 12))
            let read = try await StoreDatabase.with(settings) { database throws(StoreDatabaseError) in
                try await StoreContent.read(database: database)
            }
            #expect(read.cards.map(\.bytes) == content.cards.sorted { $0.path < $1.path }.map(\.bytes))
            #expect(read.auditLines == content.auditLines)
            #expect(read.files == content.files)
            let anna = try TestServer.settings(user: login, database: settings.database)

            // Every rule still refuses, now by name: the card or line from the error's fields, in both languages.
            #expect(
                await Self.refusal(
                    "UPDATE hirescore.scorecards SET content = convert_to('interviewer: x\n', 'UTF8') WHERE file_name = 'anna.yaml'",
                    as: settings)
                    == [
                        "42501",
                        "the database refused: scorecard r-1/c-1/anna.yaml is submitted and is never changed; an amendment is a new scorecard (SQLSTATE 42501)",
                        "die Datenbank hat abgelehnt: der Bogen r-1/c-1/anna.yaml ist eingereicht und wird nie geändert; eine Korrektur ist ein neuer Bogen (SQLSTATE 42501)",
                    ])
            #expect(
                await Self.refusal(
                    "INSERT INTO hirescore.audit_lines (line_number, content) VALUES (9, convert_to('{}', 'UTF8'))",
                    as: anna)
                    == [
                        "23000",
                        "the database refused: audit line 9 is not the next line of the log (SQLSTATE 23000)",
                        "die Datenbank hat abgelehnt: die Protokollzeile 9 ist nicht die nächste Zeile des Protokolls (SQLSTATE 23000)",
                    ])
            let bens =
                "{\"event\":\"countersign\",\"files\":[{\"path\":\"r-1/c-1/ben.yaml\",\"seal\":\"sha256:ben\"}],\"details\":{\"signature\":\"ed25519:a\"}}\n"
            #expect(
                await Self.refusal(
                    "INSERT INTO hirescore.audit_lines (line_number, content) VALUES (3, convert_to('\(bens)', 'UTF8'))",
                    as: anna)
                    == [
                        "42501",
                        "the database refused: scorecard r-1/c-1/ben.yaml is countersigned by its own interviewer only (SQLSTATE 42501)",
                        "die Datenbank hat abgelehnt: der Bogen r-1/c-1/ben.yaml wird nur von seiner eigenen Interviewerin oder seinem eigenen Interviewer gegengezeichnet (SQLSTATE 42501)",
                    ])
            #expect(
                await Self.refusal(
                    "UPDATE hirescore.scorecards SET content = convert_to('interviewer: anna\nsignature: ed25519:z\n', 'UTF8') WHERE file_name = 'anna.yaml'",
                    as: anna)
                    == [
                        "42501",
                        "the database refused: scorecard r-1/c-1/anna.yaml is countersigned only with its countersign event in the audit log (SQLSTATE 42501)",
                        "die Datenbank hat abgelehnt: der Bogen r-1/c-1/anna.yaml wird nur mit seinem Ereignis 'countersign' im Protokoll gegengezeichnet (SQLSTATE 42501)",
                    ])
            // A refusal by the grants names what the statement did to which table.
            #expect(
                await Self.refusal("DELETE FROM hirescore.files", as: anna)
                    == [
                        "42501",
                        "the database refused (SQLSTATE 42501): the store role of '\(login)' may not delete from the store's files (settings, holds, decisions); nothing was changed. The store's owner grants roles with 'hirescore store grant'",
                        "die Datenbank hat abgelehnt (SQLSTATE 42501): die Rolle von '\(login)' in der Ablage darf in den Dateien der Ablage (Einstellungen, Sperren, Entscheidungen) nichts löschen; nichts wurde geändert. Rollen vergibt der Eigentümer der Ablage mit 'hirescore store grant'",
                    ])
            // A card written twice at one place (two computers at once) is named as such.
            #expect(
                await Self.refusal(
                    """
                    INSERT INTO hirescore.scorecards (requisition, candidate, file_name, interviewer_id, status, content)
                    VALUES ('r-1', 'c-1', 'anna.yaml', 'anna', 'draft', convert_to('interviewer: anna\n', 'UTF8'))
                    """, as: anna)
                    == [
                        "23505",
                        "the database refused (SQLSTATE 23505): a scorecard at the same place was written meanwhile, perhaps from another computer; nothing was changed",
                        "die Datenbank hat abgelehnt (SQLSTATE 23505): ein Bogen an derselben Stelle wurde inzwischen geschrieben, vielleicht von einem anderen Rechner; nichts wurde geändert",
                    ])
            // A refusal HireScore has no words for shows the server's own text in a frame of the session's language.
            #expect(
                await Self.refusal("SELECT 1 / 0", as: anna)
                    == [
                        "22012", "the database refused: division by zero (SQLSTATE 22012)",
                        "die Datenbank hat abgelehnt: division by zero (SQLSTATE 22012)",
                    ])
            // The English text stays in the database for psql; the rule's name is in the constraint field.
            #expect(
                try await TestServer.rows(
                    """
                    SELECT count(*)::text FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                    WHERE n.nspname = 'hirescore' AND p.prosrc LIKE '%is submitted and is never changed%'
                      AND p.prosrc LIKE '%hirescore:submitted-card-unchanged%'
                    """, as: settings) == ["1"])
            #expect(try await TestServer.rows("SELECT count(*)::text FROM hirescore.files", as: settings) == ["1"])
        }
    }
}
