import BuiltInModules
import ScoringCore
import Testing

/// Every example in every built-in module's documentation is a test: it must give the result it states.
struct ModuleExamplesTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let module: any ScoringModule
        let example: ModuleExample
        var testDescription: String { "\(module.id): \(example.title.text(in: "en"))" }
    }

    static let cases: [Case] = BuiltInModules.all.flatMap { module in
        module.documentation.examples.map { Case(module: module, example: $0) }
    }

    @Test(arguments: cases)
    func exampleGivesItsStatedResult(_ testCase: Case) throws {
        let example = testCase.example
        let result = try example.run(with: testCase.module)
        let location = SourceLocation(
            fileID: "ScoringModules/\(example.file.split(separator: "/").last ?? "")",
            filePath: example.file, line: example.line, column: 1)
        for problem in example.mismatches(in: result) {
            Issue.record(
                "\(testCase.module.id) example '\(example.title.text(in: "en"))': \(problem)", sourceLocation: location)
        }
    }

    /// Without explanations (each rater's own result in a panel, issue 20) a module gives the same result apart from
    /// the explanation, which is empty.
    @Test(arguments: cases)
    func exampleWithoutExplanationGivesTheSameResult(_ testCase: Case) throws {
        let example = testCase.example
        let (section, rubric) = try example.context(for: testCase.module)
        let explained = testCase.module.score(
            section, in: rubric, ratings: SectionRatings(ratings: example.ratings, observations: example.observations))
        var unexplained = testCase.module.score(
            section, in: rubric,
            ratings: SectionRatings(ratings: example.ratings, observations: example.observations, explains: false))
        #expect(!explained.explanation.isEmpty)
        #expect(unexplained.explanation.isEmpty)
        unexplained.explanation = explained.explanation
        #expect(unexplained == explained)
    }

    @Test func everyBuiltInModuleHasExamplesAndDocumentation() {
        for module in BuiltInModules.all {
            #expect(module.documentation.examples.count >= 4, "\(module.id) needs worked examples")
            #expect(!module.documentation.summary.text(in: "de").isEmpty)
            #expect(!module.documentation.rationale.text(in: "en").isEmpty)
            #expect(module.documentation.summary.text(in: "de") != module.documentation.summary.text(in: "en"))
        }
    }

    @Test func aWrongExpectationIsReported() throws {
        let module = BuiltInModules.all[0]
        var example = module.documentation.examples[0]
        example.expectedScore = 1.23
        example.expectedKnockOuts = ["red-flag"]
        let result = try example.run(with: module)
        #expect(
            example.mismatches(in: result) == ["score 4.0, expected 1.23", "knock-outs [], expected [\"red-flag\"]"])
    }
}
