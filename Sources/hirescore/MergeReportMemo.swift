import CommandKit
import Foundation
import Panel
import Reporting
import ScoringCore

/// The report of a `merge`, `rank` or `calibrate` of a folder store as the user's cache keeps it (``ReportMemo``): the
/// same command over a store where nothing changed writes the kept report again instead of reading and merging the
/// store.
///
/// Used for merges of at least ``ScorecardIndex/minimumFiles`` files with a user cache (not with `--no-cache`,
/// nor for a database store, whose rows are read through a new snapshot each time) and unless
/// `HIRESCORE_REPORT_CACHE=off` (for measuring the merge itself). The question is the command with every option that
/// shapes its output; the inputs are the states of the files, the stores' records and the rubric folder
/// (``PanelMerger/reportInputs(question:files:searched:rubricFolder:)``), taken before anything is read.
struct MergeReportMemo {
    /// The cache the memo is kept in.
    let cache: UserCache
    /// The memo's cache file.
    let name: String
    /// The running program's stamp.
    let program: String
    /// The digest of the inputs now; nil when some input changed in the last two seconds (then nothing is kept).
    let inputs: String?

    /// The memo of `command` (`merge`, `rank`, `calibrate`) over the merge `panel` describes, which found
    /// `collected`, with the options that shape its report (`shape`), when one is used.
    init?(
        _ command: String, panel: PanelOptions, options: GlobalOptions, shape: [String],
        collected: (files: [String], problems: [PanelMerger.Problem])
    ) {
        guard ProcessInfo.processInfo.environment["HIRESCORE_REPORT_CACHE"] != "off", let cache = options.userCache,
            collected.files.count >= ScorecardIndex.minimumFiles, let program = ScorecardIndex.programStamp()
        else { return nil }
        let question =
            [command, FileManager.default.currentDirectoryPath, panel.storeRoot, options.rubricFolder]
            + shape + ["--include-drafts=\(panel.includeDrafts)", "--consensus=\(panel.consensus?.rawValue ?? "")"]
            + ["colour on standard error: \(Terminal.standardError.supportsColor)"] + panel.paths
        var inputs = PanelMerger.reportInputs(
            question: question, files: collected.files, searched: panel.paths + [panel.storeRoot],
            rubricFolder: options.rubricFolder)
        self.cache = cache
        self.name = ReportMemo.cacheName(for: question)
        self.program = program
        self.inputs = inputs.isSettled ? inputs.finalize() : nil
    }

    /// The report kept for these inputs, when there is one.
    func kept() -> ReportMemo? {
        guard let inputs else { return nil }
        let memo = ReportMemo.read(from: cache, name: name, program: program, inputs: inputs)
        if memo != nil { PhaseTimer.mark("the report kept in the cache") }
        return memo
    }

    /// Writes the kept report with what the command wrote to standard error around it, and ends with the kept exit
    /// status, when there is a kept report; returns otherwise.
    func replayKept(_ report: ReportOptions, language: Language) throws {
        guard let kept = kept() else { return }
        Terminal.standardError.write(kept.notes)
        try report.write(kept, from: cache.folder, language: language)
        Terminal.standardError.write(kept.closing)
        ProcessExit.now(kept.exitStatus)
    }

    /// A recording of the report about to be written, when it can be kept.
    func recording() -> ReportMemo.Recording? {
        inputs == nil ? nil : ReportMemo.Recording(cache: cache)
    }

    /// Keeps the report `recording` gathered, with the command's exit status and its standard error text before
    /// (`notes`) and after the report (`closing`).
    func keep(_ recording: ReportMemo.Recording?, exitStatus: Int32, notes: String, closing: String) {
        guard let recording, let inputs else { return }
        recording.keep(
            in: cache, name: name, program: program, inputs: inputs, exitStatus: exitStatus, notes: notes,
            closing: closing)
        PhaseTimer.mark("keep the report in the cache")
    }
}
