import ArgumentParser
import CommandKit
import DeveloperTools
import Foundation
import Panel
import ScoringCore

extension HireScoreCommand {
    /// `hirescore dev`: tools for HireScore's developers (hidden from the help).
    struct Dev: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "dev",
            abstract: "Developer tools (benchmarks, test data).",
            discussion: """
                EXAMPLES:
                  hirescore dev generate-store --candidates 1000 --output /tmp/bench-store
                """,
            shouldDisplay: false,
            subcommands: [GenerateStore.self, SignStore.self, Reseal.self, Rechain.self]
        )
    }
}

extension HireScoreCommand.Dev {
    /// `hirescore dev generate-store`: a synthetic, realistic, sealed scorecard store for benchmarks.
    struct GenerateStore: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "generate-store",
            abstract:
                "Write a synthetic scorecard store: N candidates × K interviewers over the rubrics, deterministic from a seed.",
            discussion: """
                Every scorecard is submitted, pinned to its rubric's hash and sealed, with n/a ratings, evidence \
                from the rubric's anchors, disagreements, knock-outs and interviewers' own recommendations. \
                The same options give the same files. See BENCHMARKS.md.

                EXAMPLES:
                  hirescore dev generate-store --candidates 1000 --output /tmp/bench-store
                  hirescore dev generate-store --candidates 10000 --seed 7 \\
                      --output /tmp/big-store
                """
        )

        @OptionGroup var options: GlobalOptions

        @Option(help: "The number of candidates.")
        var candidates: Int

        @Option(help: "The panel size: scorecards per candidate (3 to 5).")
        var interviewers = 4

        @Option(help: "The seed of every random choice.")
        var seed: UInt64 = 1

        @Option(help: ArgumentHelp("About how many candidates share one requisition.", valueName: "n"))
        var perRequisition = 250

        @Option(
            help: ArgumentHelp(
                "The folder to write the store to (created; existing files of the same name are replaced).",
                valueName: "dir"))
        var output: String

        func validate() throws {
            guard (1...1_000_000).contains(candidates) else {
                throw ValidationError("--candidates must be from 1 to 1000000")
            }
            guard SyntheticStore.Configuration.panelSizes.contains(interviewers) else {
                throw ValidationError("--interviewers must be 3, 4 or 5")
            }
            guard (1...1_000_000).contains(perRequisition) else {
                throw ValidationError("--per-requisition must be from 1 to 1000000")
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
