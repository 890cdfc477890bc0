import Compliance
import Foundation
import ScoringCore

/// `enter --amend` on a database store: the interviewer's correction of their submitted card becomes a new row
/// beside it (``StoreSchema`` version 6), never an update of the submitted row.
///
/// The correction is drafted in the user's data folder (`…/REQUISITION/CANDIDATE/.amending/ID.yaml`, beside the local
/// copy of ordinary drafts), starting from the submitted card, and mirrored to the place's row of the drafts table
/// after every answer (``DraftMirror`` with `amending`), as an ordinary draft is. Once sealed, it is recorded in one
/// transaction (``DatabaseSubmission``) that takes the record lock, puts the sealed correction into a folder copy of
/// what the user may see as the folder store's `.amending/` draft, runs the folder store's own amendment there (the
/// checks, the signature with the user's key, the `amend` event), inserts the new card's row (naming the row it
/// amends) with the event's audit line, and deletes the draft's row: all or nothing.
///
/// ```swift
/// try DatabaseAmendment.requireOwnPlace(settings, place: place)
/// let amendment = try await DatabaseAmendment.record(settings, workspace: folder, place: place, card: bytes) {
///     root, draft in try session(root).recordAmendment(of: root + "/" + place.relativePath, with: draft, reason: why)
/// }
/// ```
package enum DatabaseAmendment {
    /// Where the amendment of the card at `place` is drafted inside a store folder: `R/C/.amending/ID.yaml`.
    package static func draftPath(of place: DraftPlace) -> String {
        place.requisition + "/" + place.candidate + "/" + Amendment.draftFolder + "/" + place.fileName
    }

    /// Refuses an interviewer id that is not the connected user's in the store (the database would refuse the
    /// amendment's row at the end), before the interviewer starts.
    ///
    /// - Throws: the refusal naming the user's id, or the database's error (a server that cannot be reached too).
    package static func requireOwnPlace(_ settings: PostgresConnectionSettings, place: DraftPlace)
        throws(StoreDatabaseError)
    {
        let remote = try DraftMirror.blocking {
            try await StoreDatabase.with(settings) { database throws(StoreDatabaseError) in
                try await DatabaseDrafts.read(place, database: database)
            }
        }
        if let yours = remote.interviewerID, yours != place.interviewerID {
            throw StoreDatabaseError(
                message: DraftMessages.notYourID(place.interviewerID, yours: yours, user: settings.user))
        }
    }

    /// Records the sealed correction `card` of the card at `place` in one transaction; `operation` records the
    /// amendment on the folder copy (its root, and the correction's path there) and returns its result.
    ///
    /// - Throws: the operation's error, a ``StoreDatabaseError`` (the database's refusal: SQLSTATE 42501 for a
    ///   card that is not the user's), or a ``CopyError``; nothing was changed then.
    package static func record<Value: Sendable>(
        _ settings: PostgresConnectionSettings, workspace: String, place: DraftPlace, card: [UInt8],
        _ operation: @escaping @Sendable (_ storeRoot: String, _ draftPath: String) throws -> Value
    ) async throws -> Value {
        try await DatabaseSubmission.submit(
            settings, workspace: workspace, place: place, card: card, writtenAt: draftPath(of: place), operation)
    }
}
