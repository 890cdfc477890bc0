import Foundation
import Panel
import ScoringCore

/// A request to record the hiring decision on a candidate in a requisition.
///
/// The decision event carries the decision's reason in the rubric's terms (what an employer shows when a
/// rejection is challenged) and names every knock-out the debrief set aside (``overrideKnockOuts``), each
/// logged as its own `knock-out-override` event before the decision.
public struct DecisionRequest: Sendable, Hashable {
    /// The outcome of an application.
    public enum Outcome: String, Sendable, Hashable, CaseIterable {
        /// Offered and accepted.
        case hired
        /// Turned down.
        case rejected
        /// The candidate withdrew.
        case withdrawn
    }

    /// The candidate (checked by ``RecordID``).
    public var candidate: String
    /// The requisition, or nil for the candidate's unassigned scorecards.
    public var requisition: String?
    /// The outcome.
    public var outcome: Outcome
    /// The day of the decision; never after `today`.
    public var date: CalendarDate
    /// Who decides.
    public var actor: String
    /// Why, in the rubric's terms: recorded in the decision event's `reason` detail (and in each override's).
    public var reason: String?
    /// The ids of standing knock-outs the debrief sets aside (`customer-orientation/red-flag/empathy`), for ``reason``.
    public var overrideKnockOuts: [String]

    /// Creates a request.
    public init(
        candidate: String, requisition: String?, outcome: Outcome, date: CalendarDate, actor: String,
        reason: String? = nil,
        overrideKnockOuts: [String] = []
    ) {
        self.candidate = candidate
        self.requisition = requisition
        self.outcome = outcome
        self.date = date
        self.actor = actor
        self.reason = reason
        self.overrideKnockOuts = overrideKnockOuts
    }
}

extension RecordSession {
    /// Records a decision: merges the candidate's panel (refusing drafts, misplaced cards and every
    /// other merge problem), logs a `merge` and a `decision` event naming the exact sealed scorecards,
    /// then writes the retain-until date into each scorecard.
    ///
    /// - Returns: the decision as recorded and the panel it was based on.
    public func decide(
        _ request: DecisionRequest, registry: ModuleRegistry,
        today: CalendarDate
    ) throws(StoreLedger.LedgerError) -> (decision: StoreLedger.Decision, panel: PanelResult) {
        let candidate = try RecordID.candidate(request.candidate)
        let requisition = try RecordID.requisition(request.requisition)
        guard request.date <= today else {
            throw .init(
                message: DecisionMessages.dateInFuture(request.date.description, today: today.description),
                code: .invalidRequest)
        }
        let folder = ledger.storeRoot + "/" + LedgerRecords.folderKey(candidate: candidate, requisition: requisition)
        let files = ScorecardStore.scorecardFiles(in: folder).files
        guard !files.isEmpty else {
            throw .init(message: DecisionMessages.noScorecards(candidate, folder: folder))
        }
        var scorecards: [(path: String, scorecard: Scorecard)] = []
        var misplaced: [(file: String, problem: LocalizedText)] = []
        for file in files {
            guard let scorecard = ScorecardLoader().load(path: file, rubrics: rubrics).scorecard else { continue }
            if let problem = ScorecardHeader.placementProblem(
                candidate: scorecard.candidate, requisition: scorecard.requisition,
                interviewer: scorecard.interviewer, interviewerID: scorecard.interviewerID, path: file)
            {
                misplaced.append((file, problem))
            } else {
                scorecards.append((file, scorecard))
            }
        }
        guard misplaced.isEmpty else {
            throw .init(message: DecisionMessages.misplacedScorecards(folder, cards: misplaced))
        }
        // The knock-outs set aside earlier stay set aside; the ones this request sets aside are checked below.
        let overrideKey = PanelMerger.overrideKey(requisition: requisition, candidate: candidate)
        let reason = request.reason?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        if !request.overrideKnockOuts.isEmpty && reason.isEmpty {
            throw .init(
                message: DecisionMessages.overrideNeedsReason,
                code: .invalidRequest)
        }
        var merger = PanelMerger(registry: registry)
        var overrides = records.overrides[overrideKey] ?? []
        for id in request.overrideKnockOuts where !overrides.contains(where: { $0.knockOutID == id }) {
            overrides.append(
                KnockOutOverride(knockOutID: id, reason: reason, actor: request.actor, date: request.date.description))
        }
        merger.overrides = [overrideKey: overrides]
        // A card whose signature fails, whose key is unknown or whose signature was removed is refused.
        merger.signatureCheck = CardSignatures.check(files: files)
        let report = merger.merge(files: files, rubrics: rubrics)
        guard report.problems.isEmpty, report.panels.count == 1, let panel = report.panels.first else {
            throw .init(message: DecisionMessages.cannotMerge(report.problems.map { ($0.message, $0.files) }))
        }
        let setAside = Set(panel.reportedKnockOuts.filter(\.isReportedByEnough).map(\.id))
        for id in request.overrideKnockOuts where !setAside.contains(id) {
            let standing = setAside.sorted()
            throw .init(
                message: DecisionMessages.knockOutDoesNotStand(TerminalText.line(id), standing: standing),
                code: .invalidRequest)
        }
        let settings = try ledger.settings()
        let retainUntil = request.date.adding(months: settings.retentionMonths)
        let references = scorecards.map {
            StoreFiles.reference(to: $0.path, storeRoot: ledger.storeRoot, scorecard: $0.scorecard)
        }
        let recommendation = panel.consensus.recommendation.rawValue
        let score = panel.consensus.overallScore.map { Format.fixed($0) } ?? "-"
        for id in request.overrideKnockOuts
        where !(records.overrides[overrideKey] ?? []).contains(where: { $0.knockOutID == id }) {
            try commit(
                .init(
                    event: AuditLog.EventKind.knockOutOverride, actor: request.actor, candidate: candidate,
                    requisition: requisition,
                    rubric: panel.rubric.reference, rubricHash: panel.rubric.hash, files: references,
                    details: ["knock-out": id, "reason": reason, "date": request.date.description]),
                step: "decide.override")
        }
        try commit(
            .init(
                event: AuditLog.EventKind.merge, actor: request.actor, candidate: candidate, requisition: requisition,
                rubric: panel.rubric.reference, rubricHash: panel.rubric.hash, files: references,
                details: ["recommendation": recommendation, "score": score, "consensus": panel.method.rawValue]),
            step: "decide.merge")
        var details = [
            "outcome": request.outcome.rawValue, "date": request.date.description,
            "retain-until": retainUntil.description,
            "recommendation": recommendation, "score": score,
        ]
        if !reason.isEmpty { details["reason"] = reason }
        if !overrides.isEmpty {
            details["knock-outs-set-aside"] = overrides.map(\.knockOutID).sorted().joined(separator: ", ")
        }
        try commit(
            .init(
                event: AuditLog.EventKind.decision, actor: request.actor, candidate: candidate,
                requisition: requisition,
                rubric: panel.rubric.reference, rubricHash: panel.rubric.hash, files: references, details: details),
            step: "decide")
        guard let decision = records.decision(candidate: candidate, requisition: requisition) else {
            throw .init(message: DecisionMessages.notReadBack)
        }
        return (decision, panel)
    }
}
