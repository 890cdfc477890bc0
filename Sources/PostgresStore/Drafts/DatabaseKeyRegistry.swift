import Compliance
import Foundation
import ScoringCore

/// The key list of a database store (``Compliance/KeyRegistry``), read from the `key-register` and `key-revoke`
/// lines of its audit log: what `enter` checks the interviewer's signing key against before the first question,
/// as it does on a folder store.
package enum DatabaseKeyRegistry {
    /// The key list as the store's audit log says (every member reads the log).
    package static func read(database: StoreDatabase) async throws(StoreDatabaseError) -> KeyRegistry {
        try await SchemaMigrator.requireCompatible(database)
        let rows = try await database.query(
            """
            SELECT content FROM hirescore.audit_lines
            WHERE hirescore.audit_event(content) IN ('key-register', 'key-revoke') ORDER BY line_number
            """)
        var text = ""
        for row in rows {
            guard let bytes = try? row.decode(Data.self) else {
                throw StoreDatabaseError(message: PostgresStoreMessages.undecodableRow("hirescore.audit_lines"))
            }
            text += String(decoding: bytes, as: UTF8.self)
            if !text.hasSuffix("\n") { text += "\n" }
        }
        return KeyRegistry(events: AuditLog.events(parsing: text).events.map(\.event))
    }

    /// Why `person` cannot sign with `key` in the store of `settings`
    /// (``Compliance/KeyRegistry/signingProblem(person:key:)``); nil when they can, when the store does not sign, or
    /// when the server cannot be reached (the submit checks again).
    ///
    /// - Throws: the database's refusal, or a store this binary cannot read.
    package static func signingProblem(
        _ settings: PostgresConnectionSettings, person: String, key: SigningKey?
    ) throws(StoreDatabaseError) -> LocalizedText? {
        let registry: KeyRegistry
        do {
            registry = try DraftMirror.blocking {
                try await StoreDatabase.with(settings) { database throws(StoreDatabaseError) in
                    try await read(database: database)
                }
            }
        } catch  where error.isUnreachable(settings) {
            return nil
        }
        return registry.signingProblem(person: person, key: key)
    }
}
