import YAML

/// Reads a scorecard's module observations: `observations: {SECTION: {ID: VALUE}}`, and the top-level key a
/// module keeps for its section's observations (``RubricSection/scorecardKey``, as cards written before
/// module-keyed observations have them), each value checked against its section's declaration.
enum ObservationReading {
    /// The observations by section and id, and the sections read from a module's own key; problems go to
    /// `decoder` at their line and column. Without a rubric nothing can be checked, and nothing is read.
    static func read(_ top: inout MappingReader, rubric: Rubric?, known: [Rubric], decoder: inout NodeDecoder) -> (
        [String: [String: ObservationValue]], [String: String]
    ) {
        var observations: [String: [String: ObservationValue]] = [:]
        var keys: [String: String] = [:]
        guard let rubric else {
            // The rubric is unknown (already an error): the keys the known rubrics' modules keep are not reported
            // as unknown on top of it.
            for key in Set(known.flatMap(\.sections).compactMap(\.scorecardKey)) { _ = top.optional(key) }
            return (observations, keys)
        }
        for section in rubric.sections {
            guard let key = section.scorecardKey, let node = top.optional(key) else { continue }
            keys[section.id] = key
            observations[section.id] = readSection(node, section: section, key: key, decoder: &decoder)
        }
        guard let node = top.optional("observations") else { return (observations, keys) }
        let reader = MappingReader(
            node, context: CommonMessages.keyContext("observations"), decoder: &decoder,
            checkUnknownKeys: false)
        for pair in reader.pairs {
            guard let id = pair.key.scalar?.text else { continue }
            guard let section = rubric.sections.first(where: { $0.id == id }), !section.observations.isEmpty,
                keys[id] == nil
            else {
                let candidates = rubric.sections.filter { !$0.observations.isEmpty }.map(\.id)
                decoder.error(
                    .unknownSection, ObservationMessages.unknownSection(id, rubric: rubric.reference),
                    at: pair.key.location,
                    hint: Identifier.closest(to: id, among: candidates).map(CommonMessages.didYouMean))
                continue
            }
            observations[id] = readSection(pair.value, section: section, key: "observations.\(id)", decoder: &decoder)
        }
        return (observations, keys)
    }

    private static func readSection(
        _ node: YAMLNode, section: RubricSection, key: String, decoder: inout NodeDecoder
    ) -> [String: ObservationValue] {
        var values: [String: ObservationValue] = [:]
        let reader = MappingReader(
            node, context: CommonMessages.keyContext(key), decoder: &decoder, checkUnknownKeys: false)
        for pair in reader.pairs {
            guard let id = pair.key.scalar?.text else { continue }
            guard let request = section.observation(id) else {
                decoder.error(
                    .unknownObservation, ObservationMessages.unknownObservation(id, section: section.id),
                    at: pair.key.location,
                    hint: Identifier.closest(to: id, among: section.observations.map(\.id)).map(
                        CommonMessages.didYouMean)
                        ?? ScorecardMessages.sectionObservations(section.observations.map(\.id)))
                continue
            }
            guard let text = decoder.readText(pair.value, key: "\(key).\(id)") else { continue }
            do {
                values[id] = try request.value(parsing: text)
            } catch {
                decoder.error(error.code, error.message, at: pair.value.location, hint: error.hint)
            }
        }
        return values
    }
}
