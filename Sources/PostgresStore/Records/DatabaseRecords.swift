import Foundation
import ScoringCore

/// The record-changing commands (`decide`, `hold`, `release`, `purge`, `export`) on a PostgreSQL store, each
/// as one database transaction that also appends its signed audit events.
///
/// The transaction takes the store's record lock (an advisory lock, so two such commands run one after the
/// other), reads what the connected user may see into a private folder, runs the file store's own operation
/// on that folder (the same merge, checks, audit events, hash chain and signatures), and writes the difference
/// back (``StoreChanges``): the audit lines, the retention dates, the purged cards and files, the caches of
/// holds and decisions. The database checks every row with the user's own rights; anything refused, and any
/// error of the operation, rolls the whole transaction back: nothing is left of it.
///
/// ```swift
/// let hold = try await DatabaseRecords.change(settings, workspace: folder) { root in
///     let session = try RecordSession(ledger: StoreLedger(storeRoot: root), rubrics: rubrics)
///     return try session.placeHold(candidate: "c-103", requisition: nil, reason: "AGG claim", actor: "Rita")
/// }
/// ```
package enum DatabaseRecords {
    /// A candidate's panel in a requisition (nil: the candidate's unassigned scorecards).
    package struct Panel: Sendable, Hashable {
        /// The requisition, or nil.
        package var requisition: String?
        /// The candidate.
        package var candidate: String

        /// Creates a panel's place.
        package init(requisition: String?, candidate: String) {
            self.requisition = requisition
            self.candidate = candidate
        }
    }

    /// The key of the advisory lock held while a record-changing command runs.
    static let lockKey: Int64 = 0x4869_7265_5265_636F

    /// Runs `operation` on a folder copy of the database store at `workspace` (a folder that does not exist
    /// or is empty) and writes what it changed back, all in one transaction; returns the operation's result.
    ///
    /// `complete`, for a decision: the panel whose every card must be submitted. The recruiter reads no drafts,
    /// so the database names the drafts of that panel (``StoreSchema``), and a draft refuses the change as the
    /// file store's merge does.
    ///
    /// - Throws: the operation's own error, a ``StoreDatabaseError`` (with the SQLSTATE when the database
    ///   refused a change, `42501` for a role that may not make it), or a ``CopyError`` for the folder copy.
    package static func change<Value: Sendable>(
        _ settings: PostgresConnectionSettings, workspace: String, complete: Panel? = nil,
        _ operation: @escaping @Sendable (_ storeRoot: String) throws -> Value
    ) async throws -> Value {
        let database = try await StoreDatabase.connect(settings)
        // The folder copy holds personal data: it goes as soon as the transaction ends, whatever its outcome.
        defer { try? FileManager.default.removeItem(atPath: workspace) }
        do {
            let value = try await run(database, workspace: workspace, complete: complete, operation)
            await database.close()
            return value
        } catch {
            await database.close()
            throw error
        }
    }

    /// The transaction of ``change(_:workspace:_:)`` on an open connection.
    static func run<Value: Sendable>(
        _ database: StoreDatabase, workspace: String, complete: Panel?, _ operation: @Sendable (String) throws -> Value
    ) async throws -> Value {
        try await database.execute("BEGIN")
        do {
            try await lock(database)
            let before = try await StoreContent.read(database: database)
            if let complete { try await requireSubmitted(complete, database: database, workspace: workspace) }
            try before.write(folder: workspace, durable: false)
            let value = try operation(workspace)
            let after = try StoreContent.read(folder: workspace)
            var changes = try StoreChanges(from: before, to: after)
            if try await !database.may("SELECT", on: "hirescore.files") {
                // The user (an interviewer) got none of the other files, so the operation rebuilt the caches of
                // holds and decisions from the log: they are the log's, already in the database, not a change.
                for path in StoreChanges.cacheFiles { changes.writtenFiles[path] = nil }
            }
            try await changes.write(database: database)
            try await database.execute("COMMIT")
            return value
        } catch {
            try? await database.execute("ROLLBACK")
            throw error
        }
    }

    /// How long a command waits for the record lock unless the database or the user's role sets its own
    /// `lock_timeout` (`ALTER ROLE … SET lock_timeout`): longer than any record change takes.
    static let lockWait = "2min"

    /// Takes the record lock for the transaction, waiting at most ``lockWait`` (or the `lock_timeout` the
    /// server sets for the user); a longer wait ends with ``PostgresStoreMessages/lockBusy``.
    static func lock(_ database: StoreDatabase) async throws(StoreDatabaseError) {
        try await database.execute(
            "SELECT set_config('lock_timeout', '\(lockWait)', true) WHERE current_setting('lock_timeout') IN ('0', '')")
        do {
            // Read committed: after the lock, every statement sees what the command before this one committed.
            try await database.query("SELECT pg_advisory_xact_lock(\(lockKey))")
        } catch let error where error.sqlState == "55P03" {
            throw StoreDatabaseError(sqlState: error.sqlState, message: PostgresStoreMessages.lockBusy)
        }
    }

    /// Refuses a panel that still has a draft, naming it, when the user may ask (the owner and the recruiter;
    /// for the others the decision event is refused anyway).
    static func requireSubmitted(_ panel: Panel, database: StoreDatabase, workspace: String)
        async throws(StoreDatabaseError)
    {
        let may = try await database.query(
            "SELECT has_function_privilege(current_user, 'hirescore.unsubmitted_cards(text, text)', 'EXECUTE')")
        guard may.first.flatMap({ try? $0.decode(Bool.self) }) == true else { return }
        let requisition = panel.requisition ?? ScorecardStore.unassignedRequisition
        let rows = try await database.query(
            "SELECT hirescore.unsubmitted_cards(\(requisition), \(panel.candidate))")
        let drafts = rows.compactMap { try? $0.decode(String.self) }
        guard !drafts.isEmpty else { return }
        throw StoreDatabaseError(
            message: PostgresStoreMessages.panelHasDrafts(
                panel.candidate, folder: workspace + "/" + requisition + "/" + panel.candidate, drafts: drafts))
    }
}
