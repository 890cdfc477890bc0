import ScoringCore
import YAML

/// The `config` of a `technical-depth` section: the required level of each skill, which skills are critical,
/// and why.
///
/// ```yaml
/// config:
///   skills:
///     claims-law: {required: 3, critical: true, rationale: {de: ..., en: ...}}
///     claims-system: {required: 3}
/// ```
package struct TechnicalDepthConfiguration: Sendable, Hashable {
    /// The requirement for one skill (a criterion of the section).
    package struct Skill: Sendable, Hashable {
        /// The required proficiency level on the scale.
        package var required: Int
        /// Whether falling below the required level is a knock-out.
        package var critical: Bool
        /// Why the job needs the level (required for a critical skill, and for a required level whose
        /// scale label says "below" or "above requirements").
        package var rationale: LocalizedText?

        /// Creates a skill requirement.
        package init(required: Int, critical: Bool = false, rationale: LocalizedText? = nil) {
            self.required = required
            self.critical = critical
            self.rationale = rationale
        }
    }

    /// The requirement per criterion id.
    package var skills: [String: Skill] = [:]

    /// Creates a configuration.
    package init(skills: [String: Skill] = [:]) {
        self.skills = skills
    }

    /// Reads the configuration of `section`, reporting problems to `decoder`.
    package static func read(_ section: RubricSection, scale: RatingScale, decoder: inout NodeDecoder)
        -> TechnicalDepthConfiguration
    {
        var configuration = TechnicalDepthConfiguration()
        let context = ModuleMessages.configContext(section.id)
        guard let node = section.configuration, !(node.scalar?.isNull ?? false) else {
            decoder.error(
                .missingConfig,
                TechnicalDepthMessages.missingConfig(section.id), at: section.location,
                hint: TechnicalDepthMessages.addConfig(section.criteria.first?.id ?? "skill-id"))
            return configuration
        }
        var reader = MappingReader(node, context: context, decoder: &decoder)
        guard reader.isMapping else { return configuration }
        for key in ["bonus-per-level", "bonus-cap"] {
            guard let valueNode = reader.optional(key) else { continue }
            decoder.error(
                .retiredKey,
                TechnicalDepthMessages.retiredKey(key), at: valueNode.location,
                hint: TechnicalDepthMessages.removeKey(key))
        }
        let known = section.criteria.map(\.id)
        if let skillsNode = reader.required(
            "skills", decoder: &decoder, example: "{\(known.first ?? "skill-id"): {required: 3}}")
        {
            let skillsReader = MappingReader(
                skillsNode, context: CommonMessages.keyContext("skills"), decoder: &decoder, checkUnknownKeys: false)
            for pair in skillsReader.pairs {
                guard let id = pair.key.scalar?.text else { continue }
                guard known.contains(id) else {
                    decoder.error(
                        .unknownSkill,
                        TechnicalDepthMessages.unknownSkill(id.shortenedForMessage, section: section.id),
                        at: pair.key.location,
                        hint: Identifier.closest(to: id, among: known).map(CommonMessages.didYouMean)
                            ?? TechnicalDepthMessages.skillIsCriterion)
                    continue
                }
                if let skill = readSkill(pair.value, id: id, scale: scale, decoder: &decoder) {
                    configuration.skills[id] = skill
                }
            }
            if skillsReader.isMapping {
                let written = Set(skillsReader.pairs.compactMap { $0.key.scalar?.text })
                for criterion in section.criteria where !written.contains(criterion.id) {
                    decoder.error(
                        .missingSkill,
                        TechnicalDepthMessages.missingSkill(criterion.id), at: skillsNode.location,
                        hint: TechnicalDepthMessages.addSkill(criterion.id))
                }
            }
        }
        reader.finish(&decoder)
        return configuration
    }

    private static func readSkill(_ node: YAMLNode, id: String, scale: RatingScale, decoder: inout NodeDecoder)
        -> Skill?
    {
        var reader = MappingReader(
            node, context: TechnicalDepthMessages.skillContext(id), decoder: &decoder)
        guard reader.isMapping else { return nil }
        var required: Int?
        if let requiredNode = reader.required("required", decoder: &decoder, example: "3"),
            let level = decoder.readInteger(requiredNode, key: "required")
        {
            if scale.contains(level) {
                required = level
            } else {
                decoder.error(
                    .offScale,
                    TechnicalDepthMessages.requiredOffScale(level, skill: id, scale: scale.rangeDescription),
                    at: requiredNode.location)
            }
        }
        let critical = reader.optional("critical").flatMap { decoder.readBoolean($0, key: "critical") } ?? false
        var rationale: LocalizedText?
        if critical {
            rationale = decoder.readKnockOutRationale(
                &reader, rule: TechnicalDepthMessages.criticalSkill(id), at: node.location)
        } else {
            rationale = reader.optional("rationale").flatMap { decoder.readLocalizedText($0, key: "rationale") }
        }
        if let level = required, rationale == nil, let relation = scale.relation(of: level), relation != .meets,
            let label = scale.label(of: level)
        {
            decoder.warning(
                .requiredLevelNotMeets,
                TechnicalDepthMessages.requiredNotMeets(id, level: level, label: label),
                at: node["required"]?.location ?? node.location,
                hint: TechnicalDepthMessages.requireMeets(scale.meetsRequirementsLevel))
        }
        reader.finish(&decoder)
        return required.map { Skill(required: $0, critical: critical, rationale: rationale) }
    }
}

extension String {
    var shortenedForMessage: String { count > 40 ? String(prefix(40)) + "…" : self }
}

extension TechnicalDepthConfiguration: SectionConfiguration {
    /// Reads the configuration of `section` in `rubric`, reporting problems to `decoder`.
    package static func read(_ section: RubricSection, in rubric: Rubric, decoder: inout NodeDecoder)
        -> TechnicalDepthConfiguration
    {
        read(section, scale: rubric.scale, decoder: &decoder)
    }
}
