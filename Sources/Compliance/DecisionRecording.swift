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
        let (files, scorecards) = try placedScorecards(candidate: candidate, requisition: requisition)
        // The knock-outs set aside earlier stay set aside; the ones this request sets aside are checked below.
        let overrideKey = PanelMerger.overrideKey(requisition: requisition, candidate: candidate)
        let reason = request.reason?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        if !request.overrideKnockOuts.isEmpty && reason.isEmpty {
            throw .init(message: DecisionMessages.overrideNeedsReason, code: .invalidRequest)
        }
        let overrides = knockOutOverrides(after: request, key: overrideKey, reason: reason)
        let panel = try mergePanel(
            files: files, overrides: [overrideKey: overrides], settingAside: request.overrideKnockOuts,
            registry: registry)
        let settings = try ledger.settings()
        let retainUntil = request.date.adding(months: settings.retentionMonths)
        let references = scorecards.map {
            StoreFiles.reference(to: $0.path, storeRoot: ledger.storeRoot, scorecard: $0.scorecard)
        }
        let recommendation = panel.consensus.recommendation.rawValue
        let score = panel.consensus.overallScore.map { Format.fixed($0) } ?? "-"
        // Every event of the decision names the same person, rubric and sealed scorecards.
        func event(_ kind: String, details: [String: String]) -> AuditLog.Event {
            .init(
                event: kind, actor: request.actor, candidate: candidate, requisition: requisition,
                rubric: panel.rubric.reference, rubricHash: panel.rubric.hash, files: references, details: details)
        }
        for id in request.overrideKnockOuts
        where !(records.overrides[overrideKey] ?? []).contains(where: { $0.knockOutID == id }) {
            let details = ["knock-out": id, "reason": reason, "date": request.date.description]
            try commit(event(AuditLog.EventKind.knockOutOverride, details: details), step: "decide.override")
        }
        let mergeDetails = ["recommendation": recommendation, "score": score, "consensus": panel.method.rawValue]
        try commit(event(AuditLog.EventKind.merge, details: mergeDetails), step: "decide.merge")
        var details = [
            "outcome": request.outcome.rawValue, "date": request.date.description,
            "retain-until": retainUntil.description, "recommendation": recommendation, "score": score,
        ]
        if !reason.isEmpty { details["reason"] = reason }
        if !overrides.isEmpty {
            details["knock-outs-set-aside"] = overrides.map(\.knockOutID).sorted().joined(separator: ", ")
        }
        try commit(event(AuditLog.EventKind.decision, details: details), step: "decide")
        guard let decision = records.decision(candidate: candidate, requisition: requisition) else {
            throw .init(message: DecisionMessages.notReadBack)
        }
        return (decision, panel)
    }

    /// The scorecard files of a decision's folder and those of them that can be read, refusing the decision when
    /// there are none or any of them is about another candidate or requisition than its place says.
    private func placedScorecards(
        candidate: String, requisition: String?
    ) throws(StoreLedger.LedgerError) -> (files: [String], scorecards: [(path: String, scorecard: Scorecard)]) {
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
        return (files, scorecards)
    }

    /// The knock-outs set aside for the panel: those recorded earlier, then those the request adds.
    private func knockOutOverrides(after request: DecisionRequest, key: String, reason: String) -> [KnockOutOverride] {
        var overrides = records.overrides[key] ?? []
        for id in request.overrideKnockOuts where !overrides.contains(where: { $0.knockOutID == id }) {
            overrides.append(
                KnockOutOverride(knockOutID: id, reason: reason, actor: request.actor, date: request.date.description))
        }
        return overrides
    }

    /// Merges the decision's one panel with the knock-outs set aside, refusing any merge problem and any knock-out
    /// to set aside that does not stand.
    private func mergePanel(
        files: [String], overrides: [String: [KnockOutOverride]], settingAside: [String], registry: ModuleRegistry
    ) throws(StoreLedger.LedgerError) -> PanelResult {
        var merger = PanelMerger(registry: registry)
        merger.overrides = overrides
        // A card whose signature fails, whose key is unknown or whose signature was removed is refused.
        merger.signatureCheck = CardSignatures.check(files: files)
        let report = merger.merge(files: files, rubrics: rubrics)
        guard report.problems.isEmpty, report.panels.count == 1, let panel = report.panels.first else {
            throw .init(message: DecisionMessages.cannotMerge(report.problems.map { ($0.message, $0.files) }))
        }
        let setAside = Set(panel.reportedKnockOuts.filter(\.isReportedByEnough).map(\.id))
        for id in settingAside where !setAside.contains(id) {
            let standing = setAside.sorted()
            throw .init(
                message: DecisionMessages.knockOutDoesNotStand(TerminalText.line(id), standing: standing),
                code: .invalidRequest)
        }
        return panel
    }
}
