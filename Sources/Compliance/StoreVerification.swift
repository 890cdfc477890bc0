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
        let repair = LocalizedText(
            en: "'hirescore audit repair' completes it", de: "'hirescore audit repair' schließt es ab")

        if let pending = RecordSession.pendingSequence(ledger) {
            problems.append(
                .init(
                    line: nil,
                    message: .init(
                        en:
                            "a command was interrupted while committing event \(pending) (\(ledger.folder)/pending is left); \(repair.text(in: .en))",
                        de:
                            "ein Befehl wurde beim Festschreiben von Ereignis \(pending) unterbrochen (\(ledger.folder)/pending ist übrig); \(repair.text(in: .de))"
                    )))
        }

        // Sealed scorecards and submit events, both ways (events to files: in AuditLog.verify).
        var submitted: Set<String> = []
        var kept: Set<String> = []
        for (_, event) in events {
            if event.event == AuditLog.EventKind.submit {
                for file in event.files { submitted.insert(file.path + " " + file.seal) }
            } else if let amendment = Amendment(event: event) {
                submitted.insert(amendment.path + " " + amendment.seal)
                kept.insert(amendment.supersededPath + " " + amendment.supersededSeal)
            }
        }
        let files = ScorecardStore.scorecardFiles(in: ledger.storeRoot).files
        let signatures = CardSignatures(storeRoot: ledger.storeRoot)
        // Links inside the store are skipped: the file a link names is checked under its own path.
        for path in files where !StoreFiles.isLink(path) {
            let relative = StoreFiles.relative(path, to: ledger.storeRoot)
            guard let header = ScorecardHeader(path: path) else { continue }
            if let problem = ScorecardHeader.placementProblem(
                candidate: header.candidate, requisition: header.requisition,
                interviewer: header.interviewer, interviewerID: header.interviewerID, path: relative)
            {
                problems.append(
                    .init(
                        line: nil,
                        message: .init(
                            en: "\(relative): " + problem.text(in: .en) + "; move it back or remove it",
                            de: "\(relative): " + problem.text(in: .de)
                                + "; legen Sie ihn zurück oder entfernen Sie ihn")))
            }
            guard header.status == "submitted", let seal = header.seal else { continue }
            if case .refused(let reason) = signatures.verdict(
                path: path, seal: seal, signature: header.signature, interviewer: header.interviewer ?? "")
            {
                problems.append(
                    .init(
                        line: nil,
                        message: .init(
                            en: "\(relative): its signature is refused: " + reason.text(in: .en),
                            de: "\(relative): seine Signatur wird abgelehnt: " + reason.text(in: .de))))
            }
            if !submitted.contains(relative + " " + seal) {
                problems.append(
                    .init(
                        line: nil,
                        message: .init(
                            en:
                                "\(relative) is sealed (\(seal.prefix(19))…) but the audit log has no submit event for it; if its submission was interrupted, 'hirescore audit repair' records it, otherwise it was added behind the log's back",
                            de:
                                "\(relative) ist versiegelt (\(seal.prefix(19))…), aber das Protokoll hat kein Abgabe-Ereignis dafür; wurde die Abgabe unterbrochen, erfasst 'hirescore audit repair' sie, sonst wurde er am Protokoll vorbei hinzugefügt"
                        )))
            }
        }

        problems += supersededProblems(storeRoot: ledger.storeRoot, kept: kept, signatures: signatures)

        // The caches against the replay.
        if let records = try? LedgerRecords(log: log) {
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
                    .init(
                        line: nil,
                        message: .init(
                            en:
                                "\(ledger.folder)/\(name) does not match the audit log (edited, deleted or damaged); the log is what counts: 'hirescore audit repair' rewrites the file from it",
                            de:
                                "\(ledger.folder)/\(name) stimmt nicht mit dem Protokoll überein (bearbeitet, gelöscht oder beschädigt); es gilt das Protokoll: 'hirescore audit repair' schreibt die Datei daraus neu"
                        )))
            }
            // Purged candidates have none of the purged files left.
            for (key, seals) in records.purged.sorted(by: { $0.key < $1.key }) {
                let left = StoreFiles.files(in: ledger.storeRoot + "/" + key).filter {
                    seals.contains(StoreFiles.recordHash(of: $0))
                }
                if !left.isEmpty {
                    problems.append(
                        .init(
                            line: nil,
                            message: .init(
                                en:
                                    "\(key) was purged, but \(left.count) of its purged files are still there; \(repair.text(in: .en))",
                                de:
                                    "\(key) wurde gelöscht, aber \(left.count) der gelöschten Dateien sind noch da; \(repair.text(in: .de))"
                            )))
                }
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
                            message: .init(
                                en: "\(relative): " + AmendmentMessages.supersededUnknown.text(in: .en),
                                de: "\(relative): " + AmendmentMessages.supersededUnknown.text(in: .de))))
                    continue
                }
                if case .refused(let reason) = signatures.verdict(
                    path: path, seal: seal, signature: header?.signature, interviewer: header?.interviewer ?? "")
                {
                    problems.append(
                        .init(
                            line: nil,
                            message: .init(
                                en: "\(relative): its signature is refused: " + reason.text(in: .en),
                                de: "\(relative): seine Signatur wird abgelehnt: " + reason.text(in: .de))))
                }
            }
        }
        return problems
    }
}
