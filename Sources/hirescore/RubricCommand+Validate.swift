import ArgumentParser
import Foundation
import ScoringCore

extension HireScoreCommand.Rubric {
    /// `hirescore rubric validate`: check rubric files like a compiler checks code.
    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check rubric files and report every problem with file, line and column.",
            discussion: """
                Checks YAML syntax, the rubric format, references between requirements and criteria, \
                and each section's scoring-module configuration. Exits 0 when there are no errors, 1 when \
                there are (with --strict, warnings count as errors too).

                EXAMPLES:
                  hirescore rubric validate
                  hirescore rubric validate --strict rubrics/claims-handler.yaml
                """
        )

        @OptionGroup var options: GlobalOptions

        @Flag(help: "Fail on warnings as well as errors.")
        var strict = false

        @Option(help: "The output format: text or json.")
        var format: OutputFormat = .text

        @Argument(help: ArgumentHelp("Rubric files or folders (default: the rubric folder).", valueName: "path"))
        var paths: [String] = []

        func run() throws {
            let targets = paths.isEmpty ? [options.rubricFolder] : paths
            let result = RubricLoader(registry: HireScoreModules.registry).load(paths: targets)
            let diagnostics = result.diagnostics.sortedByLocation()
            switch format {
            case .text:
                let printer = DiagnosticPrinter(
                    language: options.language, useColor: Terminal.standardOutput.supportsColor,
                    sources: result.sources)
                Terminal.standardOutput.write(printer.render(diagnostics, fileCount: result.files.count))
            case .json:
                Terminal.standardOutput.write(
                    DiagnosticJSON.render(
                        diagnostics, fileCount: result.files.count,
                        language: options.language) + "\n")
            }
            // Validating no file at all is not a success: a wrong folder must not pass CI.
            let failed =
                diagnostics.hasErrors || (strict && diagnostics.count(of: .warning) > 0) || result.files.isEmpty
            if failed { throw ExitCode(1) }
        }
    }
}
