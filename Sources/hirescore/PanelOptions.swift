import ArgumentParser
import CommandKit
import Compliance
import Foundation
import Panel
import ScoringCore

extension ConsensusMethod: ExpressibleByArgument {}

/// Options shared by merge, rank and calibrate: what to read and how to combine it.
struct PanelOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            OptionsHelp.panelOptionsStore,
            valueName: "dir"))
    var store: String?

    @Flag(help: ArgumentHelp(OptionsHelp.panelOptionsIncludeDrafts))
    var includeDrafts = false

    @Option(
        help: ArgumentHelp(
            OptionsHelp.panelOptionsConsensus,
            valueName: "method"))
    var consensus: ConsensusMethod?

    @Argument(help: ArgumentHelp(OptionsHelp.panelOptionsPaths, valueName: "path"))
    var paths: [String] = []

    var storeRoot: String {
        store ?? ProcessInfo.processInfo.environment["HIRESCORE_STORE"].flatMap { $0.isEmpty ? nil : $0 }
            ?? "scorecards"
    }

    /// The knock-outs set aside by recorded debrief decisions, from the audit log of the store the paths lie in
    /// (the first folder up from a path, or the store folder, that has a `.hirescore` folder).
    func recordedOverrides(cache: UserCache?) -> [String: [KnockOutOverride]] {
        var folders = paths.isEmpty ? [storeRoot] : paths
        folders.append(storeRoot)
        for path in folders {
            var folder = URL(fileURLWithPath: path).standardizedFileURL
            for _ in 0..<8 {
                if FileManager.default.fileExists(atPath: folder.appendingPathComponent(".hirescore").path) {
                    let ledger = StoreLedger(storeRoot: folder.path)
                    return (try? LedgerRecords.overrides(log: AuditLog(ledger: ledger), cache: cache)) ?? [:]
                }
                let parent = folder.deletingLastPathComponent()
                if parent.path == folder.path { break }
                folder = parent
            }
        }
        return [:]
    }

    /// The scorecard files of the paths (or the store folder) and the problems with the paths.
    func collectFiles() -> (files: [String], problems: [PanelMerger.Problem]) {
        PanelMerger.collectFiles(paths.isEmpty ? [storeRoot] : paths)
    }

    /// Loads rubrics, collects the files (unless they are `collected` already) and merges them.
    /// `notingAmendments` names the amended cards on standard error (not for calibrate, which may be anonymous);
    /// `keepingEvidence` keeps what the interviewers wrote, for a report that shows it. Warnings, notes and
    /// diagnostics go to `note` (standard error unless told otherwise). A merge of a database store (`onDatabase`:
    /// its snapshot folder is new each time) keeps nothing in the user's cache.
    func merge(
        using options: GlobalOptions, onDatabase: Bool = false, notingAmendments: Bool = true,
        keepingEvidence: Bool = false,
        collected: (files: [String], problems: [PanelMerger.Problem])? = nil,
        note: (String) -> Void = { Terminal.standardError.write($0) }
    ) throws -> PanelMerger.Report {
        let language = options.language
        let progress = ProgressLine(language: language)
        let gathered: (files: [String], problems: [PanelMerger.Problem])
        if let collected {
            gathered = collected
        } else {
            PhaseTimer.begin()
            gathered = collectFiles()
            PhaseTimer.mark("find scorecard files")
        }
        let collected = gathered
        var (catalog, complete) = options.loadRubrics(forScorecards: collected.files)
        PhaseTimer.mark("load rubrics")
        if collected.files.isEmpty && collected.problems.isEmpty {
            throw CommandFailure(
                SelectionMessages.noScorecards(in: paths.isEmpty ? [storeRoot] : paths), language: language)
        }
        var merger = PanelMerger(registry: HireScoreModules.registry, whatIf: consensus, includeDrafts: includeDrafts)
        let cache = onDatabase ? nil : options.userCache
        merger.overrides = recordedOverrides(cache: cache)
        let signatures = CardSignatureCheck(files: collected.files, cache: cache, recordingVerified: true)
        merger.signatureCheck = signatures.verdict
        merger.cache = cache
        // Every report of merge, rank and calibrate is rendered in the one language asked for.
        merger.reportLanguage = language.rawValue
        merger.keepsEvidence = keepingEvidence
        PhaseTimer.mark("read the key lists")
        if progress.enabled {
            merger.progress = { step in
                switch step {
                case .reading(let done, let total):
                    progress.show(ProgressMessages.reading(done, of: total), always: done == total)
                case .merging(let done, let total):
                    progress.show(ProgressMessages.merging(done, of: total), always: done == total)
                }
            }
        }
        var report = merger.merge(files: collected.files, rubrics: catalog.rubrics)
        if !complete, !report.problems.isEmpty || !report.warnings.isEmpty {
            // Something is amiss: merge again with every rubric, so that every diagnostic is the whole folder's.
            catalog = options.loadRubrics()
            complete = true
            report = merger.merge(files: collected.files, rubrics: catalog.rubrics)
        }
        signatures.recordVerified()
        let (answered, found) = signatures.counts
        PhaseTimer.mark("record the verified signatures (\(answered) from the cache, \(found) verified)")
        // Cleared before anything else is written to standard error.
        progress.clear()
        report.problems = collected.problems + report.problems
        for warning in report.warnings {
            note(
                CommandMessages.warning.text(in: language) + warning.message.text(in: language) + "\n"
                    + warning.files.map { "  \($0)\n" }.joined())
        }
        if notingAmendments {
            for (file, amendment) in Amendment.inForce(for: collected.files, cache: cache) {
                note(
                    CommandMessages.note.text(in: language) + file + ": "
                        + TerminalText.line(AmendmentMessages.label(amendment).text(in: language)) + "\n")
            }
        }
        // Marked, so that the phase timer does not count these in rendering the report (the third measurement
        // put 147 ms of reading the whole audit log for amendments there; BENCHMARKS.md).
        PhaseTimer.mark("warnings and amendment notes")
        if report.problems.contains(where: { $0.code == "unreadable" }) {
            let rubricErrors = catalog.diagnostics.filter { $0.severity == .error }
            if !rubricErrors.isEmpty {
                let printer = DiagnosticPrinter(
                    language: language, useColor: Terminal.standardError.supportsColor, sources: catalog.sources)
                note(printer.render(rubricErrors, fileCount: catalog.files.count))
            }
        }
        // Cleared by ReportOptions.write before the report goes out.
        progress.show(ProgressMessages.rendering, always: true)
        return report
    }
}
