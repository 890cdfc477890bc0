import Foundation
import ScoringCore

extension RecordSession {
    /// Why the card at `path` cannot be amended now, or nil when it can: what `enter --amend` asks before
    /// the interviewer starts, and ``recordAmendment(of:with:reason:)`` again under the lock.
    ///
    /// Refused: no submitted card there, a card whose seal does not hold, a card the log does not record
    /// as current, and any card of a candidate with a recorded decision (the decision rests on the cards
    /// as they were; a correction after it is told to HR, not written into the cards).
    public func amendmentRefusal(of path: String) -> LocalizedText? {
        let relative = StoreFiles.relative(path, to: ledger.storeRoot)
        let loaded = ScorecardLoader().load(path: path, rubrics: rubrics)
        guard let card = loaded.scorecard, card.status == .submitted else {
            return AmendmentMessages.nothingToAmend(relative)
        }
        if let decision = records.decision(candidate: card.candidate, requisition: card.requisition) {
            return AmendmentMessages.decided(
                candidate: card.candidate, outcome: decision.outcome, date: decision.date)
        }
        guard card.hasValidSeal, let seal = card.seal else { return AmendmentMessages.originalNotIntact(relative) }
        guard currentSeal(of: relative) == seal else { return AmendmentMessages.originalNotLogged(relative) }
        return nil
    }

    /// The seal the log records as current for the card at `relative` (its last submit or amend event).
    func currentSeal(of relative: String) -> String? {
        var seal: String?
        for (_, event) in log.events().events {
            switch event.event {
            case AuditLog.EventKind.submit:
                if let file = event.files.first(where: { $0.path == relative }) { seal = file.seal }
            case AuditLog.EventKind.amend:
                if let file = event.files.first, file.path == relative { seal = file.seal }
            default:
                break
            }
        }
        return seal
    }

    /// Records the amendment of the submitted card at `cardPath` by the sealed card at `draftPath` (see
    /// ``Amendment``): the new card is signed in a signed store, the `amend` event is logged, then the
    /// old card is kept under `.superseded` and the new one moved into its place.
    ///
    /// The amended card must be by the same interviewer, for the same candidate, requisition, stage and
    /// rubric, and differ from the old one. Every step after the event can be repeated: a crash is
    /// completed by the next command that opens the store.
    @discardableResult
    public func recordAmendment(of cardPath: String, with draftPath: String, reason: String) throws(StoreLedger
        .LedgerError) -> Amendment
    {
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reason.isEmpty else { throw .init(message: AmendmentMessages.reasonMissing, code: .invalidRequest) }
        if let refusal = amendmentRefusal(of: cardPath) { throw .init(message: refusal) }
        let relative = StoreFiles.relative(cardPath, to: ledger.storeRoot)
        let draftRelative = StoreFiles.relative(draftPath, to: ledger.storeRoot)
        let old = ScorecardLoader().load(path: cardPath, rubrics: rubrics)
        let new = ScorecardLoader().load(path: draftPath, rubrics: rubrics)
        guard let original = old.scorecard, let oldSeal = original.seal else {
            throw .init(message: AmendmentMessages.nothingToAmend(relative))
        }
        guard let amended = new.scorecard, amended.hasValidSeal, let newSeal = amended.seal, let rubric = new.rubric
        else {
            throw .init(message: AmendmentMessages.amendedNotSealed(draftRelative))
        }
        let sameness: [(String, Bool)] = [
            ("candidate", original.candidate == amended.candidate),
            ("requisition", original.requisition == amended.requisition),
            ("interviewer", original.interviewer == amended.interviewer),
            ("interviewer-id", original.interviewerID == amended.interviewerID),
            ("stage", original.stage == amended.stage),
            ("rubric", original.rubricID == amended.rubricID && original.rubricVersion == amended.rubricVersion),
        ]
        if let field = sameness.first(where: { !$0.1 })?.0 {
            throw .init(message: AmendmentMessages.notTheSameCard(draftRelative, field: field))
        }
        guard newSeal != oldSeal else { throw .init(message: AmendmentMessages.unchanged(relative)) }
        var details = ["reason": reason]
        let registry = KeyRegistry(events: log.events().events.map(\.event))
        if !registry.isEmpty {
            details["signature"] = try sign(amended, at: draftPath, registry: registry)
        }
        let supersededPath = Amendment.supersededPath(for: relative, seal: oldSeal)
        let logged = try commit(
            .init(
                event: AuditLog.EventKind.amend, actor: amended.interviewer, candidate: amended.candidate,
                requisition: amended.requisition, rubric: rubric.reference, rubricHash: rubric.hash,
                files: [.init(path: relative, seal: newSeal), .init(path: supersededPath, seal: oldSeal)],
                details: details),
            step: "amend")
        guard let amendment = Amendment(event: logged) else {
            throw .init(message: AmendmentMessages.fileMissing(relative))
        }
        return amendment
    }

    /// What an `amend` event changes: the old card copied to its superseded path (unless already
    /// there), then the amended card moved from its draft into the card's place (unless already there).
    func applyAmendment(_ event: AuditLog.Event) throws(StoreLedger.LedgerError) {
        guard let amendment = Amendment(event: event) else { return }
        let card = ledger.storeRoot + "/" + amendment.path
        let kept = ledger.storeRoot + "/" + amendment.supersededPath
        let draft = Amendment.draftPath(for: card)
        if StoreFiles.recordHash(of: kept) != amendment.supersededSeal {
            guard StoreFiles.recordHash(of: card) == amendment.supersededSeal,
                case .success(let bytes) = BoundedFile.read(card, limit: StoreFiles.hashLimit)
            else {
                // Already replaced by a later amendment that kept it, or lost: only the first is an error.
                if StoreFiles.recordHash(of: card) == amendment.seal { return }
                throw .init(message: AmendmentMessages.fileMissing(amendment.supersededPath))
            }
            let folder = (kept as NSString).deletingLastPathComponent
            do {
                try FileManager.default.createDirectory(
                    atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
                try AtomicFile.write(bytes, to: kept)
            } catch {
                throw .init(message: AmendmentMessages.cannotWrite(kept, reason: "\(error)"))
            }
        }
        CrashPoint.reach("amend.after-keep")
        if StoreFiles.recordHash(of: card) != amendment.seal {
            guard StoreFiles.recordHash(of: draft) == amendment.seal else {
                throw .init(message: AmendmentMessages.fileMissing(StoreFiles.relative(draft, to: ledger.storeRoot)))
            }
            guard rename(draft, card) == 0 else {
                throw .init(message: AmendmentMessages.cannotWrite(card, reason: String(cString: strerror(errno))))
            }
            let folder = (card as NSString).deletingLastPathComponent
            let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            if descriptor >= 0 {
                fsync(descriptor)
                Foundation.close(descriptor)
            }
        }
        rmdir((draft as NSString).deletingLastPathComponent)
    }
}
