import ArgumentParser
import CommandKit
import DeveloperTools
import Foundation
import Panel
import ScoringCore

extension HireScoreCommand {
    /// `hirescore dev`: tools for HireScore's developers (hidden from the help).
    struct Dev: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "dev",
                abstract: DevCommandHelp.devAbstract.helpText,
                discussion: DevCommandHelp.devDiscussion.helpText,
                shouldDisplay: false,
                subcommands: [GenerateStore.self, SignStore.self, Reseal.self, Rechain.self]
            )
        }
    }
}

extension HireScoreCommand.Dev {
    /// `hirescore dev generate-store`: a synthetic, realistic, sealed scorecard store for benchmarks.
    struct GenerateStore: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "generate-store",
                abstract: DevCommandHelp.generateStoreAbstract.helpText,
                discussion: DevCommandHelp.generateStoreDiscussion.helpText
            )
        }

        @OptionGroup var options: GlobalOptions

        @Option(help: ArgumentHelp(DevCommandHelp.generateStoreCandidates))
        var candidates: Int

        @Option(help: ArgumentHelp(DevCommandHelp.generateStoreInterviewers))
        var interviewers = 4

        @Option(help: ArgumentHelp(DevCommandHelp.generateStoreSeed))
        var seed: UInt64 = 1

        @Option(help: ArgumentHelp(DevCommandHelp.generateStorePerRequisition, valueName: "n"))
        var perRequisition = 250

        @Option(
            help: ArgumentHelp(
                DevCommandHelp.generateStoreOutput,
                valueName: "dir"))
        var output: String

        func validate() throws {
            guard (1...1_000_000).contains(candidates) else {
                throw ValidationError(UsageMessages.candidatesRange.text(in: options.language))
            }
            guard SyntheticStore.Configuration.panelSizes.contains(interviewers) else {
                throw ValidationError(UsageMessages.interviewersChoice.text(in: options.language))
            }
            guard (1...1_000_000).contains(perRequisition) else {
                throw ValidationError(UsageMessages.perRequisitionRange.text(in: options.language))
            }
        }

        func run() throws {
            let catalog = options.loadRubrics()
            let errors = catalog.diagnostics.filter { $0.severity == .error }
            if !errors.isEmpty || catalog.rubrics.isEmpty {
                let printer = DiagnosticPrinter(
                    language: options.language, useColor: Terminal.standardError.supportsColor, sources: catalog.sources
                )
                Terminal.standardError.write(printer.render(errors, fileCount: catalog.files.count))
                throw CommandFailure(
                    DevCommandMessages.rubricsMustLoad(options.rubricFolder), language: options.language)
            }
            let started = Date()
            do {
                let store = try SyntheticStore(
                    rubrics: catalog.rubrics, registry: HireScoreModules.registry,
                    configuration: .init(
                        candidates: candidates, interviewers: interviewers, seed: seed,
                        candidatesPerRequisition: perRequisition))
                let summary = try store.write(to: output)
                let seconds = Date().timeIntervalSince(started)
                Terminal.standardOutput.write(
                    """
                    wrote \(summary.scorecards) sealed scorecards (\(summary.candidates) candidates, \(summary.requisitions) requisitions, \
                    \(summary.bytes) bytes of YAML) to \(output) in \(String(format: "%.1f", seconds)) s

                    """)
            } catch let error as SyntheticStore.GenerationError {
                throw CommandFailure(LocalizedText(error.description), language: options.language)
            }
        }
    }
}
