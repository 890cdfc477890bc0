import Foundation
import ScoringCore

/// Submitting a sealed scorecard to a database store as one transaction: the card's exact bytes (seal and
/// signature), its `submit` audit event, and the deletion of its draft, all or nothing.
///
/// As ``DatabaseRecords`` does, the transaction takes the store's record lock (the audit chain's head stays put
/// until it commits), reads what the user may see into a private folder, writes the sealed card there, runs the
/// file store's own submission on that folder (the event, its hash chain and the signature with the user's key),
/// and writes back the new card and audit lines. An amendment (``DatabaseAmendment``) is submitted the same way: a
/// new row beside the card it supersedes, with its `amend` event. A connection that drops before the commit leaves
/// nothing: the server undoes the transaction, and the sealed card stays in the local copy to be submitted again.
package enum DatabaseSubmission {
    /// Submits `card` (the sealed card's bytes) at `place`; `operation` logs the submission on the folder copy
    /// (its store root and the card's path there) and returns its result. `written`: where in the folder copy the
    /// card is written before the operation (its place, or for an amendment the place's `.amending/` draft).
    ///
    /// - Throws: the operation's error, a ``StoreDatabaseError``, or a ``CopyError``; nothing was changed then.
    package static func submit<Value: Sendable>(
        _ settings: PostgresConnectionSettings, workspace: String, place: DraftPlace, card: [UInt8],
        writtenAt written: String? = nil,
        _ operation: @escaping @Sendable (_ storeRoot: String, _ cardPath: String) throws -> Value
    ) async throws -> Value {
        let database = try await StoreDatabase.connect(settings)
        defer { try? FileManager.default.removeItem(atPath: workspace) }
        do {
            let value = try await run(
                database, workspace: workspace, place: place, card: card, writtenAt: written ?? place.relativePath,
                operation)
            await database.close()
            return value
        } catch {
            await database.close()
            throw error
        }
    }

    static func run<Value: Sendable>(
        _ database: StoreDatabase, workspace: String, place: DraftPlace, card: [UInt8], writtenAt written: String,
        _ operation: @Sendable (String, String) throws -> Value
    ) async throws -> Value {
        try await database.execute("BEGIN")
        do {
            try await database.query("SELECT pg_advisory_xact_lock(\(DatabaseRecords.lockKey))")
            let before = try await StoreContent.read(database: database)
            try before.write(folder: workspace)
            let cardPath = workspace + "/" + written
            try FileManager.default.createDirectory(
                atPath: (cardPath as NSString).deletingLastPathComponent, withIntermediateDirectories: true,
                attributes: [.posixPermissions: 0o700])
            try AtomicFile.write(card, to: cardPath)
            let value = try operation(workspace, cardPath)
            var changes = try StoreChanges(from: before, to: StoreContent.read(folder: workspace))
            let touched = changes.addedCards + changes.changedCards + changes.removedCards
            guard changes.removedCards.isEmpty, touched.allSatisfy({ $0.path == place.relativePath }) else {
                throw StoreDatabaseError(message: DraftMessages.submissionChangedOthers(place.relativePath))
            }
            // A submission writes the card and the log; caches the file store keeps beside them are not records.
            changes.writtenFiles = [:]
            changes.removedFiles = []
            try await changes.write(database: database)
            try await DatabaseDrafts.delete(place, database: database)
            CrashPoint.reach("submit.database.before-commit")
            try await database.execute("COMMIT")
            return value
        } catch {
            try? await database.execute("ROLLBACK")
            throw error
        }
    }
}
