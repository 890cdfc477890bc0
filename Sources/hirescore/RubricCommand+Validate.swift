import ArgumentParser
import CommandKit
import Foundation
import ScoringCore

extension HireScoreCommand.Rubric {
    /// `hirescore rubric validate`: check rubric files like a compiler checks code.
    struct Validate: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "validate",
                abstract: RubricCommandHelp.validateAbstract.helpText,
                discussion: RubricCommandHelp.validateDiscussion.helpText
            )
        }

        @OptionGroup var options: GlobalOptions

        @Flag(help: ArgumentHelp(RubricCommandHelp.validateStrict))
        var strict = false

        @Option(
            help: ArgumentHelp(
                RubricCommandHelp.validateFormat,
                valueName: "format"))
        var format: DiagnosticsFormat = .text

        /// How the diagnostics are written.
        enum DiagnosticsFormat: String, ExpressibleByArgument, CaseIterable {
            case text, json, plain, github
        }

        @Argument(help: ArgumentHelp(RubricCommandHelp.validatePaths, valueName: "path"))
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
