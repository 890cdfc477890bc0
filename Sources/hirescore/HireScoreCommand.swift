import ArgumentParser
import CommandKit
import Foundation
import ScoringCore

/// The `hirescore` command: structured interviews for back-office hiring.
@main
struct HireScoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hirescore",
        abstract: "Structured, fair, documented interviews for back-office roles.",
        discussion: """
            Rubrics are YAML files (default folder: ./rubrics, or --rubrics DIR, or $HIRESCORE_RUBRICS). \
            Texts are shown in --lang de|en (default from the locale, else English). \
            Colour is used only on a terminal and never when NO_COLOR is set.
            Exit codes: 0 success, 1 problems found or an error, 2 wrong usage.
            Help is in English; German documentation: docs/de/kurzanleitung.md (a short guide to every step), the \
            interviewer guides per rubric in docs/rubrics/RUBRIC/guide.de.md.

            EXAMPLES:
              hirescore rubric validate --strict
              hirescore enter --rubric claims-handler --candidate c-104 \\
                  --interviewer "Anna Schmidt"
              hirescore merge scorecards/claims-2026-01 --format html -o debrief.html
              hirescore verify --store scorecards
            """,
        version: HireScoreVersion.number,
        subcommands: [
            Rubric.self, Modules.self, Enter.self, Score.self, Verify.self, Merge.self, Status.self, Rank.self,
            Calibrate.self, DocsCommand.self, Decide.self, Hold.self, Purge.self, Export.self, Audit.self, Keys.self,
            Store.self,
            Dev.self,
        ]
    )

    /// Parses the arguments and runs the command, mapping wrong usage to exit code 2 and errors to 1.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        refuseUnknownCommand(arguments)
        CommandRunner.run(self, arguments: arguments)
    }
}

extension HireScoreCommand {
    /// A first word that names no command ends with "unknown command 'mrege'; did you mean 'merge'?" and
    /// exit status 2, instead of the parser's "2 unexpected arguments".
    static func refuseUnknownCommand(_ arguments: [String]) {
        guard let first = arguments.first, !first.hasPrefix("-") else { return }
        let commands = configuration.subcommands.map { $0._commandName }
        guard !commands.contains(first), first != "help" else { return }
        let language =
            arguments.firstIndex(of: "--lang").flatMap { index in
                arguments.indices.contains(index + 1) ? Language(rawValue: arguments[index + 1]) : nil
            } ?? Language.fromEnvironment()
        let suggestion = Identifier.closest(to: first, among: commands)
        CommandRunner.report(
            CommandFailure(
                CommandMessages.unknownCommand(first, suggestion: suggestion, commands: commands), language: language,
                exitCode: 2))
        Foundation.exit(2)
    }
}
