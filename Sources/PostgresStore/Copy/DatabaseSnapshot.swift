import ScoringCore

/// A private, read-only copy of a database store in a folder, for the commands that read stores
/// (`merge`, `rank`, `calibrate`, `status`, `verify`, `audit verify`).
///
/// These commands read files; on a database store they read a snapshot of what the connected user may
/// see, taken in one statement per table, written to a folder only that user may read, and removed when
/// the command ends. What they print is then what they print for the same store as files.
///
/// With several hosts and no `target_session_attrs`, a snapshot takes any server (libpq's default): a report still
/// works on a standby while the primary is down (``PostgresConnectionSettings/forReading``).
package enum DatabaseSnapshot {
    /// Writes what the user of `settings` may read of the database store into the new folder `folder`; with
    /// `auditLogOnly`, the audit log alone (no scorecard nor other file), for the commands that read nothing else
    /// (`audit show`, `audit checkpoint`, `keys list`); with `places`, only the scorecards of those requisitions and
    /// candidates (with the whole audit log and the other files), for a command that reads only them.
    ///
    /// - Returns: whether the user reads only part of the store: an interviewer, whom row-level security shows
    ///   their own cards and some colleagues' but no decisions nor holds (the log they read whole).
    @discardableResult
    package static func write(
        _ settings: PostgresConnectionSettings, to folder: String, auditLogOnly: Bool = false,
        places: [StorePlace]? = nil
    ) async throws(CopyError) -> Bool {
        let (content, partial) = try await StoreCopy.withDatabase(settings.forReading) {
            database throws(StoreDatabaseError) in
            let content = try await StoreContent.read(database: database, auditLogOnly: auditLogOnly, places: places)
            // Only members may call the function (a user who may not reads no store at all).
            let may = try await database.query(
                "SELECT has_function_privilege('hirescore.interviewer_of(name)', 'EXECUTE')")
            guard may.first.flatMap({ try? $0.decode(Bool.self) }) == true else { return (content, false) }
            let interviewer = try await database.query("SELECT hirescore.interviewer_of(current_user) IS NOT NULL")
            return (content, interviewer.first.flatMap { try? $0.decode(Bool.self) } ?? false)
        }
        try content.write(folder: folder, durable: false)
        PhaseTimer.mark("copy \(content.cards.count) scorecards of the database store into the snapshot")
        return partial
    }
}
