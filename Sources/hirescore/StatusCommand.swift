import ArgumentParser
import CommandKit
import Compliance
import Foundation
import Panel
import Reporting
import ScoringCore

extension HireScoreCommand {
    /// `hirescore status`: who still owes a scorecard, per candidate and stage.
    struct Status: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "status",
            abstract:
                "Show per candidate which scorecards the interview plan expects, which are submitted, drafts or missing, and whether the panel can be merged.",
            discussion: """
                Reads the store (or the paths given) and groups scorecards by candidate. For each stage of the \
                rubric's interview plan (one stage with every criterion for a rubric without a plan) it lists the \
                submitted scorecards, the drafts with when they were last saved, and how many expected scorecards \
                are missing, with the interviewer role the plan names. A panel can be merged when every expected \
                scorecard is submitted and sealed. Nothing of the ratings is shown. An amended scorecard is named on \
                standard error with when, by whom and why it was amended.
                --format json (hirescore/panel-status@1) for scripts that send reminders.

                EXAMPLES:
                  hirescore status --requisition claims-2026-01
                  hirescore status --format json
                """
        )

        @OptionGroup var options: GlobalOptions

        @Option(help: ArgumentHelp("Only this requisition.", valueName: "id"))
        var requisition: String?

        @Option(help: ArgumentHelp("text or json.", valueName: "format"))
        var format: OutputFormat = .text

        @Option(
            help: ArgumentHelp(
                "The scorecard store folder read when no path is given (default: $HIRESCORE_STORE, else ./scorecards).",
                valueName: "dir"))
        var store: String?

        @Argument(help: ArgumentHelp("Scorecard files or folders (default: the store).", valueName: "path"))
        var paths: [String] = []

        func run() throws {
            let language = options.language
            var (options, store, paths) = (self.options, self.store, self.paths)
            var output: String?
            try DatabaseStoreSnapshot.open(
                store: &store, rubrics: &options.rubrics, output: &output, paths: &paths, language: language)
            let catalog = options.loadRubrics()
            let storeRoot =
                store ?? ProcessInfo.processInfo.environment["HIRESCORE_STORE"].flatMap { $0.isEmpty ? nil : $0 }
                ?? "scorecards"
            let collected = PanelMerger.collectFiles(paths.isEmpty ? [storeRoot] : paths)
            for problem in collected.problems {
                Terminal.standardError.write(
                    CommandMessages.warning.text(in: language) + problem.message.text(in: language) + ": "
                        + problem.files.joined(separator: ", ") + "\n")
            }
            let status = PanelStatus.compute(files: collected.files, rubrics: catalog.rubrics, requisition: requisition)
            let report = PanelStatusReport(language: language)
            Terminal.standardOutput.write(format == .json ? report.json(status) : report.text(status))
            for (file, amendment) in Amendment.inForce(for: collected.files) {
                Terminal.standardError.write(
                    CommandMessages.note.text(in: language) + file + ": "
                        + TerminalText.line(AmendmentMessages.label(amendment).text(in: language)) + "\n")
            }
        }
    }
}
