import ArgumentParser
import CommandKit
import Reporting
import ScoringCore

extension HireScoreCommand.Rubric {
    /// `hirescore rubric show ID`: a readable outline of one rubric.
    struct Show: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "show",
                abstract: RubricCommandHelp.showAbstract.helpText,
                discussion: RubricCommandHelp.showDiscussion.helpText
            )
        }

        @OptionGroup var options: GlobalOptions

        @Argument(
            help: ArgumentHelp(
                RubricCommandHelp.showId, valueName: "id"))
        var id: String

        func run() throws {
            let result = options.loadRubrics()
            let language = options.language
            let parts = id.split(separator: "@", maxSplits: 1).map(String.init)
            let wantedID = parts.first ?? id
            let wantedVersion = parts.count > 1 ? Int(parts[1]) : nil
            let matches = result.rubrics.filter {
                $0.id == wantedID && (wantedVersion == nil || $0.version == wantedVersion)
            }
            guard let rubric = matches.max(by: { $0.version < $1.version }) else {
                // A rubric whose file has errors is not loaded: show those errors, or it looks as if it did not exist.
                let loadErrors = result.diagnostics.filter { $0.severity == .error }
                if !loadErrors.isEmpty {
                    let printer = DiagnosticPrinter(
                        language: language, useColor: Terminal.standardError.supportsColor, sources: result.sources)
                    Terminal.standardError.write(printer.render(loadErrors, fileCount: result.files.count))
                }
                let known = Array(Set(result.rubrics.map(\.id))).sorted()
                throw CommandFailure(
                    CommandMessages.unknownRubric(id, folder: options.rubricFolder, known: known), language: language)
            }
            if !rubric.languages.contains(language.rawValue) {
                Terminal.standardError.write(
                    CommandMessages.note.text(in: language)
                        + RubricCommandMessages.noTextsInLanguage(showing: rubric.languages.first).text(in: language)
                        + "\n")
            }
            Terminal.standardOutput.write(
                RubricOutline(language: language, registry: HireScoreModules.registry).render(rubric))
        }
    }
}
