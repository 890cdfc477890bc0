import ArgumentParser
import CommandKit
import Compliance
import Foundation
import Interview
import PostgresStore
import ScoringCore

/// Whether `store` names a database store (and not a folder named like its URL, as a snapshot's copy is).
func isDatabaseStore(_ store: String) -> Bool {
    var isDirectory: ObjCBool = false
    return StoreLocation.isDatabaseURL(store)
        && !(FileManager.default.fileExists(atPath: store, isDirectory: &isDirectory) && isDirectory.boolValue)
}

extension HireScoreCommand.Enter {
    /// `enter` on a PostgreSQL store: the draft is kept in the user's data folder and in the database after every
    /// answer (``DraftMirror``; only the local copy while the server cannot be reached), and the sealed card is
    /// submitted in one transaction with its audit event (``DatabaseSubmission``).
    func enterOnDatabase(
        _ storeRoot: String, rubric chosen: ScoringCore.Rubric, rubrics: [ScoringCore.Rubric], stage stageID: String?
    ) throws {
        let language = options.language
        guard case .postgres(let settings) = try storeLocation(storeRoot, language: language) else {
            throw CommandFailure(LocalizedText(storeRoot), language: language)
        }
        if amend {
            try amendOnDatabase(settings, rubrics: rubrics, requested: chosen)
            return
        }
        let (path, copy) = try localDraftCopy(of: settings, language: language)
        try checkSigningKey(on: settings, language: language)
        let lock = try Self.lockCard(at: path, language: language)
        defer { lock.release() }

        let (mirror, shown) = try startedMirror(of: settings, copy: copy, path: path, language: language)
        var draft = newDraft(rubric: chosen, stage: stageID, path: path)
        if FileManager.default.fileExists(atPath: path) {
            let loaded = ScorecardLoader().load(path: path, rubrics: rubrics)
            if let existing = loaded.scorecard, existing.status == .submitted, existing.hasValidSeal {
                // Sealed here, but its submission did not reach the database: submit it now.
                try submitOnDatabase(mirror, shown: shown, rubric: chosen, rubrics: rubrics)
                return
            }
            draft = try Self.resumable(loaded, at: path, rubric: chosen, stage: stageID, language: language)
        }
        let session = try entrySession(
            rubric: chosen, draft: draft, path: path, language: language,
            persist: Self.saving(to: mirror, language: language))
        let outcome = session.run()
        guard case .submitted = outcome else {
            try Self.finishUnsubmitted(outcome, path: path, language: language)
            return
        }
        try submitOnDatabase(mirror, shown: shown, rubric: chosen, rubrics: rubrics)
    }

    /// Saves each answer through `mirror` (the local copy, then the database while it takes changes), saying so
    /// once when the database stops being written.
    static func saving(to mirror: DraftMirror, language: Language) -> (String) throws -> Void {
        { text in
            do {
                if let note = try mirror.save(Array(text.utf8)) {
                    Terminal.standardError.write("\n" + note.text(in: language) + "\n")
                }
            } catch let error as StoreDatabaseError {
                throw DraftNotSaved(text: error.message.text(in: language))
            }
        }
    }

    /// The local draft copy's path for this card of the database store, its folder made private, refused when
    /// another interviewer's card of the same name is there.
    func localDraftCopy(of settings: PostgresConnectionSettings, language: Language) throws -> (
        String, LocalDraftCopy
    ) {
        let root = LocalDraftCopy.folder(for: settings, environment: ProcessInfo.processInfo.environment)
        let path: String
        do {
            path = try ScorecardStore(root: root).path(
                requisition: requisition, candidate: candidate, interviewer: interviewer,
                interviewerID: interviewerID)
        } catch {
            throw CommandFailure(error.message, language: language, exitCode: 1)
        }
        let copy = LocalDraftCopy(path: path)
        do {
            try copy.prepare(below: root)
        } catch {
            throw CommandFailure(error.message, language: language)
        }
        if let collision = ScorecardStore.interviewerCollision(
            at: path, interviewer: interviewer, interviewerID: interviewerID)
        {
            throw CommandFailure(collision, language: language)
        }
        return (path, copy)
    }

    /// In a signed store, a missing or unregistered key is refused before the interview, as on a folder store
    /// (unless the server cannot be reached: the submit checks again); returns the key, if there is one.
    @discardableResult
    func checkSigningKey(on settings: PostgresConnectionSettings, language: Language) throws -> SigningKey? {
        do {
            let key = try SigningKey.loadIfPresent()
            if let problem = try DatabaseKeyRegistry.signingProblem(settings, person: interviewer, key: key) {
                throw CommandFailure(problem, language: language)
            }
            return key
        } catch let error as StoreLedger.LedgerError {
            throw CommandFailure(error.message, language: language)
        } catch let error as StoreDatabaseError {
            throw CommandFailure(error.message, language: language)
        }
    }

    /// The draft's mirror between the local copy and the database, synced (its notes on standard error), with the
    /// card's place as shown to the user; refused when the card was already submitted.
    private func startedMirror(
        of settings: PostgresConnectionSettings, copy: LocalDraftCopy, path: String, language: Language
    ) throws -> (DraftMirror, String) {
        let place = DraftPlace(
            requisition: requisition ?? ScorecardStore.unassignedRequisition, candidate: candidate,
            interviewerID: ((path as NSString).lastPathComponent as NSString).deletingPathExtension)
        let shown = settings.description + "/" + place.relativePath
        let mirror = DraftMirror(settings: settings, place: place, copy: copy)
        do {
            for note in try mirror.start(keep: keep.flatMap(DraftMirror.Keep.init(rawValue:))) {
                Terminal.standardError.write(note.text(in: language) + "\n")
            }
        } catch {
            throw CommandFailure(error.message, language: language)
        }
        if mirror.submittedSeal != nil {
            throw CommandFailure(AmendmentMessages.alreadySubmitted(shown), language: language)
        }
        return (mirror, shown)
    }

    /// Submits the sealed local copy in one transaction; on success removes the local copy and says so. On any
    /// failure nothing in the database changed and the sealed copy stays to be submitted by the next run.
    func submitOnDatabase(
        _ mirror: DraftMirror, shown: String, rubric chosen: ScoringCore.Rubric, rubrics: [ScoringCore.Rubric]
    ) throws {
        let language = options.language
        let (settings, place, local) = (mirror.settings, mirror.place, mirror.copy.path)
        func notSubmitted(_ reason: LocalizedText) -> CommandFailure {
            CommandFailure(
                .joined([reason, DraftMessages.sealedNotSubmitted(local)]), language: language, blankLineBefore: true)
        }
        guard let bytes = mirror.copy.read(),
            let sealed = ScorecardLoader().load(path: local, rubrics: rubrics).scorecard, let seal = sealed.seal
        else {
            throw notSubmitted(EnterCommandMessages.unreadableAfterSealing(local))
        }
        let signer: SigningKey?
        do {
            signer = try SigningKey.loadIfPresent()
        } catch {
            throw notSubmitted(error.message)
        }
        let folder = try DatabaseStoreSnapshot.makeTemporaryFolder(language: language)
        guard FileManager.default.changeCurrentDirectoryPath(folder) else {
            throw notSubmitted(LocalizedText(folder))
        }
        do {
            try runDatabaseWork(language: language) {
                try await DatabaseSubmission.submit(
                    settings, workspace: settings.description, place: place, card: bytes
                ) { root, cardPath in
                    let session = try RecordSession(
                        ledger: StoreLedger(storeRoot: root), rubrics: rubrics, signer: signer)
                    defer { session.close() }
                    guard let card = ScorecardLoader().load(path: cardPath, rubrics: rubrics).scorecard else {
                        throw StoreLedger.LedgerError(message: EnterCommandMessages.unreadableAfterSealing(shown))
                    }
                    _ = try session.recordSubmission(of: card, at: cardPath, rubric: chosen)
                }
            }
        } catch let error as CommandFailure {
            throw notSubmitted(error.message)
        } catch let error as StoreLedger.LedgerError {
            throw notSubmitted(error.message)
        }
        mirror.submitted()
        Terminal.standardOutput.write(EnterCommandMessages.submitted(shown, seal: seal).text(in: language))
    }
}

/// A draft that could not be saved (its local copy, or the database's refusal), as the session reports it.
struct DraftNotSaved: Error, CustomStringConvertible {
    var text: String
    var description: String { text }
}
