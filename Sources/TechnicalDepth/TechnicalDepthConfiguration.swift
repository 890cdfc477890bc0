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
public struct TechnicalDepthConfiguration: Sendable, Hashable {
    /// The requirement for one skill (a criterion of the section).
    public struct Skill: Sendable, Hashable {
        /// The required proficiency level on the scale.
        public var required: Int
        /// Whether falling below the required level is a knock-out.
        public var critical: Bool
        /// Why the job needs the level (required for a critical skill, and for a required level whose
        /// scale label says "below" or "above requirements").
        public var rationale: LocalizedText?

        /// Creates a skill requirement.
        public init(required: Int, critical: Bool = false, rationale: LocalizedText? = nil) {
            self.required = required
            self.critical = critical
            self.rationale = rationale
        }
    }

    /// The requirement per criterion id.
    public var skills: [String: Skill] = [:]

    /// Creates a configuration.
    public init(skills: [String: Skill] = [:]) {
        self.skills = skills
    }

    /// Reads the configuration of `section`, reporting problems to `decoder`.
    public static func read(_ section: RubricSection, scale: RatingScale, decoder: inout NodeDecoder)
        -> TechnicalDepthConfiguration
    {
        var configuration = TechnicalDepthConfiguration()
        let context = LocalizedText(
            en: "the config of section '\(section.id)'", de: "der Konfiguration von Abschnitt '\(section.id)'")
        guard let node = section.configuration, !(node.scalar?.isNull ?? false) else {
            decoder.error(
                .missingConfig,
                .init(
                    en:
                        "section '\(section.id)' (technical-depth) needs a 'config' with the required level of each skill",
                    de:
                        "Abschnitt '\(section.id)' (technical-depth) braucht eine 'config' mit der geforderten Stufe jeder Fähigkeit"
                ),
                at: section.location,
                hint: .init(
                    en: "add 'config: {skills: {\(section.criteria.first?.id ?? "skill-id"): {required: 3}}}'",
                    de: "ergänzen Sie 'config: {skills: {\(section.criteria.first?.id ?? "skill-id"): {required: 3}}}'")
            )
            return configuration
        }
        var reader = MappingReader(node, context: context, decoder: &decoder)
        guard reader.isMapping else { return configuration }
        for key in ["bonus-per-level", "bonus-cap"] {
            guard let valueNode = reader.optional(key) else { continue }
            decoder.error(
                .retiredKey,
                .init(
                    en:
                        "'\(key)' is gone: technical depth scores on the rubric's scale like every section (a candidate who meets every requirement scores the 'meets' level)",
                    de:
                        "'\(key)' entfällt: fachliche Tiefe wird wie jeder Abschnitt auf der Skala der Vorlage bewertet (wer jede Anforderung erfüllt, erreicht die Stufe „erfüllt“)"
                ),
                at: valueNode.location,
                hint: .init(en: "remove '\(key)'", de: "entfernen Sie '\(key)'"))
        }
        let known = section.criteria.map(\.id)
        if let skillsNode = reader.required(
            "skills", decoder: &decoder, example: "{\(known.first ?? "skill-id"): {required: 3}}")
        {
            let skillsReader = MappingReader(
                skillsNode, context: .init(en: "'skills'", de: "'skills'"), decoder: &decoder, checkUnknownKeys: false)
            for pair in skillsReader.pairs {
                guard let id = pair.key.scalar?.text else { continue }
                guard known.contains(id) else {
                    decoder.error(
                        .unknownSkill,
                        .init(
                            en: "skill '\(id.shortenedForMessage)' is not a criterion of section '\(section.id)'",
                            de: "Fähigkeit '\(id.shortenedForMessage)' ist kein Kriterium von Abschnitt '\(section.id)'"
                        ),
                        at: pair.key.location,
                        hint: Identifier.closest(to: id, among: known).map {
                            .init(en: "did you mean '\($0)'?", de: "meinten Sie '\($0)'?")
                        }
                            ?? .init(
                                en: "every skill is a criterion of the section; add the criterion or remove the skill",
                                de:
                                    "jede Fähigkeit ist ein Kriterium des Abschnitts; ergänzen Sie das Kriterium oder entfernen Sie die Fähigkeit"
                            ))
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
                        .init(
                            en: "criterion '\(criterion.id)' has no required level under 'skills'",
                            de: "Kriterium '\(criterion.id)' hat keine geforderte Stufe unter 'skills'"),
                        at: skillsNode.location,
                        hint: .init(
                            en: "add '\(criterion.id): {required: 3}'",
                            de: "ergänzen Sie '\(criterion.id): {required: 3}'"))
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
            node, context: .init(en: "skill '\(id)'", de: "Fähigkeit '\(id)'"), decoder: &decoder)
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
                    .init(
                        en: "required level \(level) of skill '\(id)' is not on the scale \(scale.rangeDescription)",
                        de:
                            "geforderte Stufe \(level) der Fähigkeit '\(id)' liegt nicht auf der Skala \(scale.rangeDescription)"
                    ),
                    at: requiredNode.location)
            }
        }
        let critical = reader.optional("critical").flatMap { decoder.readBoolean($0, key: "critical") } ?? false
        var rationale: LocalizedText?
        if critical {
            rationale = decoder.readKnockOutRationale(
                &reader, rule: .init(en: "the critical skill '\(id)'", de: "die kritische Fähigkeit '\(id)'"),
                at: node.location)
        } else {
            rationale = reader.optional("rationale").flatMap { decoder.readLocalizedText($0, key: "rationale") }
        }
        if let level = required, rationale == nil, let relation = scale.relation(of: level), relation != .meets,
            let label = scale.label(of: level)
        {
            decoder.warning(
                .requiredLevelNotMeets,
                .init(
                    en: "skill '\(id)' requires level \(level), which the scale calls \"\(label.text(in: "en"))\"",
                    de: "Fähigkeit '\(id)' fordert Stufe \(level), die die Skala „\(label.text(in: "de"))“ nennt"),
                at: node["required"]?.location ?? node.location,
                hint: .init(
                    en:
                        "rate skills against this job's requirements and require the 'meets' level\(scale.meetsRequirementsLevel.map { " (\($0))" } ?? ""), or give a 'rationale'",
                    de:
                        "bewerten Sie Fähigkeiten an den Anforderungen dieser Stelle und fordern Sie die Stufe „erfüllt“\(scale.meetsRequirementsLevel.map { " (\($0))" } ?? ""), oder geben Sie eine 'rationale' an"
                ))
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
    public static func read(_ section: RubricSection, in rubric: Rubric, decoder: inout NodeDecoder)
        -> TechnicalDepthConfiguration
    {
        read(section, scale: rubric.scale, decoder: &decoder)
    }
}
