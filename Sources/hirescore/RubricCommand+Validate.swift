import ArgumentParser
import CommandKit
import Foundation
import ScoringCore

extension HireScoreCommand.Rubric {
    /// `hirescore rubric validate`: check rubric files like a compiler checks code.
    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "validate",
            abstract: "Check rubric files and report every problem with file, line and column.",
            discussion: """
                Checks YAML syntax, the rubric format, references between requirements and criteria, \
                and each section's scoring-module configuration. Exits 0 when there are no errors, 1 when \
                there are (with --strict, warnings count as errors too). The text is in --lang; --format plain \
                (FILE:LINE:COLUMN: error: MESSAGE [CODE], one line each) and --format github (workflow \
                annotations) keep the keywords error, warning and note in English for editors and CI, whatever \
                the language of the messages.

                EXAMPLES:
                  hirescore rubric validate
                  hirescore rubric validate --strict rubrics/claims-handler.yaml
                  hirescore rubric validate --format github --strict
                """
        )

        @OptionGroup var options: GlobalOptions

        @Flag(help: "Fail on warnings as well as errors.")
        var strict = false

        @Option(
            help: ArgumentHelp(
                "The output format: text (for people, in --lang), json, plain (one line per problem with English keywords, for editors) or github (workflow annotations).",
                valueName: "format"))
        var format: DiagnosticsFormat = .text

        /// How the diagnostics are written.
        enum DiagnosticsFormat: String, ExpressibleByArgument, CaseIterable {
            case text, json, plain, github
        }

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
            case .plain:
                Terminal.standardOutput.write(DiagnosticLines.plain(diagnostics, language: options.language))
            case .github:
                Terminal.standardOutput.write(DiagnosticLines.github(diagnostics, language: options.language))
            }
            // Validating no file at all is not a success: a wrong folder must not pass CI.
            let failed =
                diagnostics.hasErrors || (strict && diagnostics.count(of: .warning) > 0) || result.files.isEmpty
            if failed { throw ExitCode(1) }
        }
    }
}
