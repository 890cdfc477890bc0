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
        help: ArgumentHelp(CommandKitHelp.rubricFolder, valueName: "dir"))
    package var rubrics: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            CommandKitHelp.globalOptionsLang, valueName: "lang"))
    package var lang: Language?

    @Flag(
        name: .customLong("no-cache"),
        help: ArgumentHelp(CommandKitHelp.globalOptionsNoCache)
    )
    package var noCache = false

    /// The user's cache, unless --no-cache (or no cache folder is known).
    package var userCache: UserCache? { noCache ? nil : UserCache.standard() }

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

    /// The most scorecard files whose rubrics are looked up one by one; more load every rubric (a store names
    /// them all anyway).
    package static let selectiveRubricLimit = 64

    /// The rubrics that `files` (scorecards) name, loaded without the others where that is certain to be enough.
    ///
    /// Reads each file's `rubric:` id and version, then loads only the rubric files declaring those ids (see
    /// ``RubricLoader/load(paths:ids:)``). When a file's reference cannot be read, when there are more than
    /// ``selectiveRubricLimit`` files, or when a referenced rubric is not among those loaded (unknown, broken,
    /// another version), it loads every rubric, as ``loadRubrics()`` does. `complete` says whether every rubric
    /// was loaded: a caller that meets any problem with an incomplete catalogue runs again with ``loadRubrics()``,
    /// so that its diagnostics (the list of known rubrics, the rubric files' own errors) are those of the whole
    /// folder.
    ///
    /// The rubrics it needs come from the compiled-rubric cache (``RubricCache``) when their files' bytes were
    /// loaded before without any diagnostic by this build, unless `--no-cache`; ``loadRubrics()`` always parses
    /// every file.
    package func loadRubrics(forScorecards files: [String]) -> (catalog: RubricLoader.Result, complete: Bool) {
        guard !files.isEmpty, files.count <= Self.selectiveRubricLimit else { return (loadRubrics(), true) }
        var wanted: [(id: String, version: Int)] = []
        for file in files {
            guard let header = ScorecardHeader(path: file), let id = header.rubricID, let version = header.rubricVersion
            else { return (loadRubrics(), true) }
            wanted.append((id, version))
        }
        var loader = RubricLoader(registry: HireScoreModules.registry)
        loader.compiledCache = RubricCache(cache: userCache)
        let subset = loader.load(paths: [rubricFolder], ids: Set(wanted.map(\.id)))
        let found = Set(subset.rubrics.map(\.reference))
        guard wanted.allSatisfy({ found.contains("\($0.id)@\($0.version)") }) else { return (loadRubrics(), true) }
        return (subset, false)
    }
}

extension Language: ExpressibleByArgument {}
