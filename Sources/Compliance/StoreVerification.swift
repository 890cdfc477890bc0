import Foundation
import ScoringCore

/// `audit verify`: the audit log's chain, and the store checked against the log both ways.
///
/// Beyond the chain (``AuditLog/verify(rubrics:)``) it checks that every sealed scorecard in the store
/// has its submit event, that the caches `decisions.json` and `holds.json` equal the log's replay, that
/// purged candidates have none of the purged files left, and that no command was left half-applied.
/// It reads under the store's lock (shared), so it never sees a command half-way.
public enum StoreVerification {
    /// Every problem of the store's records; empty when the records are complete and consistent.
    public static func verify(ledger: StoreLedger, rubrics: [Rubric]) -> [AuditLog.Problem] {
        let log = AuditLog(ledger: ledger)
        var lock: Int32 = -1
        if FileManager.default.fileExists(atPath: ledger.folder) {
            lock = (try? RecordSession.lock(ledger, exclusive: false)) ?? -1
        }
        defer { if lock >= 0 { RecordSession.unlock(lock) } }
        var problems = log.verify(rubrics: rubrics)
        let events = log.events().events

        if let pending = RecordSession.pendingSequence(ledger) {
            problems.append(
                .init(
                    line: nil,
                    message: StoreVerificationMessages.interruptedCommit(event: pending, folder: ledger.folder)))
        }

        // Sealed scorecards and submit events, both ways (events to files: in AuditLog.verify).
        let (submitted, kept) = sealsOfRecord(events.map(\.event))
        let signatures = CardSignatures(storeRoot: ledger.storeRoot)
        problems += cardProblems(storeRoot: ledger.storeRoot, submitted: submitted, signatures: signatures)
        problems += supersededProblems(storeRoot: ledger.storeRoot, kept: kept, signatures: signatures)
        if let records = try? LedgerRecords(log: log) {
            problems += replayProblems(ledger: ledger, records: records)
        }
        return problems
    }

    /// The problems of the part of a store one member may read (an interviewer's snapshot of a database store):
    /// the log's chain, line by line, the cards the log names that are there, and every card there against the
    /// log. Cards the member may not read, and the decisions and holds (which the member does not read), are not
    /// checked: a recruiter, the data-protection officer or the owner verifies the whole store.
    public static func verifyReadablePart(ledger: StoreLedger, rubrics: [Rubric]) -> [AuditLog.Problem] {
        let log = AuditLog(ledger: ledger)
        let (events, readProblems) = log.events()
        var problems =
            readProblems + AuditLog.chainProblems(events, readProblems: readProblems)
            + log.referenceProblems(events, rubrics: rubrics, skippingMissing: true)
        let (submitted, kept) = sealsOfRecord(events.map(\.event))
        let signatures = CardSignatures(storeRoot: ledger.storeRoot)
        problems += cardProblems(storeRoot: ledger.storeRoot, submitted: submitted, signatures: signatures)
        problems += supersededProblems(storeRoot: ledger.storeRoot, kept: kept, signatures: signatures)
        return problems
    }

    /// The `path seal` of every card the log says was submitted (or amended), and of every card an amendment
    /// superseded and kept.
    static func sealsOfRecord(_ events: [AuditLog.Event]) -> (submitted: Set<String>, kept: Set<String>) {
        var submitted: Set<String> = []
        var kept: Set<String> = []
        for event in events {
            if event.event == AuditLog.EventKind.submit {
                for file in event.files { submitted.insert(file.path + " " + file.seal) }
            } else if let amendment = Amendment(event: event) {
                submitted.insert(amendment.path + " " + amendment.seal)
                kept.insert(amendment.supersededPath + " " + amendment.supersededSeal)
            }
        }
        return (submitted, kept)
    }

    /// The store's scorecards that lie in another candidate's place, and the sealed ones whose signature is
    /// refused or that have no submit event (`submitted`: see ``sealsOfRecord(_:)``).
    static func cardProblems(storeRoot: String, submitted: Set<String>, signatures: CardSignatures)
        -> [AuditLog.Problem]
    {
        var problems: [AuditLog.Problem] = []
        // Links inside the store are skipped: the file a link names is checked under its own path.
        for path in ScorecardStore.scorecardFiles(in: storeRoot).files where !StoreFiles.isLink(path) {
            let relative = StoreFiles.relative(path, to: storeRoot)
            guard let header = ScorecardHeader(path: path) else { continue }
            if let problem = ScorecardHeader.placementProblem(
                candidate: header.candidate, requisition: header.requisition,
                interviewer: header.interviewer, interviewerID: header.interviewerID, path: relative)
            {
                problems.append(
                    .init(line: nil, message: StoreVerificationMessages.misplacedCard(relative, problem: problem)))
            }
            guard header.status == "submitted", let seal = header.seal else { continue }
            if case .refused(let reason) = signatures.verdict(
                path: path, seal: seal, signature: header.signature, interviewer: header.interviewer ?? "")
            {
                problems.append(
                    .init(line: nil, message: StoreVerificationMessages.signatureRefused(relative, reason: reason)))
            }
            if !submitted.contains(relative + " " + seal) {
                problems.append(
                    .init(
                        line: nil,
                        message: StoreVerificationMessages.sealedWithoutSubmitEvent(
                            relative, seal: String(seal.prefix(19)))))
            }
        }
        return problems
    }

    /// The caches `decisions.json` and `holds.json` that differ from the log's replay, and the purged
    /// candidates that still have purged files.
    static func replayProblems(ledger: StoreLedger, records: LedgerRecords) -> [AuditLog.Problem] {
        var problems: [AuditLog.Problem] = []
        var decisionsMatch = false
        var holdsMatch = false
        do {
            decisionsMatch = try (ledger.cachedDecisions() ?? []) == records.decisions
        } catch {}
        do {
            holdsMatch = try (ledger.cachedHolds() ?? []) == records.holds
        } catch {}
        for (name, matches) in [("decisions.json", decisionsMatch), ("holds.json", holdsMatch)] where !matches {
            problems.append(
                .init(line: nil, message: StoreVerificationMessages.ledgerFileDiffers("\(ledger.folder)/\(name)")))
        }
        // Purged candidates have none of the purged files left.
        for (key, seals) in records.purged.sorted(by: { $0.key < $1.key }) {
            let left = StoreFiles.files(in: ledger.storeRoot + "/" + key).filter {
                seals.contains(StoreFiles.recordHash(of: $0))
            }
            if !left.isEmpty {
                problems.append(
                    .init(line: nil, message: StoreVerificationMessages.purgedFilesLeft(key, count: left.count)))
            }
        }
        return problems
    }

    /// The cards kept under `.superseded` folders that no amendment kept (or that changed since), and
    /// those whose signature is refused; the log's references to them are checked by ``AuditLog/verify(rubrics:)``.
    static func supersededProblems(storeRoot: String, kept: Set<String>, signatures: CardSignatures)
        -> [AuditLog.Problem]
    {
        var problems: [AuditLog.Problem] = []
        for folder in StoreFiles.candidateFolders(in: storeRoot) {
            let marker = "/" + Amendment.supersededFolder + "/"
            for path in folder.files where path.contains(marker) && !StoreFiles.isLink(path) {
                let relative = StoreFiles.relative(path, to: storeRoot)
                let header = ScorecardHeader(path: path)
                guard let seal = header?.seal, kept.contains(relative + " " + seal) else {
                    problems.append(
                        .init(
                            line: nil,
                            message: StoreVerificationMessages.supersededUnknown(relative)))
                    continue
                }
                if case .refused(let reason) = signatures.verdict(
                    path: path, seal: seal, signature: header?.signature, interviewer: header?.interviewer ?? "")
                {
                    problems.append(
                        .init(
                            line: nil,
                            message: StoreVerificationMessages.signatureRefused(relative, reason: reason)))
                }
            }
        }
        return problems
    }
}
