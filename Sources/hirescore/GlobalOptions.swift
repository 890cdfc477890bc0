import ArgumentParser
import Foundation
import ScoringCore

/// Options every command that reads rubrics shares: where rubrics are, and the interface language.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The folder of rubrics (default: $HIRESCORE_RUBRICS, else ./rubrics).", valueName: "dir"))
    var rubrics: String?

    @Option(name: .long, help: ArgumentHelp("The language of the output: de or en (default: from the locale, else en).", valueName: "lang"))
    var lang: Language?

    /// The language asked for, else the locale's.
    var language: Language { lang ?? Language.fromEnvironment() }

    /// The rubric folder: --rubrics, else $HIRESCORE_RUBRICS, else ./rubrics.
    var rubricFolder: String {
        if let rubrics { return rubrics }
        if let fromEnvironment = ProcessInfo.processInfo.environment["HIRESCORE_RUBRICS"], !fromEnvironment.isEmpty {
            return fromEnvironment
        }
        return "rubrics"
    }

    /// Loads every rubric of the rubric folder with the built-in modules.
    func loadRubrics() -> RubricLoader.Result {
        RubricLoader(registry: HireScoreModules.registry).load(paths: [rubricFolder])
    }
}

extension Language: ExpressibleByArgument {}

/// An output format: readable text or JSON for scripts.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    case text
    case json
}
