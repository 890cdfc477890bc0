import ArgumentParser
import CommandKit

extension HireScoreCommand {
    /// `hirescore rubric`: validate, list and show rubrics.
    struct Rubric: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "rubric",
            abstract: "Validate, list and show rubrics.",
            discussion: """
                EXAMPLES:
                  hirescore rubric validate --strict
                  hirescore rubric list
                  hirescore rubric show claims-handler --lang de
                """,
            subcommands: [Validate.self, List.self, Show.self, LintBuildCommand.self]
        )
    }
}
