/// `audit repair` on a PostgreSQL store: there is nothing to finish.
///
/// On a folder store an interrupted command can leave its event logged but its caches not rewritten, or a card
/// sealed but its submit event not logged; `audit repair` finishes that. On a database every command's change,
/// its cards and its audit events, is one transaction: the server commits all of it or undoes all of it, so an
/// interrupted command leaves nothing half-done. The command still connects as the user and checks that the store
/// is one this binary reads, so that "nothing to repair" is said of a store that is there.
///
/// An interviewer's local draft copies (``LocalDraftCopy``) are not a half-done change: `enter` saves them to the
/// database when the interviewer resumes.
package enum DatabaseRepair {
    /// Connects as the user of `settings` and checks the store's schema; changes nothing.
    ///
    /// - Throws: a ``StoreDatabaseError`` when the server cannot be reached, refuses the login, or holds no store
    ///   of the schema version this binary writes.
    package static func check(_ settings: PostgresConnectionSettings) async throws(StoreDatabaseError) {
        try await StoreDatabase.with(settings) { database throws(StoreDatabaseError) in
            try await SchemaMigrator.requireCompatible(database)
        }
    }
}
