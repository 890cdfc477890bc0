import ArgumentParser
import CommandKit
import Foundation
import ScoringCore

/// The `hirescore` command: structured interviews for back-office hiring.
@main
struct HireScoreCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        var configuration = CommandConfiguration(
            commandName: "hirescore",
            abstract: HireScoreHelp.abstract.helpText,
            discussion: HireScoreHelp.discussion.helpText,
            version: HireScoreVersion.number,
            subcommands: [
                Rubric.self, Modules.self, Enter.self, Score.self, Verify.self, Merge.self, Status.self, Rank.self,
                Calibrate.self, DocsCommand.self, Decide.self, Hold.self, Purge.self, Export.self, Audit.self,
                Keys.self,
                Store.self,
                Cache.self,
                Dev.self,
            ]
        )
        // Only while a parse that renders no help runs (CommandRunner.parse): the parser then leaves out its check
        // for a completion-script request.
        if CommandRunner.skipsCompletionCheck { configuration._superCommandName = "hirescore" }
        return configuration
    }

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
        let language = HelpLanguage.decided(arguments: arguments, environment: ProcessInfo.processInfo.environment)
        let suggestion = Identifier.closest(to: first, among: commands)
        CommandRunner.report(
            CommandFailure(
                CommandMessages.unknownCommand(first, suggestion: suggestion, commands: commands), language: language,
                exitCode: 2))
        Foundation.exit(2)
    }
}
