import ArgumentParser
import CommandKit
import Compliance
import Foundation
import Interview
import PostgresStore
import ScoringCore

extension HireScoreCommand.Enter {
    /// `enter --amend` on a PostgreSQL store (``DatabaseAmendment``): the folder store's amendment on a snapshot
    /// of what the user may see (the same checks and texts, the card named by the store's URL), the correction
    /// drafted in the user's data folder and in the database after every answer (``DraftMirror``), and recorded as a
    /// new row with its `amend` event in one transaction that deletes the draft's row.
    func amendOnDatabase(
        _ settings: PostgresConnectionSettings, rubrics: [ScoringCore.Rubric], requested: ScoringCore.Rubric
    ) throws {
        let language = options.language
        let (local, _) = try localDraftCopy(of: settings, language: language)
        // Loaded before the snapshot becomes the working folder: a relative key path names the user's file.
        let signer = try checkSigningKey(on: settings, language: language)
        let place = DraftPlace(
            requisition: requisition ?? ScorecardStore.unassignedRequisition, candidate: candidate,
            interviewerID: ((local as NSString).lastPathComponent as NSString).deletingPathExtension)
        do {
            try DatabaseAmendment.requireOwnPlace(settings, place: place)
        } catch {
            throw CommandFailure(error.message, language: language)
        }
        // So does a relative answers path.
        var command = self
        let current = FileManager.default.currentDirectoryPath
        command.answers = answers.map { $0.hasPrefix("/") ? $0 : current + "/" + $0 }
        let draftPath = Amendment.draftPath(for: local)
        let draftFolder = (draftPath as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(
                atPath: draftFolder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw CommandFailure(
                AmendmentMessages.cannotWrite(draftFolder, reason: error.localizedDescription), language: language)
        }
        // Runs after the lock is released: the folder goes once the recorded correction left it empty.
        defer { rmdir(draftFolder) }
        let lock = try Self.lockCard(at: draftPath, language: language)
        defer { lock.release() }
        // The correction's draft is mirrored as an ordinary draft is: synced now, saved after every answer.
        let mirror = DraftMirror(
            settings: settings, place: place, copy: LocalDraftCopy(path: draftPath), amending: true)
        do {
            for note in try mirror.start(keep: keep.flatMap(DraftMirror.Keep.init(rawValue:))) {
                Terminal.standardError.write(note.text(in: language) + "\n")
            }
        } catch {
            throw CommandFailure(error.message, language: language)
        }
        // The snapshot is named like the store, so every path the amendment prints is the store's URL.
        let folder = try DatabaseStoreSnapshot.makeTemporaryFolder(language: language)
        let name = settings.description
        _ = try runDatabaseWork(language: language) {
            try await DatabaseSnapshot.write(settings, to: folder + "/" + name)
        }
        guard FileManager.default.changeCurrentDirectoryPath(folder) else {
            throw CommandFailure(LocalizedText(folder), language: language)
        }
        try command.amendSubmitted(
            at: name + "/" + place.relativePath, storeRoot: name, rubrics: rubrics, requested: requested,
            draftAt: draftPath, persist: Self.saving(to: mirror, language: language)
        ) { sealed in
            try recordAmendmentOnDatabase(mirror, sealed: sealed, rubrics: rubrics, signer: signer)
        }
    }

    /// Records the sealed correction at `sealed` in the database (deleting its draft's row in the same transaction),
    /// says so as the folder store does, and removes the local draft; on any failure nothing changed and the sealed
    /// correction stays for the next run.
    private func recordAmendmentOnDatabase(
        _ mirror: DraftMirror, sealed: String, rubrics: [ScoringCore.Rubric], signer: SigningKey?
    ) throws {
        let (settings, place) = (mirror.settings, mirror.place)
        let language = options.language
        let name = settings.description
        let reason = (reason ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        func notRecorded(_ problem: LocalizedText) -> CommandFailure {
            CommandFailure(
                .joined([
                    EnterCommandMessages.amendmentNotRecorded(sealed), problem, EnterCommandMessages.amendmentRetry,
                ]), language: language)
        }
        guard let data = FileManager.default.contents(atPath: sealed) else {
            throw notRecorded(EnterCommandMessages.unreadableAfterSealing(sealed))
        }
        // The transaction's folder copy takes the snapshot's place (and name).
        try? FileManager.default.removeItem(atPath: name)
        let amendment: Amendment
        do {
            amendment = try runDatabaseWork(language: language) {
                try await DatabaseAmendment.record(settings, workspace: name, place: place, card: [UInt8](data)) {
                    root, draft in
                    let session = try RecordSession(
                        ledger: StoreLedger(storeRoot: root), rubrics: rubrics, signer: signer)
                    defer { session.close() }
                    return try session.recordAmendment(of: root + "/" + place.relativePath, with: draft, reason: reason)
                }
            }
        } catch let error as CommandFailure {
            throw notRecorded(error.message)
        } catch let error as StoreLedger.LedgerError {
            throw notRecorded(error.message)
        }
        mirror.submitted()
        Terminal.standardOutput.write(
            AmendmentMessages.amended(
                name + "/" + amendment.path, seal: amendment.seal, supersededPath: name + "/" + amendment.supersededPath
            ).text(in: language))
    }
}
