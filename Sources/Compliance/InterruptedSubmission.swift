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
        for (_, event) in log.events().events where event.event == AuditLog.EventKind.submit {
            for file in event.files { submitted.insert(file.path + " " + file.seal) }
        }
        var recorded: [String] = []
        let files = only.map { [$0] } ?? ScorecardStore.scorecardFiles(in: ledger.storeRoot).files
        for path in files {
            let relative = StoreFiles.relative(path, to: ledger.storeRoot)
            guard let header = ScorecardHeader(path: path), header.status == "submitted", let seal = header.seal,
                  !submitted.contains(relative + " " + seal) else { continue }
            let loaded = ScorecardLoader().load(path: path, rubrics: rubrics)
            guard let scorecard = loaded.scorecard, scorecard.hasValidSeal, let rubric = loaded.rubric,
                  ScorecardHeader.placementProblem(candidate: scorecard.candidate, requisition: scorecard.requisition,
                                                   interviewer: scorecard.interviewer, path: relative) == nil else { continue }
            try commit(.init(event: AuditLog.EventKind.submit, actor: scorecard.interviewer, candidate: scorecard.candidate,
                             requisition: scorecard.requisition, rubric: rubric.reference, rubricHash: rubric.hash,
                             files: [.init(path: relative, seal: seal)], details: ["recovered": "true"]),
                       step: "repair")
            recorded.append(relative)
        }
        return recorded
    }

    /// Records the submit event of a scorecard `enter` has just sealed.
    @discardableResult
    public func recordSubmission(of scorecard: Scorecard, at path: String, rubric: Rubric) throws(StoreLedger.LedgerError) -> AuditLog.Event {
        try commit(.init(event: AuditLog.EventKind.submit, actor: scorecard.interviewer, candidate: scorecard.candidate,
                         requisition: scorecard.requisition, rubric: rubric.reference, rubricHash: rubric.hash,
                         files: [.init(path: StoreFiles.relative(path, to: ledger.storeRoot), seal: scorecard.seal ?? "")]),
                   step: "submit")
    }
}
