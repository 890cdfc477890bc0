import ScoringCore
import YAML

/// The `config` of a `work-sample` section: the task the candidate does, its time limit, the brief the
/// candidate is handed, the raters' script, whether raters score blind, and the must-pass criteria.
///
/// ```yaml
/// config:
///   task: {de: Ein Mahnschreiben an einen säumigen Kunden, en: A dunning letter to a customer in arrears}
///   time-limit-minutes: 20
///   blind: true
///   brief: {de: ..., en: ...}
///   script: {de: ..., en: ...}
///   must-pass:
///     amounts-correct: {level: 3, rationale: {de: ..., en: ...}}
///   variants:                      # optional: the task variants candidates may get
///     reminder-private: {de: Mahnung an eine Privatkundin, en: Reminder to a private customer}
///     reminder-business: {de: Mahnung an ein Unternehmen, en: Reminder to a business}
/// ```
package struct WorkSampleConfiguration: Sendable, Hashable {
    /// A criterion the product must reach a level in, whatever the rest.
    package struct MustPass: Sendable, Hashable {
        /// The level the criterion must reach.
        package var level: Int
        /// Why the job needs it (required: a must-pass criterion is a knock-out).
        package var rationale: LocalizedText?
    }

    /// What the candidate does, in one sentence.
    package var task: LocalizedText?
    /// The minutes the candidate has.
    package var timeLimitMinutes: Int?
    /// Whether the raters score the product without knowing the candidate's interview (default true).
    package var blind = true
    /// What the candidate is handed.
    package var brief: LocalizedText?
    /// The raters' script: what a good product contains, what to look for (never shown to the candidate).
    package var script: LocalizedText?
    /// The must-pass criteria by id.
    package var mustPass: [String: MustPass] = [:]
    /// The task variants candidates may get, in the order written (`variants:`); the interviewer records which
    /// one the candidate did.
    package var variants: [ObservationChoice] = []

    /// The longest time limit accepted, in minutes: a work sample is short by design.
    static let longestTimeLimit = 240

    /// Reads the configuration of `section`, reporting problems to `decoder`.
    package static func read(_ section: RubricSection, scale: RatingScale, decoder: inout NodeDecoder)
        -> WorkSampleConfiguration
    {
        var configuration = WorkSampleConfiguration()
        let context = ModuleMessages.configContext(section.id)
        guard let node = section.configuration, !(node.scalar?.isNull ?? false) else {
            decoder.error(
                .missingConfig,
                WorkSampleMessages.missingConfig(section.id), at: section.location, hint: WorkSampleMessages.addConfig)
            return configuration
        }
        var reader = MappingReader(node, context: context, decoder: &decoder)
        guard reader.isMapping else { return configuration }
        if let taskNode = reader.required(
            "task", decoder: &decoder, example: "{de: Ein Mahnschreiben, en: A dunning letter}")
        {
            configuration.task = decoder.readLocalizedText(taskNode, key: "task")
        }
        if let limitNode = reader.required("time-limit-minutes", decoder: &decoder, example: "20"),
            let minutes = decoder.readInteger(limitNode, key: "time-limit-minutes")
        {
            if (1...longestTimeLimit).contains(minutes) {
                configuration.timeLimitMinutes = minutes
            } else {
                decoder.error(
                    .invalidTimeLimit,
                    WorkSampleMessages.invalidTimeLimit(minutes, longest: longestTimeLimit), at: limitNode.location,
                    hint: WorkSampleMessages.workSampleIsShort)
            }
        }
        if let blindNode = reader.optional("blind"), let blind = decoder.readBoolean(blindNode, key: "blind") {
            configuration.blind = blind
        }
        if let briefNode = reader.required("brief", decoder: &decoder, example: "{de: ..., en: ...}") {
            configuration.brief = decoder.readLocalizedText(briefNode, key: "brief")
        }
        configuration.script = reader.optional("script").flatMap { decoder.readLocalizedText($0, key: "script") }
        if let mustPassNode = reader.optional("must-pass") {
            configuration.mustPass = readMustPass(mustPassNode, section: section, scale: scale, decoder: &decoder)
        }
        if let variantsNode = reader.optional("variants") {
            configuration.variants = readVariants(variantsNode, decoder: &decoder)
        }
        reader.finish(&decoder)
        return configuration
    }

    private static func readVariants(_ node: YAMLNode, decoder: inout NodeDecoder) -> [ObservationChoice] {
        let mapping = MappingReader(
            node, context: CommonMessages.keyContext("variants"), decoder: &decoder, checkUnknownKeys: false)
        if mapping.isMapping && mapping.pairs.isEmpty {
            decoder.error(.emptyVariants, WorkSampleMessages.emptyVariants, at: node.location)
        }
        return mapping.pairs.compactMap { pair in
            guard let id = decoder.readIdentifier(pair.key, key: "variants"),
                let label = decoder.readLocalizedText(pair.value, key: "variants.\(id)")
            else { return nil }
            return ObservationChoice(id: id, label: label)
        }
    }

    private static func readMustPass(
        _ node: YAMLNode, section: RubricSection, scale: RatingScale,
        decoder: inout NodeDecoder
    ) -> [String: MustPass] {
        var result: [String: MustPass] = [:]
        let known = section.criteria.map(\.id)
        let mapping = MappingReader(
            node, context: CommonMessages.keyContext("must-pass"), decoder: &decoder, checkUnknownKeys: false)
        for pair in mapping.pairs {
            guard let id = pair.key.scalar?.text else { continue }
            guard known.contains(id) else {
                decoder.error(
                    .unknownCriterion,
                    WorkSampleMessages.unknownMustPass(id.shortened, section: section.id), at: pair.key.location,
                    hint: Identifier.closest(to: id, among: known).map(CommonMessages.didYouMean)
                        ?? WorkSampleMessages.nameACriterion)
                continue
            }
            var reader = MappingReader(
                pair.value, context: WorkSampleMessages.mustPassContext(id), decoder: &decoder)
            guard reader.isMapping else { continue }
            var level: Int?
            if let levelNode = reader.required("level", decoder: &decoder, example: "3"),
                let value = decoder.readInteger(levelNode, key: "level")
            {
                if scale.contains(value) {
                    level = value
                } else {
                    decoder.error(
                        .offScale,
                        WorkSampleMessages.mustPassOffScale(value, criterion: id, scale: scale.rangeDescription),
                        at: levelNode.location)
                }
            }
            let rationale = decoder.readKnockOutRationale(
                &reader, rule: WorkSampleMessages.mustPassRule(id), at: pair.value.location)
            reader.finish(&decoder)
            if let level { result[id] = MustPass(level: level, rationale: rationale) }
        }
        return result
    }
}

extension WorkSampleConfiguration: SectionConfiguration {
    /// Reads the configuration of `section` in `rubric`, reporting problems to `decoder`.
    package static func read(_ section: RubricSection, in rubric: Rubric, decoder: inout NodeDecoder)
        -> WorkSampleConfiguration
    {
        read(section, scale: rubric.scale, decoder: &decoder)
    }
}
