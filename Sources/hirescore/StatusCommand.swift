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
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "status",
                abstract: StatusCommandHelp.statusAbstract.helpText,
                discussion: StatusCommandHelp.statusDiscussion.helpText
            )
        }

        @OptionGroup var options: GlobalOptions

        @Option(help: ArgumentHelp(StatusCommandHelp.requisition, valueName: "id"))
        var requisition: String?

        @Option(help: ArgumentHelp(StatusCommandHelp.format, valueName: "format"))
        var format: OutputFormat = .text

        @Option(
            help: ArgumentHelp(
                StatusCommandHelp.store,
                valueName: "dir"))
        var store: String?

        @Argument(help: ArgumentHelp(StatusCommandHelp.paths, valueName: "path"))
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
