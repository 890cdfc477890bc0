import ScoringCore
import YAML

/// The `config` of a `technical-depth` section: the required level of each skill and the bonus rules.
public struct TechnicalDepthConfiguration: Sendable, Hashable {
    /// The requirement for one skill (a criterion of the section).
    public struct Skill: Sendable, Hashable {
        /// The required proficiency level on the scale.
        public var required: Int
        /// Whether being two or more levels short is a knock-out.
        public var critical: Bool

        /// Creates a skill requirement.
        public init(required: Int, critical: Bool = false) {
            self.required = required
            self.critical = critical
        }
    }

    /// The fit bonus for each level above the requirement.
    public var bonusPerLevel: Double = 0.1
    /// The highest bonus one skill can earn.
    public var bonusCap: Double = 0.2
    /// The requirement per criterion id.
    public var skills: [String: Skill] = [:]

    /// Creates a configuration.
    public init(bonusPerLevel: Double = 0.1, bonusCap: Double = 0.2, skills: [String: Skill] = [:]) {
        self.bonusPerLevel = bonusPerLevel
        self.bonusCap = bonusCap
        self.skills = skills
    }

    /// Reads the configuration of `section`, reporting problems to `decoder`.
    public static func read(_ section: RubricSection, scale: RatingScale, decoder: inout NodeDecoder) -> TechnicalDepthConfiguration {
        var configuration = TechnicalDepthConfiguration()
        let context = LocalizedText(en: "the config of section '\(section.id)'", de: "der Konfiguration von Abschnitt '\(section.id)'")
        guard let node = section.configuration, !(node.scalar?.isNull ?? false) else {
            decoder.error("missing-config",
                          .init(en: "section '\(section.id)' (technical-depth) needs a 'config' with the required level of each skill",
                                de: "Abschnitt '\(section.id)' (technical-depth) braucht eine 'config' mit der geforderten Stufe jeder Fähigkeit"),
                          at: section.location,
                          hint: .init(en: "add 'config: {skills: {\(section.criteria.first?.id ?? "skill-id"): {required: 3}}}'",
                                      de: "ergänzen Sie 'config: {skills: {\(section.criteria.first?.id ?? "skill-id"): {required: 3}}}'"))
            return configuration
        }
        var reader = MappingReader(node, context: context, decoder: &decoder)
        guard reader.isMapping else { return configuration }
        for key in ["bonus-per-level", "bonus-cap"] {
            guard let valueNode = reader.optional(key), let value = decoder.readDecimal(valueNode, key: key) else { continue }
            if value < 0 || value > 1 {
                decoder.error("invalid-bonus", .init(en: "'\(key)' must be between 0 and 1, found \(valueNode.scalar?.text ?? "")",
                                                     de: "'\(key)' muss zwischen 0 und 1 liegen, gefunden: \(valueNode.scalar?.text ?? "")"),
                              at: valueNode.location)
            } else if key == "bonus-cap" {
                configuration.bonusCap = value
            } else {
                configuration.bonusPerLevel = value
            }
        }
        let known = section.criteria.map(\.id)
        if let skillsNode = reader.required("skills", decoder: &decoder, example: "{\(known.first ?? "skill-id"): {required: 3}}") {
            let skillsReader = MappingReader(skillsNode, context: .init(en: "'skills'", de: "'skills'"), decoder: &decoder, checkUnknownKeys: false)
            for pair in skillsReader.pairs {
                guard let id = pair.key.scalar?.text else { continue }
                guard known.contains(id) else {
                    decoder.error("unknown-skill",
                                  .init(en: "skill '\(id.shortenedForMessage)' is not a criterion of section '\(section.id)'",
                                        de: "Fähigkeit '\(id.shortenedForMessage)' ist kein Kriterium von Abschnitt '\(section.id)'"),
                                  at: pair.key.location,
                                  hint: Identifier.closest(to: id, among: known).map { .init(en: "did you mean '\($0)'?", de: "meinten Sie '\($0)'?") }
                                    ?? .init(en: "every skill is a criterion of the section; add the criterion or remove the skill",
                                             de: "jede Fähigkeit ist ein Kriterium des Abschnitts; ergänzen Sie das Kriterium oder entfernen Sie die Fähigkeit"))
                    continue
                }
                if let skill = readSkill(pair.value, id: id, scale: scale, decoder: &decoder) {
                    configuration.skills[id] = skill
                }
            }
            if skillsReader.isMapping {
                let written = Set(skillsReader.pairs.compactMap { $0.key.scalar?.text })
                for criterion in section.criteria where !written.contains(criterion.id) {
                    decoder.error("missing-skill",
                                  .init(en: "criterion '\(criterion.id)' has no required level under 'skills'",
                                        de: "Kriterium '\(criterion.id)' hat keine geforderte Stufe unter 'skills'"),
                                  at: skillsNode.location,
                                  hint: .init(en: "add '\(criterion.id): {required: 3}'", de: "ergänzen Sie '\(criterion.id): {required: 3}'"))
                }
            }
        }
        reader.finish(&decoder)
        return configuration
    }

    private static func readSkill(_ node: YAMLNode, id: String, scale: RatingScale, decoder: inout NodeDecoder) -> Skill? {
        var reader = MappingReader(node, context: .init(en: "skill '\(id)'", de: "Fähigkeit '\(id)'"), decoder: &decoder)
        guard reader.isMapping else { return nil }
        var required: Int?
        if let requiredNode = reader.required("required", decoder: &decoder, example: "3"),
           let level = decoder.readInteger(requiredNode, key: "required") {
            if scale.contains(level) {
                required = level
            } else {
                decoder.error("off-scale", .init(en: "required level \(level) of skill '\(id)' is not on the scale \(scale.rangeDescription)",
                                                 de: "geforderte Stufe \(level) der Fähigkeit '\(id)' liegt nicht auf der Skala \(scale.rangeDescription)"),
                              at: requiredNode.location)
            }
        }
        let critical = reader.optional("critical").flatMap { decoder.readBoolean($0, key: "critical") } ?? false
        reader.finish(&decoder)
        return required.map { Skill(required: $0, critical: critical) }
    }
}

extension String {
    var shortenedForMessage: String { count > 40 ? String(prefix(40)) + "…" : self }
}
