import Foundation
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
            #expect(first == SchemaMigrator.Outcome(from: 0, to: 1))
            let second = try await StoreDatabase.with(settings) { database throws(StoreDatabaseError) in
                try await SchemaMigrator.migrate(database, binaryVersion: "0.1.0")
            }
            #expect(second == SchemaMigrator.Outcome(from: 1, to: 1))
            #expect(
                try await TestServer.rows(
                    "SELECT version::text, name, binary_version FROM hirescore.schema_version", as: settings)
                    == ["1|tables, roles and row-level security|0.1.0"])
            // Every table is owned by the owner role and forces row-level security where it has it.
            #expect(
                try await TestServer.rows(
                    """
                    SELECT c.relname::text, pg_get_userbyid(c.relowner)::text, c.relforcerowsecurity::text
                    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                    WHERE n.nspname = 'hirescore' AND c.relkind = 'r' ORDER BY 1
                    """, as: settings)
                    == [
                        "audit_lines|hirescore_owner|false", "files|hirescore_owner|false",
                        "members|hirescore_owner|false", "schema_version|hirescore_owner|false",
                        "scorecards|hirescore_owner|true",
                    ])
        }
    }

    @Test func aStoreNewerThanTheBinaryIsRefusedNamingBothVersions() async throws {
        try await TestServer.withDatabase { settings, _ in
            try await StoreDatabase.with(settings) { database throws(StoreDatabaseError) in
                _ = try await SchemaMigrator.migrate(database, binaryVersion: "0.1.0")
                try await database.execute(
                    "INSERT INTO hirescore.schema_version (version, name, binary_version) VALUES (7, 'future', '9.0.0')"
                )
            }
            let expected =
                "the store's schema is version 7, newer than this hirescore understands (version 1); update hirescore before using this store"
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
                    version: 2, name: "broken",
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
            #expect(version == ["1"])
            let halfDone = try await TestServer.rows("SELECT to_regclass('hirescore.half_done')::text", as: settings)
            #expect(halfDone == ["null"])
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
}
