import CommandKit
import Panel
import Reporting
import ScoringCore

extension PanelOptions {
    /// The run of `merge`, `rank` and `calibrate` once their options are read and a database store is opened
    /// (`onDatabase`): the files are found; the kept report is written again when nothing changed
    /// (``MergeReportMemo``, keyed by `command` and the options in `shape`); else the files are merged, `check` may
    /// refuse the result (before anything is written), the report `render` hands to its `emit` is written piece by
    /// piece (`failure`, asked once it is rendered, may find it incomplete: then --output is left as it was, the
    /// failure thrown and nothing kept), `closing` says what follows it on standard error, and the report is kept.
    /// Ends with exit status 1 when the merge refused files, else 0.
    func runReport(
        _ command: String, options: GlobalOptions, report: ReportOptions, shape: [String], onDatabase: Bool,
        notingAmendments: Bool = true, keepingEvidence: Bool = false,
        check: (PanelMerger.Report) throws -> Void = { _ in },
        render: (PanelMerger.Report, _ emit: (String) -> Void) -> Void,
        failure: (PanelMerger.Report) -> CommandFailure? = { _ in nil },
        closing: (PanelMerger.Report) -> String
    ) throws -> Never {
        let language = options.language
        PhaseTimer.begin()
        // Kept reports and scorecard indexes nobody used for a while hold applicants' data for nothing.
        options.userCache?.removeUnusedPersonalData()
        let collected = collectFiles()
        PhaseTimer.mark("find scorecard files")
        let memo =
            onDatabase
            ? nil : MergeReportMemo(command, panel: self, options: options, shape: shape, collected: collected)
        try memo?.replayKept(report, language: language)
        var notes = ""
        let merged = try merge(
            using: options, onDatabase: onDatabase, notingAmendments: notingAmendments,
            keepingEvidence: keepingEvidence, collected: collected,
            note: { text in
                notes += text
                Terminal.standardError.write(text)
            })
        try check(merged)
        let recording = memo?.recording()
        // Each piece of the report is written as it is rendered: a campaign's report is never held whole.
        try report.write(
            language: language,
            { emit in
                // Called only while `render` runs: `emit` does not outlive this call.
                withoutActuallyEscaping(emit) { emit in
                    render(merged) { piece in
                        recording?.append(piece)
                        emit(piece)
                    }
                }
            },
            failure: { failure(merged) })
        PhaseTimer.mark("render and write the report (\(report.format.rawValue))")
        let after = closing(merged)
        Terminal.standardError.write(after)
        let status: Int32 = merged.problems.isEmpty ? 0 : 1
        memo?.keep(recording, exitStatus: status, notes: notes, closing: after)
        ProcessExit.now(status)
    }
}
