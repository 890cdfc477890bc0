import Foundation
import ScoringCore

extension RecordSession {
    /// Records the submit event of every sealed scorecard whose submission was cut off between sealing
    /// and logging: the card is submitted, its seal is valid against its rubric, it lies in its own
    /// folder, and the log has no submit event for it. Cards that fail any of these are left for
    /// `audit verify` to report.
    ///
    /// - Parameter only: restricts the search to one scorecard file (what `enter` does on a rerun).
    /// - Returns: the store-relative paths of the cards recorded.
    @discardableResult
    public func recordInterruptedSubmissions(only: String? = nil) throws(StoreLedger.LedgerError) -> [String] {
        var submitted: Set<String> = []
        for (_, event) in log.events().events {
            if event.event == AuditLog.EventKind.submit {
                for file in event.files { submitted.insert(file.path + " " + file.seal) }
            } else if let amendment = Amendment(event: event) {
                submitted.insert(amendment.path + " " + amendment.seal)
            }
        }
        var recorded: [String] = []
        let files = only.map { [$0] } ?? ScorecardStore.scorecardFiles(in: ledger.storeRoot).files
        for path in files {
            let relative = StoreFiles.relative(path, to: ledger.storeRoot)
            guard let header = ScorecardHeader(path: path), header.status == "submitted", let seal = header.seal,
                !submitted.contains(relative + " " + seal)
            else { continue }
            let loaded = ScorecardLoader().load(path: path, rubrics: rubrics)
            guard let scorecard = loaded.scorecard, scorecard.hasValidSeal, let rubric = loaded.rubric,
                ScorecardHeader.placementProblem(
                    candidate: scorecard.candidate, requisition: scorecard.requisition,
                    interviewer: scorecard.interviewer, interviewerID: scorecard.interviewerID, path: relative) == nil
            else { continue }
            let signature = scorecard.signature.map { ["signature": $0] } ?? [:]
            try commit(
                .init(
                    event: AuditLog.EventKind.submit, actor: scorecard.interviewer, candidate: scorecard.candidate,
                    requisition: scorecard.requisition, rubric: rubric.reference, rubricHash: rubric.hash,
                    files: [.init(path: relative, seal: seal)],
                    details: ["recovered": "true"].merging(signature) { $1 }),
                step: "repair")
            recorded.append(relative)
        }
        return recorded
    }

    /// Records the submit event of a scorecard `enter` has just sealed. When the store has a key list,
    /// the card is first signed with the interviewer's key (its `signature:` written beside the seal) and
    /// the event carries the signature.
    @discardableResult
    public func recordSubmission(of scorecard: Scorecard, at path: String, rubric: Rubric) throws(StoreLedger
        .LedgerError) -> AuditLog.Event
    {
        var details: [String: String] = [:]
        let registry = KeyRegistry(events: log.events().events.map(\.event))
        if !registry.isEmpty {
            let signature = try sign(scorecard, at: path, registry: registry)
            details["signature"] = signature
        }
        return try commit(
            .init(
                event: AuditLog.EventKind.submit, actor: scorecard.interviewer, candidate: scorecard.candidate,
                requisition: scorecard.requisition, rubric: rubric.reference, rubricHash: rubric.hash,
                files: [.init(path: StoreFiles.relative(path, to: ledger.storeRoot), seal: scorecard.seal ?? "")],
                details: details),
            step: "submit")
    }

    /// Signs a sealed scorecard's seal with the acting key (which must be its interviewer's registered key)
    /// and writes the signature into the file; returns the signature.
    func sign(_ scorecard: Scorecard, at path: String, registry: KeyRegistry) throws(StoreLedger.LedgerError) -> String
    {
        guard let signer = log.signer else {
            throw .init(message: SubmissionMessages.noSigningKey(SigningKey.defaultPath(), card: path))
        }
        guard let entry = registry.entries[signer.keyID], entry.revokedAt == nil else {
            throw .init(message: SubmissionMessages.keyNotRegistered(signer.keyID, path: signer.path))
        }
        guard entry.name == scorecard.interviewer else {
            throw .init(
                message: SubmissionMessages.notYourCard(path, interviewer: scorecard.interviewer, keyHolder: entry.name)
            )
        }
        guard let seal = scorecard.seal else { return "" }
        if let existing = scorecard.signature, case .signed = CardSignatures.check(existing, seal: seal, entry: entry) {
            return existing
        }
        var signed = scorecard
        signed.signature = signer.sign(card: seal)
        do {
            try AtomicFile.write(try signed.yamlText(), to: path)
        } catch {
            throw .init(message: SubmissionMessages.cannotSign(path, error: "\(error)"))
        }
        return signed.signature ?? ""
    }

    /// Counter-signs the acting interviewer's sealed, unsigned scorecards (submitted before the store
    /// signed): writes each card's signature and logs a `countersign` event per card. Returns the paths.
    public func countersignOwnScorecards() throws(StoreLedger.LedgerError) -> [String] {
        let registry = KeyRegistry(events: log.events().events.map(\.event))
        guard let signer = log.signer, let entry = registry.entries[signer.keyID], entry.revokedAt == nil else {
            throw .init(message: SubmissionMessages.countersignNeedsKey(SigningKey.defaultPath()))
        }
        var done: [String] = []
        for path in ScorecardStore.scorecardFiles(in: ledger.storeRoot).files where !StoreFiles.isLink(path) {
            guard let header = ScorecardHeader(path: path), header.status == "submitted", header.signature == nil,
                header.interviewer == entry.name
            else { continue }
            let loaded = ScorecardLoader().load(path: path, rubrics: rubrics)
            guard let scorecard = loaded.scorecard, scorecard.hasValidSeal, let seal = scorecard.seal else {
                throw .init(message: SubmissionMessages.cannotCountersign(path))
            }
            let relative = StoreFiles.relative(path, to: ledger.storeRoot)
            let signature = signer.sign(card: seal)
            try commit(
                .init(
                    event: AuditLog.EventKind.countersign, actor: entry.name, candidate: scorecard.candidate,
                    requisition: scorecard.requisition,
                    files: [.init(path: relative, seal: seal)], details: ["signature": signature]),
                step: "countersign")
            var signed = scorecard
            signed.signature = signature
            do {
                try AtomicFile.write(try signed.yamlText(), to: path)
            } catch {
                throw .init(message: StoreLedgerMessages.cannotWrite(path, reason: "\(error)"))
            }
            done.append(relative)
        }
        return done
    }
}
