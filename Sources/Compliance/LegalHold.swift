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
                message: .init(
                    en: "a hold needs a reason: --reason \"...\" (for example a pending AGG claim)",
                    de: "eine Sperre braucht einen Grund: --reason \"...\" (zum Beispiel eine anhängige AGG-Klage)"),
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
            throw .init(
                message: .init(
                    en: "the hold was logged but cannot be read back",
                    de: "die Sperre wurde protokolliert, ist aber nicht lesbar"))
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
            throw .init(
                message: .init(
                    en: "there is no hold on '\(candidate)'" + (requisition.map { " in requisition '\($0)'" } ?? "")
                        + (others.isEmpty
                            ? ""
                            : "; holds on '\(candidate)': "
                                + others.map {
                                    $0 == "*" ? "all requisitions (no --requisition)" : "--requisition \($0)"
                                }.joined(separator: ", ")),
                    de: "keine Sperre für '\(candidate)'" + (requisition.map { " in der Ausschreibung '\($0)'" } ?? "")
                        + (others.isEmpty
                            ? ""
                            : "; Sperren für '\(candidate)': "
                                + others.map {
                                    $0 == "*" ? "alle Ausschreibungen (ohne --requisition)" : "--requisition \($0)"
                                }.joined(separator: ", "))))
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
            throw .init(
                message: .init(
                    en: "no candidate '\(candidate)' in the store",
                    de: "kein*e Kandidat*in '\(candidate)' in der Ablage"))
        }
        let wanted = requisition ?? ScorecardStore.unassignedRequisition
        guard requisition == nil || folders.contains(where: { $0.requisition == wanted }) else {
            let theirs = folders.map(\.requisition)
            let close = Identifier.closest(to: wanted, among: theirs)
            throw .init(
                message: .init(
                    en:
                        "candidate '\(candidate)' is not in requisition '\(wanted)'; their requisitions: \(theirs.joined(separator: ", "))"
                        + (close.map { "; " + CommonMessages.didYouMean($0).text(in: .en) } ?? ""),
                    de:
                        "Kandidat*in '\(candidate)' ist nicht in der Ausschreibung '\(wanted)'; ihre Ausschreibungen: \(theirs.joined(separator: ", "))"
                        + (close.map { "; " + CommonMessages.didYouMean($0).text(in: .de) } ?? "")))
        }
    }
}
