import BuiltInModules
import ScoringCore
import Testing
import YAML

/// A module defined only here, outside HireScore's sources: it scores a section by its weakest
/// rating ("a chain is as strong as its weakest link") and flags anything below a configured level.
struct WeakestLinkModule: ScoringModule {
    let id = "weakest-link"
    let name = LocalizedText(en: "Weakest link", de: "Schwächstes Glied")
    var documentation: ModuleDocumentation {
        ModuleDocumentation(
            summary: .init(
                en: "Scores a section by its lowest rating.",
                de: "Bewertet einen Abschnitt nach seiner niedrigsten Bewertung."),
            rationale: .init(
                en: "For duties where one gap is decisive.", de: "Für Aufgaben, bei denen eine Lücke entscheidet."),
            scoring: .init(
                en: "The lowest rated level; below 'alarm' is a knock-out.",
                de: "Die niedrigste Bewertung; unter 'alarm' ein K.-o."),
            examples: [
                ModuleExample(
                    .init(en: "lowest counts", de: "die niedrigste zählt"),
                    section: "id: x\ncriteria: [{id: p}, {id: q}]\nconfig: {alarm: 2}",
                    ratings: ["p": .level(4), "q": .level(2)], expectedScore: 2)
            ])
    }

    private func alarm(_ section: RubricSection, decoder: inout NodeDecoder) -> Int {
        guard let node = section.configuration else { return 1 }
        var reader = MappingReader(
            node,
            context: .init(
                en: "the config of section '\(section.id)'", de: "der Konfiguration von Abschnitt '\(section.id)'"),
            decoder: &decoder)
        let level = reader.required("alarm", decoder: &decoder, example: "2").flatMap {
            decoder.readInteger($0, key: "alarm")
        }
        reader.finish(&decoder)
        return level ?? 1
    }

    func validate(_ section: RubricSection, in rubric: Rubric, decoder: inout NodeDecoder) {
        _ = alarm(section, decoder: &decoder)
    }

    func score(_ section: RubricSection, in rubric: Rubric, ratings: SectionRatings) -> SectionResult {
        var scratch = NodeDecoder(file: rubric.sourcePath)
        let alarm = alarm(section, decoder: &scratch)
        let levels = section.criteria.compactMap { ratings.rating(of: $0.id).level }
        var result = SectionResult(
            sectionID: section.id, moduleID: id, score: levels.min().map(Double.init),
            ratedCount: levels.count, criterionCount: section.criteria.count)
        if let lowest = levels.min(), lowest < alarm {
            result.knockOuts.append(
                Finding(
                    code: "below-alarm",
                    message: .init(
                        en: "lowest rating \(lowest) below \(alarm)",
                        de: "niedrigste Bewertung \(lowest) unter \(alarm)")))
        }
        return result
    }
}

struct ThirdPartyModuleTests {
    let registry = ModuleRegistry(BuiltInModules.all + [WeakestLinkModule()])

    @Test func hostValidatesLoadsAndRunsAModuleDefinedOutsideHireScore() throws {
        let rubric = try Fixtures.rubric("third-party-rubric.yaml", registry: registry)
        #expect(rubric.sections.map(\.moduleID) == ["customer-orientation", "weakest-link"])
        let scorecard = Scorecard(
            rubricID: rubric.id, rubricVersion: 1, candidate: "c-7", interviewer: "Tester",
            entries: ["a": .init(rating: .level(4)), "p": .init(rating: .level(5)), "q": .init(rating: .level(1))])
        let result = ScoringHost(registry: registry).score(scorecard, rubric: rubric)
        #expect(result.sections.map(\.score) == [4, 1])
        #expect(result.knockOuts.map(\.finding.code) == ["below-alarm"])
        // (50×4 + 50×1) / 100 = 2.5, capped at no by the knock-out (it is "no" already).
        #expect(result.overallScore == 2.5)
        #expect(result.recommendation == .no)
    }

    @Test func theModulesOwnExamplesRunThroughTheSameMachinery() throws {
        let module = WeakestLinkModule()
        for example in module.documentation.examples {
            #expect(example.mismatches(in: try example.run(with: module)).isEmpty)
        }
    }

    @Test func theModuleValidatesItsOwnConfiguration() {
        let text = """
            id: broken
            version: 1
            languages: [en]
            title: Broken
            description: Broken
            role-family: testing
            owner: tests
            effective-from: 2026-01-01
            requirements: [{id: r, text: R}]
            sections:
              - id: wl
                module: weakest-link
                title: Weakest
                weight: 1
                config: {alarm: high, extra: 1}
                criteria: [{id: p, title: P, measures: [r], questions: [{text: Q}], anchors: {1: a, 2: b, 3: c, 4: d, 5: e}}]
            decision: {thresholds: {no: 2, yes: 3, strong-yes: 4}, minimum-coverage: 0.5, rationale: R}
            """
        let result = RubricLoader(registry: registry).load(text: text, path: "broken.yaml")
        #expect(
            result.diagnostics.map { $0.header(in: .en) } == [
                "broken.yaml:11:5: warning: section 'wl' has 1 criterion; 3 to 6 are usual",
                "broken.yaml:15:21: error: 'alarm' must be a whole number, found 'high'",
                "broken.yaml:15:27: error: unknown key 'extra' in the config of section 'wl'",
            ])
    }

    @Test func withoutRegistrationTheModuleIsUnknownAndTheKnownOnesAreListed() {
        let result = RubricLoader(registry: BuiltInModules.registry).load(paths: [
            Fixtures.path("third-party-rubric.yaml")
        ])
        let headers = result.diagnostics.filter { $0.severity == .error }.map { $0.header(in: .en) }
        #expect(headers.count == 1)
        #expect(
            headers.first?.hasSuffix(
                "error: unknown scoring module 'weakest-link'; known modules: "
                    + BuiltInModules.all.map(\.id).joined(separator: ", ")) == true)
        #expect(result.rubrics.isEmpty)
    }
}
