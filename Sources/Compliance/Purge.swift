import Foundation
import ScoringCore

/// Deleting applicant data whose retention has run out, never anything on hold or not yet due.
public struct Purge: Sendable {
    /// What happens to one candidate folder.
    public struct Item: Sendable, Hashable {
        /// Why a folder is kept or deleted.
        public enum Verdict: String, Sendable, Hashable {
            /// The retention date has passed: delete.
            case due
            /// The retention date has not passed yet.
            case notDue = "not-due"
            /// On legal hold.
            case onHold = "on-hold"
            /// No decision recorded yet, so the retention period has not started.
            case undecided
        }

        /// The candidate folder.
        public var folder: StoreFiles.CandidateFolder
        /// The retention date, when decided.
        public var retainUntil: CalendarDate?
        /// The verdict.
        public var verdict: Verdict
    }

    /// The plan: every candidate folder with its verdict.
    public var items: [Item]

    /// The folders that will be deleted.
    public var due: [Item] { items.filter { $0.verdict == .due } }

    /// Plans a purge of `ledger`'s store as of `date` (files whose retention date is before it).
    public init(ledger: StoreLedger, asOf date: CalendarDate) throws(StoreLedger.LedgerError) {
        let decisions = try ledger.decisions()
        let holds = try ledger.holds()
        items = StoreFiles.candidateFolders(in: ledger.storeRoot).map { folder in
            let requisition = folder.requisition == ScorecardStore.unassignedRequisition ? nil : folder.requisition
            let decision = decisions.first { $0.candidate == folder.candidate && $0.requisition == requisition }
            let retainUntil = decision.flatMap { CalendarDate(parsing: $0.retainUntil) }
            let verdict: Item.Verdict
            if ledger.isOnHold(candidate: folder.candidate, requisition: requisition, holds: holds) {
                verdict = .onHold
            } else if let retainUntil {
                verdict = retainUntil < date ? .due : .notDue
            } else {
                verdict = .undecided
            }
            return Item(folder: folder, retainUntil: retainUntil, verdict: verdict)
        }
    }

    /// Deletes the due folders, logging for each what was deleted (ids and hashes only, no personal data).
    ///
    /// - Returns: the number of files deleted.
    @discardableResult
    public func execute(log: AuditLog, actor: String, rubrics: [Rubric]) throws(StoreLedger.LedgerError) -> Int {
        var deleted = 0
        for item in due {
            var references: [AuditLog.FileReference] = []
            for file in item.folder.files {
                let scorecard = file.hasSuffix(".yaml") ? ScorecardLoader().load(path: file, rubrics: rubrics).scorecard : nil
                // Only the seal or hash goes into the log: the path holds the interviewer's name.
                references.append(AuditLog.FileReference(path: "-", seal: scorecard?.seal ?? StoreFiles.fileHash(of: file)))
            }
            // Log first: a crash after logging leaves files that a rerun deletes; never deleted files without a record.
            let requisition = item.folder.requisition == ScorecardStore.unassignedRequisition ? nil : item.folder.requisition
            try log.append(AuditLog.Event(event: "purge", actor: actor, candidate: item.folder.candidate, requisition: requisition,
                                          files: references,
                                          details: ["files": String(item.folder.files.count),
                                                    "retain-until": item.retainUntil?.description ?? ""]))
            for file in item.folder.files where unlink(file) == 0 { deleted += 1 }
            removeEmptyFolders(under: item.folder.path)
            let requisitionFolder = URL(fileURLWithPath: item.folder.path).deletingLastPathComponent().path
            if ((try? FileManager.default.contentsOfDirectory(atPath: requisitionFolder)) ?? ["x"]).isEmpty {
                rmdir(requisitionFolder)
            }
        }
        return deleted
    }

    private func removeEmptyFolders(under path: String) {
        let manager = FileManager.default
        let children = (try? manager.contentsOfDirectory(atPath: path)) ?? []
        for child in children where StoreFiles.isDirectory(path + "/" + child) {
            removeEmptyFolders(under: path + "/" + child)
        }
        if ((try? manager.contentsOfDirectory(atPath: path)) ?? ["x"]).isEmpty {
            rmdir(path)
        }
    }
}
