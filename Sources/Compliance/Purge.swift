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

    /// Plans a purge of `storeRoot` from the records (the audit log's replay) as of `date` (files whose
    /// retention date is before it).
    public init(records: LedgerRecords, storeRoot: String, asOf date: CalendarDate) {
        items = StoreFiles.candidateFolders(in: storeRoot).map { folder in
            let requisition = folder.requisition == ScorecardStore.unassignedRequisition ? nil : folder.requisition
            let retainUntil = records.decision(candidate: folder.candidate, requisition: requisition).flatMap {
                CalendarDate(parsing: $0.retainUntil)
            }
            let verdict: Item.Verdict
            if records.isOnHold(candidate: folder.candidate, requisition: requisition) {
                verdict = .onHold
            } else if let retainUntil {
                verdict = retainUntil < date ? .due : .notDue
            } else {
                verdict = .undecided
            }
            return Item(folder: folder, retainUntil: retainUntil, verdict: verdict)
        }
    }

    /// Plans a purge of `ledger`'s store as of `date`, from the records the audit log holds.
    public init(ledger: StoreLedger, asOf date: CalendarDate) throws(StoreLedger.LedgerError) {
        self.init(records: try LedgerRecords(log: AuditLog(ledger: ledger)), storeRoot: ledger.storeRoot, asOf: date)
    }
}

extension RecordSession {
    /// Plans a purge as of `date` and deletes what is due: for each due candidate a `purge` event (ids
    /// and hashes only, no personal data) is logged first, then the files go.
    ///
    /// - Returns: the plan and the number of files deleted.
    public func purge(asOf date: CalendarDate, actor: String) throws(StoreLedger.LedgerError) -> (
        plan: Purge, deleted: Int
    ) {
        let plan = Purge(records: records, storeRoot: ledger.storeRoot, asOf: date)
        var deleted = 0
        for item in plan.due {
            // Only the seal or hash goes into the log: the path holds the interviewer's name.
            let references = item.folder.files.map {
                AuditLog.FileReference(path: "-", seal: StoreFiles.recordHash(of: $0))
            }
            let requisition =
                item.folder.requisition == ScorecardStore.unassignedRequisition ? nil : item.folder.requisition
            try commit(
                AuditLog.Event(
                    event: AuditLog.EventKind.purge, actor: actor, candidate: item.folder.candidate,
                    requisition: requisition,
                    files: references,
                    details: [
                        "files": String(item.folder.files.count), "retain-until": item.retainUntil?.description ?? "",
                    ]),
                step: "purge")
            deleted += item.folder.files.filter { access($0, F_OK) != 0 && !StoreFiles.isLink($0) }.count
        }
        return (plan, deleted)
    }
}
