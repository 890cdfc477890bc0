import Foundation
import ScoringCore

extension RecordSession {
    /// Places a legal hold on a candidate (in one requisition, or in all of theirs when `requisition`
    /// is nil): the data is kept until released, whatever its retention date.
    ///
    /// Refused with a clear error: an invalid id, an empty reason, a candidate the store does not
    /// hold, and a requisition the candidate is not in (a typo would otherwise place a hold that
    /// protects nothing).
    @discardableResult
    public func placeHold(candidate: String, requisition: String?, reason: String?, actor: String) throws(StoreLedger
        .LedgerError) -> StoreLedger.Hold
    {
        let candidate = try RecordID.candidate(candidate)
        let requisition = try RecordID.requisition(requisition)
        guard let reason, !reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw .init(
                message: HoldMessages.needsReason,
                code: .invalidRequest)
        }
        try requireCandidate(candidate, in: requisition)
        try commit(
            .init(
                event: AuditLog.EventKind.hold, actor: actor, candidate: candidate, requisition: requisition,
                details: ["reason": reason]),
            step: "hold")
        guard let hold = records.holds.first(where: { $0.candidate == candidate && $0.requisition == requisition })
        else {
            throw .init(message: HoldMessages.notReadBack)
        }
        return hold
    }

    /// Releases the legal hold placed with the same candidate and requisition; `reason`, when given, is
    /// recorded in the release event.
    public func releaseHold(candidate: String, requisition: String?, reason: String?, actor: String) throws(StoreLedger
        .LedgerError)
    {
        let candidate = try RecordID.candidate(candidate)
        let requisition = try RecordID.requisition(requisition)
        guard records.holds.contains(where: { $0.candidate == candidate && $0.requisition == requisition }) else {
            let others = records.holds.filter { $0.candidate == candidate }.map { $0.requisition ?? "*" }
            throw .init(message: HoldMessages.noHold(candidate, requisition: requisition, others: others))
        }
        var details: [String: String] = [:]
        if let reason, !reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { details["reason"] = reason }
        try commit(
            .init(
                event: AuditLog.EventKind.release, actor: actor, candidate: candidate, requisition: requisition,
                details: details),
            step: "release")
    }

    /// Refuses a candidate the store holds no folder of, or a requisition the candidate is not in.
    func requireCandidate(_ candidate: String, in requisition: String?) throws(StoreLedger.LedgerError) {
        let folders = StoreFiles.candidateFolders(in: ledger.storeRoot).filter { $0.candidate == candidate }
        guard !folders.isEmpty else {
            throw .init(message: RecordIDMessages.noCandidate(candidate))
        }
        let wanted = requisition ?? ScorecardStore.unassignedRequisition
        guard requisition == nil || folders.contains(where: { $0.requisition == wanted }) else {
            let theirs = folders.map(\.requisition)
            let close = Identifier.closest(to: wanted, among: theirs)
            throw .init(
                message: HoldMessages.notInRequisition(
                    candidate, requisition: wanted, theirs: theirs, suggestion: close))
        }
    }
}
