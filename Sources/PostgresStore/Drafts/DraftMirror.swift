import Foundation
import ScoringCore

/// A draft entered on a database store: the local copy (``LocalDraftCopy``) is always written, and the database's
/// row (``DatabaseDrafts``) follows it after every answer while the server can be reached.
///
/// ``start(keep:)`` syncs the two when `enter` begins (``DraftSync``); ``save(_:)`` writes one answer. When the
/// server cannot be reached, or only a read-only standby answers (of a host list, or the one host named), the entry
/// goes on with the local copy alone, saying so once; the next run syncs.
///
/// The draft of an amendment (``DatabaseAmendment``) is mirrored the same way (`amending`): its local copy is the
/// `.amending/` draft, and it is the place's row once the card is submitted. Its row is deleted only by the
/// transaction that records an amendment, so a local copy that was synced with a row that is gone drafted an
/// amendment recorded meanwhile (from another computer, or by a run that ended before removing the copy): it is
/// dropped, or, with answers never synced, the user chooses.
///
/// ```swift
/// let mirror = DraftMirror(settings: settings, place: place, copy: LocalDraftCopy(path: local))
/// let notes = try mirror.start(keep: nil)   // throws on a conflict, naming both revisions
/// if let note = try mirror.save(bytes) { print(note.text(in: "en")) }
/// ```
package final class DraftMirror {
    /// Which copy to keep when both changed.
    package enum Keep: String, Sendable, CaseIterable {
        /// This computer's answers.
        case local
        /// The database's.
        case database
    }

    /// The store.
    package let settings: PostgresConnectionSettings
    /// The draft's place.
    package let place: DraftPlace
    /// The local copy.
    package let copy: LocalDraftCopy
    /// Whether the draft is of an amendment of the submitted card (else of the card itself).
    package let amending: Bool
    /// Whether the database is written after each answer (false once it could not be reached).
    package private(set) var online = true
    /// The seal of the card already submitted at the place, found by ``start(keep:)``.
    package private(set) var submittedSeal: String?
    private var state: LocalDraftCopy.State

    /// A mirror of the draft at `place` (of its amendment when `amending`), with its local copy.
    package init(settings: PostgresConnectionSettings, place: DraftPlace, copy: LocalDraftCopy, amending: Bool = false)
    {
        self.settings = settings
        self.place = place
        self.copy = copy
        self.amending = amending
        state = copy.state()
    }

    /// Syncs the local copy and the database's draft; returns what to tell the user (one line each).
    ///
    /// - Throws: a conflict (both changed since the last sync) unless `keep` settles it, an interviewer id that
    ///   is not the user's, or the database's refusal; never for a server that cannot be reached or takes no
    ///   changes.
    package func start(keep: Keep?) throws(StoreDatabaseError) -> [LocalizedText] {
        let (settings, place) = (self.settings, self.place)
        let remote: DatabaseDrafts.Remote
        do {
            remote = try Self.blocking {
                try await StoreDatabase.with(settings) { database throws(StoreDatabaseError) in
                    try await DatabaseDrafts.read(place, database: database)
                }
            }
        } catch  where error.isUnreachable(settings) {
            online = false
            return [offline(error)]
        }
        if let yours = remote.interviewerID, yours != place.interviewerID {
            throw StoreDatabaseError(
                message: DraftMessages.notYourID(place.interviewerID, yours: yours, user: settings.user))
        }
        submittedSeal = remote.submittedSeal
        // An ordinary draft has no row once its card is submitted; an amendment's draft none before.
        guard (remote.submittedSeal != nil) == amending else { return [] }
        do {
            let notes = try sync(remote, keep: keep)
            guard remote.standby, online else { return notes }
            online = false
            return notes + [DraftMessages.readOnly(settings.description, copy: copy.path)]
        } catch  where error.takesNoChanges {
            online = false
            return [offline(error)]
        }
    }

    /// Brings the two copies together as ``DraftSync`` decides; writes nothing to a standby.
    private func sync(_ remote: DatabaseDrafts.Remote, keep: Keep?) throws(StoreDatabaseError) -> [LocalizedText] {
        let local = copy.read()
        if amending, remote.draft == nil, local != nil, state.synced > 0 {
            return try recordedElsewhere(keep: keep)
        }
        let action = DraftSync.decide(
            local: local == nil ? nil : state.revision, synced: state.synced, database: remote.draft?.revision)
        switch (action, keep) {
        case (.none, _), (.inSync, _):
            return []
        case (.pullDatabase, _), (.conflict, .database?):
            guard let draft = remote.draft else { return [] }
            let before = state.revision
            state = .init(revision: draft.revision, synced: draft.revision)
            try copy.write(draft.bytes, state: state)
            return local == nil || keep != nil ? [] : [DraftMessages.pulled(database: draft.revision, local: before)]
        case (.pushLocal, _), (.conflict, .local?):
            guard let local else { return [] }
            // A standby is read, never written: the local copy waits for the next run.
            guard !remote.standby else { return [] }
            let over = remote.draft?.revision ?? state.synced
            let revision = max(state.revision, over + (action == .conflict ? 1 : 0), 1)
            guard try push(local, revision: revision, over: over) else {
                throw StoreDatabaseError(
                    message: DraftMessages.conflict(
                        copy: copy.path, local: state.revision, synced: state.synced, database: over))
            }
            return keep != nil ? [] : [DraftMessages.pushed(revision: revision)]
        case (.conflict, nil):
            throw StoreDatabaseError(
                message: DraftMessages.conflict(
                    copy: copy.path, local: state.revision, synced: state.synced,
                    database: remote.draft?.revision ?? 0))
        }
    }

    /// The local amendment draft was synced with a row that is gone: that amendment was recorded meanwhile. Without
    /// answers since the sync the copy is dropped (the next correction starts from the card now in force); with
    /// some, the user chooses (`database`: drop them; `local`: keep them as the new correction's draft).
    private func recordedElsewhere(keep: Keep?) throws(StoreDatabaseError) -> [LocalizedText] {
        guard state.revision > state.synced || keep == .local else {
            copy.remove()
            state = .init(revision: 0, synced: 0)
            return keep != nil ? [] : [DraftMessages.amendmentRecordedElsewhere(copy: copy.path)]
        }
        guard let keep else {
            throw StoreDatabaseError(
                message: DraftMessages.amendmentRecordedElsewhereConflict(copy: copy.path, local: state.revision))
        }
        guard keep == .local, let local = copy.read() else { return [] }
        let revision = state.revision + 1
        guard try push(local, revision: revision, over: 0) else {
            throw StoreDatabaseError(
                message: DraftMessages.conflict(copy: copy.path, local: state.revision, synced: 0, database: 0))
        }
        return []
    }

    /// Saves one answer: the local copy at once, then the database while it can be reached. Returns a line to
    /// tell the user when the database stops being written (unreachable, or changed elsewhere).
    package func save(_ bytes: [UInt8]) throws(StoreDatabaseError) -> LocalizedText? {
        let revision = max(state.revision, state.synced) + 1
        state.revision = revision
        try copy.write(bytes, state: state)
        guard online else { return nil }
        do {
            if try push(bytes, revision: revision, over: state.synced) { return nil }
            online = false
            return DraftMessages.changedElsewhere(settings.description, copy: copy.path)
        } catch  where error.isUnreachable(settings) || error.takesNoChanges {
            online = false
            return offline(error)
        }
    }

    /// What to say when the database stops being written: only a standby answers, or no server at all.
    private func offline(_ error: StoreDatabaseError) -> LocalizedText {
        error.takesNoChanges
            ? DraftMessages.readOnly(settings.description, copy: copy.path)
            : DraftMessages.offline(settings.description, copy: copy.path)
    }

    /// Writes the bytes to the database as `revision` over `over`; records the sync when it was written.
    private func push(_ bytes: [UInt8], revision: Int, over: Int) throws(StoreDatabaseError) -> Bool {
        let (settings, place) = (self.settings, self.place)
        let written = try Self.blocking {
            try await StoreDatabase.with(settings) { database throws(StoreDatabaseError) in
                try await DatabaseDrafts.save(place, bytes: bytes, revision: revision, over: over, database: database)
            }
        }
        guard written else { return false }
        state = .init(revision: revision, synced: revision)
        try copy.write(state)
        return true
    }

    /// Removes the local copy once its card is submitted.
    package func submitted() {
        copy.remove()
    }

    /// Waits for database work; any error that is not a store error (none is expected) becomes one.
    static func blocking<Value: Sendable>(
        _ body: @escaping @Sendable () async throws -> Value
    ) throws(StoreDatabaseError) -> Value {
        do {
            return try Blocking.run(body)
        } catch let error as StoreDatabaseError {
            throw error
        } catch {
            throw StoreDatabaseError(
                message: PostgresStoreMessages.unreachable("\(error)", reason: LocalizedText("\(error)")))
        }
    }
}
