import ArgumentParser
import CommandKit

/// The tool the SwiftPM plugins run: `docs` for `generate-rubric-docs` and `lint-build` for RubricLint, the same
/// commands as in `hirescore`, in a binary without the stores, reports or the database client, so that a package
/// using the plugins builds only what rubrics and their documents need.
@main
struct RubricToolCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "hirescore-rubric-tool",
            abstract: CommandKitHelp.rubricToolAbstract.helpText,
            discussion: CommandKitHelp.rubricToolDiscussion.helpText,
            version: HireScoreVersion.number,
            subcommands: [DocsCommand.self, LintBuildCommand.self]
        )
    }

    /// Parses the arguments and runs the command, with HireScore's exit codes.
    static func main() {
        CommandRunner.run(self, arguments: Array(CommandLine.arguments.dropFirst()))
    }
}
