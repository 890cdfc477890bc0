import ArgumentParser
import Foundation
import ScoringCore

/// Options every command that reads rubrics shares: where rubrics are, and the interface language.
package struct GlobalOptions: ParsableArguments {
    /// Options as parsed (ArgumentParser fills them in).
    package init() {}

    /// Options with a rubric folder given in code (nil: $HIRESCORE_RUBRICS, else ./rubrics).
    package init(rubrics: String?) {
        self.rubrics = rubrics
    }

    @Option(
        name: .long,
        help: ArgumentHelp("The folder of rubrics (default: $HIRESCORE_RUBRICS, else ./rubrics).", valueName: "dir"))
    package var rubrics: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The language of the output: de or en (default: from the locale, else en).", valueName: "lang"))
    package var lang: Language?

    /// The language asked for, else the locale's.
    package var language: Language { lang ?? Language.fromEnvironment() }

    /// The rubric folder: --rubrics, else $HIRESCORE_RUBRICS, else ./rubrics.
    package var rubricFolder: String {
        if let rubrics { return rubrics }
        if let fromEnvironment = ProcessInfo.processInfo.environment["HIRESCORE_RUBRICS"], !fromEnvironment.isEmpty {
            return fromEnvironment
        }
        return "rubrics"
    }

    /// Loads every rubric of the rubric folder with the built-in modules.
    package func loadRubrics() -> RubricLoader.Result {
        RubricLoader(registry: HireScoreModules.registry).load(paths: [rubricFolder])
    }
}

extension Language: ExpressibleByArgument {}
