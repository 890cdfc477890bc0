import YAML

extension ModuleExample {
    /// A problem with an example itself (its section YAML does not read), located at the example.
    public struct ExampleError: Error, Sendable, CustomStringConvertible {
        /// What is wrong.
        public var message: String
        /// `file:line: message`.
        public var description: String { message }
    }

    /// Runs the example through `module` and returns the section result.
    ///
    /// The example's section is read from ``sectionYAML`` (criteria need only `id`, and optionally
    /// `weight` and `title`), placed in a rubric on the default 1..5 scale, validated by the module
    /// and scored. Module authors use this to test their own examples.
    public func run(with module: any ScoringModule) throws -> SectionResult {
        let (section, rubric) = try context(for: module)
        return module.score(
            section, in: rubric, ratings: SectionRatings(ratings: ratings, observations: observations))
    }

    /// The example's section, validated by `module`, in a rubric of its own on the default 1..5 scale, with the
    /// observations the module declares for it: what ``run(with:)`` scores, and what generated docs describe.
    public func context(for module: any ScoringModule) throws -> (RubricSection, Rubric) {
        let root: YAMLNode
        do {
            root = try YAMLReader().read(sectionYAML)
        } catch {
            throw ExampleError(message: "\(file):\(line): the example's section is not valid YAML: \(error)")
        }
        var decoder = NodeDecoder(file: "\(file):\(line)", languages: [])
        var criteria: [Criterion] = []
        for item in root["criteria"]?.sequence ?? [] {
            guard let id = item["id"]?.scalar?.text else { continue }
            let weight = (try? item["weight"]?.decimal()) ?? 1
            let title = item["title"].flatMap { decoder.readLocalizedText($0, key: "title") } ?? LocalizedText(id)
            criteria.append(Criterion(id: id, title: title, weight: weight, measures: [], questions: [], anchors: [:]))
        }
        let section = RubricSection(
            id: root["id"]?.scalar?.text ?? module.id, moduleID: module.id,
            title: root["title"].flatMap { decoder.readLocalizedText($0, key: "title") } ?? module.name,
            weight: (try? root["weight"]?.decimal()) ?? 1, configuration: root["config"], criteria: criteria)
        let rubric = Rubric(
            id: "example", version: 1, languages: ["de", "en"], title: LocalizedText("Example"),
            description: LocalizedText("Example"), roleFamily: "example", owner: "example",
            effectiveFrom: Self.exampleDate,
            scale: .standard, requirements: [], sections: [section],
            decision: DecisionRules(noFrom: 2.5, yesFrom: 3.3, strongYesFrom: 4.2, minimumCoverage: 0.75),
            hash: "", sourcePath: "\(file):\(line)")
        module.validate(section, in: rubric, decoder: &decoder)
        if decoder.hasErrors {
            let messages = decoder.diagnostics.filter { $0.severity == .error }.map { $0.message.text(in: "en") }
            throw ExampleError(
                message: "\(file):\(line): the example's section does not validate: \(messages.joined(separator: "; "))"
            )
        }
        var declared = section
        declared.observations = module.observations(for: section, in: rubric)
        var withObservations = rubric
        withObservations.sections = [declared]
        return (declared, withObservations)
    }

    private static var exampleDate: CalendarDate {
        guard let date = CalendarDate(year: 2026, month: 1, day: 1) else {
            preconditionFailure("2026-01-01 is a valid date")
        }
        return date
    }

    /// The ways the result differs from what the example states (empty when it matches).
    public func mismatches(in result: SectionResult) -> [String] {
        var problems: [String] = []
        let rounded = result.score.map { ($0 * 100).rounded() / 100 }
        if rounded != expectedScore {
            problems.append(
                "score \(rounded.map { String($0) } ?? "none"), expected \(expectedScore.map { String($0) } ?? "none")")
        }
        let knockOuts = result.knockOuts.map(\.code)
        if knockOuts != expectedKnockOuts {
            problems.append("knock-outs \(knockOuts), expected \(expectedKnockOuts)")
        }
        let flags = result.flags.map(\.code)
        if flags != expectedFlags {
            problems.append("flags \(flags), expected \(expectedFlags)")
        }
        return problems
    }
}
