import BuiltInModules
import Foundation
import ScoringCore

/// Loads the rubric fixtures beside the tests and renders their diagnostics.
enum RubricFixtures {
    /// The `Fixtures` folder copied into the test bundle.
    static var folder: String {
        guard let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
            fatalError("the Fixtures folder is missing from the test bundle")
        }
        return url.path
    }

    /// The absolute path of a fixture, e.g. `rubrics/unknown-key.yaml`.
    static func path(_ relative: String) -> String {
        folder + "/" + relative
    }

    /// The text of a fixture.
    static func text(_ relative: String) throws -> String {
        try String(contentsOfFile: path(relative), encoding: .utf8)
    }

    /// The root of the package (the folder holding Package.swift), found from this file's path.
    static var packageRoot: String {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // ScoringCoreTests
            .deletingLastPathComponent()  // Tests
            .deletingLastPathComponent()  // package root
            .path
    }

    /// A loader for the built-in modules.
    static let loader = RubricLoader(registry: BuiltInModules.registry)

    /// Loads files or folders.
    static func load(_ paths: [String]) -> Loaded {
        Loaded(result: loader.load(paths: paths))
    }

    /// Loads one fixture file by its path relative to `Fixtures`.
    static func load(_ relative: String) -> Loaded {
        load([path(relative)])
    }

    /// Loads rubric text; `path` names it in diagnostics.
    static func load(text: String, path: String) -> Loaded {
        Loaded(result: loader.load(text: text, path: path))
    }

    /// The result of a load, with its diagnostics sorted by place.
    struct Loaded {
        let result: RubricLoader.Result

        /// The diagnostics sorted by file, line and column, without `criteria-per-section`: the fixtures are
        /// minimal rubrics with one or two criteria per section, below the usual 3 to 6, and the tests that use
        /// them are about other diagnostics. That warning is checked in `AuthoringChecksTests` (through
        /// `result.diagnostics`, which holds every diagnostic).
        var diagnostics: [Diagnostic] {
            result.diagnostics.filter { $0.code != .criteriaPerSection }.sortedByLocation()
        }
        /// The code of each diagnostic, in order.
        var codes: [String] { diagnostics.map(\.code.rawValue) }
        /// The severity of each diagnostic, in order.
        var severities: [Diagnostic.Severity] { diagnostics.map(\.severity) }

        /// Every diagnostic rendered as the CLI prints it, one after the other.
        func rendered(in language: Language = .en) -> String {
            let printer = DiagnosticPrinter(language: language, sources: result.sources)
            return diagnostics.map { printer.render($0) }.joined()
        }
    }
}
