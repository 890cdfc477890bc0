import PostgresNIO
import ScoringCore

/// Creates or upgrades a store's schema (`hirescore store init`).
///
/// Each missing migration runs in its own transaction with its version row; an advisory lock makes two
/// `init`s at once wait for each other instead of both applying the same step. A store whose schema is
/// newer than this binary is refused, naming both versions, before anything is changed.
package enum SchemaMigrator {
    /// What `init` did.
    package struct Outcome: Sendable, Equatable {
        /// The version before.
        package var from: Int
        /// The version after.
        package var to: Int

        /// Creates an outcome.
        package init(from: Int, to: Int) {
            self.from = from
            self.to = to
        }
    }

    /// The key of the advisory lock held while migrating (any number unique to HireScore).
    static let lockKey: Int64 = 0x4869_7265_5363_6F72

    /// The store's schema version; 0 when it has none yet.
    ///
    /// - Throws: ``StoreDatabaseError`` naming the user and the store when the database has a store but the user
    ///   may not use its schema: they hold none of the store's roles (schema version 12: roles of its own).
    package static func version(of database: StoreDatabase) async throws(StoreDatabaseError) -> Int {
        let schema = try await database.query(
            """
            SELECT n.oid IS NOT NULL, coalesce(has_schema_privilege(n.oid, 'USAGE'), false)
            FROM (SELECT 1) AS one LEFT JOIN pg_catalog.pg_namespace n ON n.nspname = 'hirescore'
            """)
        guard let found = schema.first, let (present, usable) = try? found.decode((Bool, Bool).self), present else {
            return 0
        }
        guard usable else {
            throw StoreDatabaseError(
                sqlState: "42501",
                message: PostgresStoreMessages.notAMemberOfStore(
                    database.settings.user, store: database.settings.description))
        }
        let exists = try await database.query("SELECT to_regclass('hirescore.schema_version') IS NOT NULL")
        guard let row = exists.first, (try? row.decode(Bool.self)) == true else { return 0 }
        let rows = try await database.query("SELECT coalesce(max(version), 0) FROM hirescore.schema_version")
        return rows.first.flatMap { try? $0.decode(Int.self) } ?? 0
    }

    /// Refuses a store this binary cannot read: one without a schema, or one newer than the binary.
    package static func requireCompatible(_ database: StoreDatabase) async throws(StoreDatabaseError) {
        let found = try await version(of: database)
        if found > StoreSchema.currentVersion {
            throw StoreDatabaseError(
                message: PostgresStoreMessages.schemaTooNew(found, supported: StoreSchema.currentVersion))
        }
        if found < StoreSchema.currentVersion {
            throw StoreDatabaseError(
                message: PostgresStoreMessages.schemaTooOld(found, current: StoreSchema.currentVersion))
        }
    }

    /// Applies every missing migration; `binaryVersion` is recorded with each.
    package static func migrate(
        _ database: StoreDatabase, migrations: [StoreSchema.Migration] = StoreSchema.migrations,
        binaryVersion: String
    ) async throws(StoreDatabaseError) -> Outcome {
        let supported = migrations.last?.version ?? 0
        let before = try await version(of: database)
        guard before <= supported else {
            throw StoreDatabaseError(message: PostgresStoreMessages.schemaTooNew(before, supported: supported))
        }
        var current = before
        for migration in migrations where migration.version > before {
            let applied = try await database.transaction { database throws(StoreDatabaseError) -> Bool in
                try await database.query("SELECT pg_advisory_xact_lock(\(lockKey))")
                // Another init may have applied it while this one waited for the lock.
                guard try await version(of: database) < migration.version else { return false }
                for statement in migration.statements { try await database.execute(statement) }
                try await database.query(
                    """
                    INSERT INTO hirescore.schema_version (version, name, binary_version)
                    VALUES (\(migration.version), \(migration.name), \(binaryVersion))
                    """)
                return true
            }
            if applied || current < migration.version { current = migration.version }
        }
        return Outcome(from: before, to: current)
    }
}
