import Foundation
import PostgresNIO
import ScoringCore

/// The drafts table of a database store (``StoreSchema``, version 4): one row per draft with its revision, which
/// only its interviewer reads and writes.
///
/// A place has one row at a time: the draft of its card before the card is submitted, then the draft of the
/// card's amendment (``DatabaseAmendment``); the transaction that submits either deletes the row.
package enum DatabaseDrafts {
    /// What the database holds for a draft's place when `enter` starts.
    package struct Remote: Sendable, Equatable {
        /// The connected user's interviewer id in the store (nil: not an interviewer).
        package var interviewerID: String?
        /// The seal of the card submitted at the place (its current version, when it was amended), if there is one.
        package var submittedSeal: String?
        /// The draft's revision and bytes, if there is a row.
        package var draft: (revision: Int, bytes: [UInt8])?
        /// Whether the server that answered is a hot standby (`pg_is_in_recovery()`): it can be read, not written.
        package var standby = false

        package static func == (left: Remote, right: Remote) -> Bool {
            left.interviewerID == right.interviewerID && left.submittedSeal == right.submittedSeal
                && left.draft?.revision == right.draft?.revision && left.draft?.bytes == right.draft?.bytes
                && left.standby == right.standby
        }
    }

    /// Reads what the database holds for `place`.
    package static func read(_ place: DraftPlace, database: StoreDatabase) async throws(StoreDatabaseError) -> Remote {
        try await SchemaMigrator.requireCompatible(database)
        var remote = Remote()
        let member = try await database.query("SELECT hirescore.interviewer_of(current_user)")
        remote.interviewerID = member.first.flatMap { try? $0.decode(String?.self) } ?? nil
        let recovery = try await database.query("SELECT pg_catalog.pg_is_in_recovery()")
        remote.standby = recovery.first.flatMap { try? $0.decode(Bool.self) } ?? false
        let submitted = try await database.query(
            """
            SELECT seal FROM hirescore.scorecards s WHERE requisition = \(place.requisition)
              AND candidate = \(place.candidate) AND file_name = \(place.fileName) AND status = 'submitted'
              AND NOT EXISTS (SELECT 1 FROM hirescore.scorecards n WHERE n.amends = s.id)
            """)
        remote.submittedSeal = submitted.first.flatMap { try? $0.decode(String?.self) } ?? nil
        let rows = try await database.query(
            """
            SELECT revision, content FROM hirescore.drafts WHERE requisition = \(place.requisition)
              AND candidate = \(place.candidate) AND interviewer_id = \(place.interviewerID)
            """)
        if let row = rows.first {
            guard let (revision, bytes) = try? row.decode((Int, Data).self) else {
                throw StoreDatabaseError(message: PostgresStoreMessages.undecodableRow("hirescore.drafts"))
            }
            remote.draft = (revision, [UInt8](bytes))
        }
        return remote
    }

    /// Saves the draft as `revision` when the database's row is still at `synced` (or there is none); false when
    /// the row changed elsewhere meanwhile, and nothing was written.
    package static func save(
        _ place: DraftPlace, bytes: [UInt8], revision: Int, over synced: Int, database: StoreDatabase
    ) async throws(StoreDatabaseError) -> Bool {
        let rows = try await database.query(
            """
            INSERT INTO hirescore.drafts AS d (requisition, candidate, interviewer_id, revision, content)
            VALUES (\(place.requisition), \(place.candidate), \(place.interviewerID), \(revision),
              \(ByteBuffer(bytes: bytes)))
            ON CONFLICT (requisition, candidate, interviewer_id) DO UPDATE
              SET revision = excluded.revision, content = excluded.content, written_at = now(), db_user = current_user
              WHERE d.revision = \(synced)
            RETURNING revision
            """)
        return !rows.isEmpty
    }

    /// Deletes the draft (in the transaction that submits its card).
    package static func delete(_ place: DraftPlace, database: StoreDatabase) async throws(StoreDatabaseError) {
        try await database.query(
            """
            DELETE FROM hirescore.drafts WHERE requisition = \(place.requisition)
              AND candidate = \(place.candidate) AND interviewer_id = \(place.interviewerID)
            """)
    }
}

extension StoreDatabaseError {
    /// Whether the error says the server could not be reached or ended the connection (as opposed to a refusal,
    /// a login refused, or a TLS problem): the case where `enter` goes on with its local copy.
    package func isUnreachable(_ settings: PostgresConnectionSettings) -> Bool {
        if let sqlState { return ["57P01", "57P02", "57P03", "08000", "08001", "08003", "08006"].contains(sqlState) }
        return serverUnavailable
    }
}
