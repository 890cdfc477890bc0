import BuiltInModules
import Foundation
import ScoringCore
import Testing

/// Fixture access for the scoring module tests.
enum Fixtures {
    static var folder: URL {
        guard let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
            fatalError("the Fixtures folder is missing from the test bundle")
        }
        return url
    }

    static func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    /// Loads a fixture rubric that must load without errors.
    static func rubric(_ name: String, registry: ModuleRegistry = BuiltInModules.registry) throws -> Rubric {
        let result = RubricLoader(registry: registry).load(paths: [path(name)])
        let errors = result.diagnostics.filter { $0.severity == .error }.map { $0.header(in: .en) }
        #expect(errors.isEmpty, "fixture \(name) does not load: \(errors)")
        return try #require(result.rubrics.first)
    }

    /// A scorecard for the host-test rubric with the given ratings.
    /// Languages are observations of the conversation-skills section `cs`, kept under `languages:`.
    static func scorecard(_ ratings: [String: Rating], languages: [String: String] = ["de": "C1"]) -> Scorecard {
        var scorecard = Scorecard(
            rubricID: "host-test", rubricVersion: 1, candidate: "c-1", interviewer: "Tester",
            entries: ratings.mapValues { Scorecard.Entry(rating: $0) },
            observations: languages.isEmpty ? [:] : ["cs": languages.mapValues { .level($0) }])
        scorecard.observationKeys = languages.isEmpty ? [:] : ["cs": "languages"]
        return scorecard
    }
}
