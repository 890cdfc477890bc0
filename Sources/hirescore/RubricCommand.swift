import ArgumentParser
import CommandKit

extension HireScoreCommand {
    /// `hirescore rubric`: validate, list and show rubrics.
    struct Rubric: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "rubric",
            abstract: "Validate, list and show rubrics.",
            subcommands: [Validate.self, List.self, Show.self, LintBuildCommand.self]
        )
    }
}
