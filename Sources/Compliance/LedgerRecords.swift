import Foundation
import Panel
import ScoringCore

/// The applicant records as the audit log says they are: the log's events replayed in order.
///
/// The log is the one source of truth. `decisions.json` and `holds.json` are caches of this replay,
/// rewritten after every event; `audit verify` reports a cache that differs from it, and every
/// record-changing command rebuilds it.
///
/// ```swift
/// let records = try LedgerRecords(log: AuditLog(ledger: ledger))
/// let held = records.isOnHold(candidate: "c-102", requisition: "claims-2026-01")
/// ```
public struct LedgerRecords: Sendable, Equatable {
    /// The latest decision per candidate and requisition, sorted.
    public private(set) var decisions: [StoreLedger.Decision] = []
    /// The legal holds in force, sorted.
    public private(set) var holds: [StoreLedger.Hold] = []
    /// The knock-outs set aside by recorded debrief decisions, by ``PanelMerger/overrideKey(requisition:candidate:)``.
    public private(set) var overrides: [String: [KnockOutOverride]] = [:]
    /// The sequence number of the last event replayed (0 for an empty log).
    public private(set) var lastSequence = 0
    /// The folders (`REQUISITION/CANDIDATE`) whose last purge came after their last submit, with the
    /// file seals and hashes that purge named.
    public private(set) var purged: [String: Set<String>] = [:]
    /// The amendments of each card, by its path inside the store (`REQUISITION/CANDIDATE/ID.yaml`), oldest first.
    public private(set) var amendments: [String: [Amendment]] = [:]

    /// Replays events in order.
    public init(events: [AuditLog.Event]) {
        for event in events { apply(event) }
    }

    /// Replays the log; throws when one of its lines cannot be read, since the records are then unknown.
    public init(log: AuditLog) throws(StoreLedger.LedgerError) {
        let (events, problems) = log.events()
        if let problem = problems.first { throw LedgerRecords.damaged(log, problem) }
        self.init(events: events.map(\.event))
    }

    /// The error for a log with a line that cannot be read.
    private static func damaged(_ log: AuditLog, _ problem: AuditLog.Problem) -> StoreLedger.LedgerError {
        StoreLedger.LedgerError(
            message: AuditLogMessages.damaged(
                log.ledger.auditLogPath, line: problem.line ?? 0, problem: problem.message))
    }

    /// The knock-outs set aside by recorded debrief decisions (``overrides``), read from the log's
    /// `knock-out-override` events alone: what a merge needs, without decoding the log's thousands of other lines.
    /// Throws when a line of that kind cannot be read, since the overrides are then unknown. With `cache`, the lines
    /// are found through the user's index of the log (the same overrides).
    public static func overrides(log: AuditLog, cache: UserCache? = nil) throws(StoreLedger.LedgerError) -> [String:
        [KnockOutOverride]]
    {
        let (events, problems) = log.overrideEvents(cache: cache)
        if let problem = problems.first { throw damaged(log, problem) }
        return LedgerRecords(events: events).overrides
    }

    /// The store folder of a requisition (`unassigned` for none) and candidate.
    public static func folderKey(candidate: String, requisition: String?) -> String {
        (requisition ?? ScorecardStore.unassignedRequisition) + "/" + candidate
    }

    /// Applies one event to the records.
    public mutating func apply(_ event: AuditLog.Event) {
        lastSequence = event.sequence
        guard let candidate = event.candidate else { return }
        let key = LedgerRecords.folderKey(candidate: candidate, requisition: event.requisition)
        let sameKey: (String, String?) -> Bool = { $0 == candidate && $1 == event.requisition }
        switch event.event {
        case AuditLog.EventKind.decision:
            decisions.removeAll { sameKey($0.candidate, $0.requisition) }
            decisions.append(
                StoreLedger.Decision(
                    candidate: candidate, requisition: event.requisition, outcome: event.details["outcome"] ?? "",
                    date: event.details["date"] ?? "", retainUntil: event.details["retain-until"] ?? "",
                    panelRecommendation: event.details["recommendation"] ?? "", actor: event.actor,
                    reason: event.details["reason"]))
            decisions.sort { ($0.candidate, $0.requisition ?? "") < ($1.candidate, $1.requisition ?? "") }
        case AuditLog.EventKind.hold:
            holds.removeAll { sameKey($0.candidate, $0.requisition) }
            holds.append(
                StoreLedger.Hold(
                    candidate: candidate, requisition: event.requisition, reason: event.details["reason"] ?? "",
                    since: event.time, actor: event.actor))
            holds.sort { ($0.candidate, $0.requisition ?? "") < ($1.candidate, $1.requisition ?? "") }
        case AuditLog.EventKind.release:
            holds.removeAll { sameKey($0.candidate, $0.requisition) }
        case AuditLog.EventKind.knockOutOverride:
            let overrideKey = PanelMerger.overrideKey(requisition: event.requisition, candidate: candidate)
            let knockOut = event.details["knock-out"] ?? ""
            overrides[overrideKey, default: []].removeAll { $0.knockOutID == knockOut }
            overrides[overrideKey, default: []].append(
                KnockOutOverride(
                    knockOutID: knockOut, reason: event.details["reason"] ?? "", actor: event.actor,
                    date: event.details["date"] ?? String(event.time.prefix(10))))
        case AuditLog.EventKind.purge:
            purged[key, default: []].formUnion(event.files.map(\.seal))
            for path in amendments.keys where path.hasPrefix(key + "/") { amendments[path] = nil }
        case AuditLog.EventKind.amend:
            if let amendment = Amendment(event: event) { amendments[amendment.path, default: []].append(amendment) }
        case AuditLog.EventKind.submit:
            purged[key] = nil
        default:
            break
        }
    }

    /// The decision on a candidate in a requisition.
    public func decision(candidate: String, requisition: String?) -> StoreLedger.Decision? {
        decisions.first { $0.candidate == candidate && $0.requisition == requisition }
    }

    /// The last amendment of the card at `path` (inside the store), when it was amended.
    public func amendment(of path: String) -> Amendment? {
        amendments[path]?.last
    }

    /// Whether a candidate in a requisition is on hold (a hold without a requisition covers all of them).
    public func isOnHold(candidate: String, requisition: String?) -> Bool {
        holds.contains { $0.candidate == candidate && ($0.requisition == nil || $0.requisition == requisition) }
    }
}
