import ArgumentParser
import CommandKit

extension HireScoreCommand {
    /// `hirescore rubric`: validate, list and show rubrics.
    struct Rubric: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "rubric",
                abstract: RubricCommandHelp.rubricAbstract.helpText,
                discussion: RubricCommandHelp.rubricDiscussion.helpText,
                subcommands: [Validate.self, List.self, Show.self, LintBuildCommand.self]
            )
        }
    }
}
