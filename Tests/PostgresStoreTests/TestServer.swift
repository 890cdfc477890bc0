import Foundation
import PostgresNIO
import PostgresStore
import Testing

/// The PostgreSQL server the store tests use: `HIRESCORE_TEST_POSTGRES` (set by scripts/with-postgres.sh), a
/// superuser URL. Without it the tests are skipped with that message, except under `HIRESCORE_CI=1`, where
/// they run and fail: CI never passes without having tested the database.
enum TestServer {
    static let url = ProcessInfo.processInfo.environment["HIRESCORE_TEST_POSTGRES"].flatMap { $0.isEmpty ? nil : $0 }
    static let inCI = ProcessInfo.processInfo.environment["HIRESCORE_CI"] == "1"
    /// Whether the suites that need a server run.
    static let enabled = url != nil || inCI
    /// Why they are skipped.
    static let skipReason: Comment =
        "HIRESCORE_TEST_POSTGRES is unset: run 'scripts/with-postgres.sh swift test' to test the PostgreSQL store"

    struct Missing: Error, CustomStringConvertible {
        var description: String {
            "HIRESCORE_CI=1 but HIRESCORE_TEST_POSTGRES is unset: CI must test the PostgreSQL store"
        }
    }

    /// The administrator's settings.
    static func admin() throws -> PostgresConnectionSettings {
        guard let url else { throw Missing() }
        return try PostgresConnectionSettings(url: url)
    }

    /// The settings of `user` on `database` (the test cluster trusts loopback: no password).
    static func settings(user: String, database: String) throws -> PostgresConnectionSettings {
        var settings = try admin()
        settings.user = user
        settings.database = database
        settings.password = nil
        return settings
    }

    /// The English message of a store error.
    static func message(of error: any Error) -> String {
        switch error {
        case let error as StoreDatabaseError: return error.message.text(in: "en")
        case let error as CopyError: return error.message.text(in: "en")
        case let error as PostgresConnectionSettings.SettingsError: return error.message.text(in: "en")
        default: return "\(error)"
        }
    }

    /// A name no other test uses.
    static func uniqueName(_ prefix: String) -> String {
        prefix + "_" + String(UInt32.random(in: 0...UInt32.max), radix: 36)
    }

    /// Runs `body` with a new, empty database (its administrator settings) and login users named after
    /// `users` (name → actual user name), and removes them afterwards.
    static func withDatabase(
        users: [String] = [],
        _ body: (PostgresConnectionSettings, [String: String]) async throws -> Void
    ) async throws {
        let admin = try admin()
        let name = uniqueName("hs")
        let logins = Dictionary(uniqueKeysWithValues: users.map { ($0, uniqueName("hs_" + $0)) })
        try await StoreDatabase.with(admin) { database throws(StoreDatabaseError) in
            try await database.execute("CREATE DATABASE \(name)")
            for login in logins.values { try await database.execute("CREATE ROLE \(login) LOGIN") }
        }
        var settings = admin
        settings.database = name
        do {
            try await body(settings, logins)
        } catch {
            try await drop(name, logins: Array(logins.values), admin: admin)
            throw error
        }
        try await drop(name, logins: Array(logins.values), admin: admin)
    }

    private static func drop(_ name: String, logins: [String], admin: PostgresConnectionSettings) async throws {
        try await StoreDatabase.with(admin) { database throws(StoreDatabaseError) in
            try await database.execute("DROP DATABASE IF EXISTS \(name) WITH (FORCE)")
            for login in logins { try await database.execute("DROP ROLE IF EXISTS \(login)") }
            try await dropStoreRoles(of: name, in: database)
        }
    }

    /// Drops the group roles of the store that was in the dropped database `name` (schema version 12), found by
    /// the description each has (`HireScore store <id> (database <name>): <role>`), as docs/store.md says.
    static func dropStoreRoles(of name: String, in database: StoreDatabase) async throws(StoreDatabaseError) {
        let statements = try await database.query(
            """
            SELECT format('DROP ROLE %I', rolname) FROM pg_catalog.pg_roles
            WHERE position(\("(database \(name)):") IN coalesce(shobj_description(oid, 'pg_authid'), '')) > 0
            """)
        for row in statements {
            guard let statement = try? row.decode(String.self) else { continue }
            try await database.execute(statement)
        }
    }

    /// The SQLSTATE with which `sql`, run as `settings`' user, is refused; nil when it succeeds.
    static func refusal(_ sql: String, as settings: PostgresConnectionSettings) async -> String? {
        do {
            try await StoreDatabase.with(settings) { database throws(StoreDatabaseError) in
                try await database.execute(sql)
            }
            return nil
        } catch {
            return error.sqlState ?? "no SQLSTATE: \(error.message.text(in: "en"))"
        }
    }

    /// The rows `sql` returns as `settings`' user, each row's columns as text joined by `|`.
    static func rows(_ sql: String, as settings: PostgresConnectionSettings) async throws -> [String] {
        try await StoreDatabase.with(settings) { database throws(StoreDatabaseError) in
            try await database.query(PostgresQuery(unsafeSQL: sql)).map { row in
                row.map { cell in (try? cell.decode(String?.self)).flatMap { $0 } ?? "null" }.joined(separator: "|")
            }
        }
    }
}
