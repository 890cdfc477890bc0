import ArgumentParser
import CommandKit
import Compliance
import Foundation
import Interview
import ScoringCore

extension HireScoreCommand.Enter {
    /// `enter --amend`: the interviewer corrects their submitted card at `path`. The correction is drafted
    /// beside it (`.amending/`), starting from the sealed card; once sealed, the library records the
    /// amendment (log first), keeps the old card under `.superseded/` and puts the new one in its place.
    ///
    /// On a database store `path` lies in a snapshot of the store, the correction is drafted at `draftAt` (in the
    /// user's data folder), `persist` saves each answer (there and to the database), and `recorder` records it in
    /// the database (``amendOnDatabase(_:rubrics:requested:)``).
    func amendSubmitted(
        at path: String, storeRoot: String, rubrics: [ScoringCore.Rubric], requested: ScoringCore.Rubric,
        draftAt: String? = nil, persist: ((String) throws -> Void)? = nil,
        recorder: ((_ draftPath: String) throws -> Void)? = nil
    )
        throws
    {
        let language = options.language
        let reason = (reason ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let relative = StoreFiles.relative(path, to: storeRoot)
        guard FileManager.default.fileExists(atPath: path) else {
            throw CommandFailure(AmendmentMessages.nothingToAmend(relative), language: language)
        }
        let ledger = StoreLedger(storeRoot: storeRoot)
        // Asked before the interviewer starts, and again under the lock when the amendment is recorded.
        try refuseUnlessAmendable(path, ledger: ledger, rubrics: rubrics, language: language)
        let loaded = ScorecardLoader().load(path: path, rubrics: rubrics)
        guard let original = loaded.scorecard, let rubric = loaded.rubric else {
            throw CommandFailure(AmendmentMessages.nothingToAmend(relative), language: language)
        }
        guard original.rubricID == requested.id else {
            throw CommandFailure(
                EnterCommandMessages.amendmentRubricDiffers(relative, cardRubric: original.rubricID), language: language
            )
        }
        let draftPath = draftAt ?? Amendment.draftPath(for: path)
        let record: (String) throws -> Void = { draft in
            if let recorder { return try recorder(draft) }
            try self.record(path: path, draftPath: draft, ledger: ledger, rubrics: rubrics, reason: reason)
        }
        var draft = original
        if FileManager.default.fileExists(atPath: draftPath) {
            guard let existing = ScorecardLoader().load(path: draftPath, rubrics: rubrics).scorecard else {
                throw CommandFailure(EnterCommandMessages.amendmentDraftUnreadable(draftPath), language: language)
            }
            if existing.hasValidSeal {
                // Sealed before an interruption, not yet recorded: record it now.
                Terminal.standardOutput.write(AmendmentMessages.completedInterrupted(path).text(in: language))
                try record(draftPath)
                return
            }
            draft = existing
        } else {
            draft.status = .draft
            draft.seal = nil
            draft.signature = nil
            draft.sourcePath = draftPath
            do {
                try FileManager.default.createDirectory(
                    atPath: (draftPath as NSString).deletingLastPathComponent, withIntermediateDirectories: true,
                    attributes: [.posixPermissions: 0o700])
            } catch {
                throw CommandFailure(
                    AmendmentMessages.cannotWrite(draftPath, reason: error.localizedDescription), language: language)
            }
        }
        Terminal.standardOutput.write(AmendmentMessages.starting(path, reason: reason).text(in: language))
        let session = try entrySession(
            rubric: rubric, draft: draft, path: draftPath, language: language, persist: persist)
        let outcome = session.run()
        switch outcome {
        case .submitted:
            CrashPoint.reach("amend.after-seal")
            try record(draftPath)
        case .savedAndQuit:
            Terminal.standardOutput.write(AmendmentMessages.draftSaved(draftPath).text(in: language))
        default:
            try Self.finishUnsubmitted(outcome, path: draftPath, language: language)
        }
    }

    /// Refuses when the card at `path` may not be amended now (``RecordSession/amendmentRefusal(of:)``), after
    /// completing, with a note, an amendment a crash cut off after logging it.
    func refuseUnlessAmendable(
        _ path: String, ledger: StoreLedger, rubrics: [ScoringCore.Rubric], language: Language
    ) throws {
        do throws(StoreLedger.LedgerError) {
            let records = try RecordSession(ledger: ledger, rubrics: rubrics)
            defer { records.close() }
            for note in records.recovered {
                Terminal.standardError.write(
                    CommandMessages.note.text(in: language) + note.text(in: language) + "\n")
            }
            if let refusal = records.amendmentRefusal(of: path) { throw StoreLedger.LedgerError(message: refusal) }
        } catch {
            throw CommandFailure(error.message, language: language)
        }
    }

    /// Records the sealed amendment in `draftPath` and says where the old card is kept.
    private func record(
        path: String, draftPath: String, ledger: StoreLedger, rubrics: [ScoringCore.Rubric], reason: String
    )
        throws
    {
        let language = options.language
        do throws(StoreLedger.LedgerError) {
            let session = try RecordSession(ledger: ledger, rubrics: rubrics, signer: SigningKey.loadIfPresent())
            defer { session.close() }
            let amendment = try session.recordAmendment(of: path, with: draftPath, reason: reason)
            Terminal.standardOutput.write(
                AmendmentMessages.amended(
                    path, seal: amendment.seal, supersededPath: ledger.storeRoot + "/" + amendment.supersededPath
                ).text(in: language))
        } catch {
            throw CommandFailure(
                .joined([
                    EnterCommandMessages.amendmentNotRecorded(draftPath), error.message,
                    EnterCommandMessages.amendmentRetry,
                ]), language: language)
        }
    }
}
