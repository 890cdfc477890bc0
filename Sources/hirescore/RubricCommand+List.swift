import ArgumentParser
import CommandKit
import Foundation
import ScoringCore

extension HireScoreCommand.Rubric {
    /// `hirescore rubric list`: the rubrics of the rubric folder.
    struct List: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "list",
                abstract: RubricCommandHelp.listAbstract.helpText,
                discussion: RubricCommandHelp.listDiscussion.helpText
            )
        }

        @OptionGroup var options: GlobalOptions

        @Option(help: ArgumentHelp(RubricCommandHelp.listFormat))
        var format: OutputFormat = .text

        func run() throws {
            let result = options.loadRubrics()
            let language = options.language
            let rubrics = result.rubrics.sorted { ($0.id, $0.version) < ($1.id, $1.version) }
            switch format {
            case .text:
                let header = RubricCommandMessages.columns.map { $0.text(in: language) }
                let rows = rubrics.map { rubric in
                    [
                        rubric.id, String(rubric.version), rubric.title.text(in: language.rawValue),
                        rubric.languages.joined(separator: ","), String(rubric.hash.prefix(19)),
                    ]
                }
                Terminal.standardOutput.write(TextTable.render(header: header, rows: rows))
                if rubrics.isEmpty {
                    Terminal.standardOutput.write(
                        RubricCommandMessages.noRubrics(in: options.rubricFolder).text(in: language) + "\n")
                }
            case .json:
                struct Entry: Encodable {
                    let id: String
                    let version: Int
                    let title: String
                    let languages: [String]
                    let hash: String
                    let file: String
                }
                struct Document: Encodable {
                    let schema = "hirescore/rubric-list@1"
                    let rubrics: [Entry]
                }
                let entries = rubrics.map {
                    Entry(
                        id: $0.id, version: $0.version, title: $0.title.text(in: language.rawValue),
                        languages: $0.languages,
                        hash: $0.hash, file: $0.sourcePath)
                }
                Terminal.standardOutput.write(JSONText.encode(Document(rubrics: entries)) + "\n")
            }
            try reportLoadProblems(result, language: language)
        }
    }
}

/// Prints the errors of rubric files that did not load to standard error and fails, so that a broken
/// rubric is never silently missing from a listing.
func reportLoadProblems(_ result: RubricLoader.Result, language: Language) throws {
    let errors = result.diagnostics.filter { $0.severity == .error }
    guard !errors.isEmpty else { return }
    let printer = DiagnosticPrinter(
        language: language, useColor: Terminal.standardError.supportsColor, sources: result.sources)
    Terminal.standardError.write(printer.render(errors, fileCount: result.files.count))
    Terminal.standardError.write(
        CommandMessages.note.text(in: language) + RubricCommandMessages.rubricsWithErrorsMissing.text(in: language)
            + "\n")
    throw ExitCode(1)
}
