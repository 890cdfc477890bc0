import ScoringCore
import YAML

/// The `config` of a `conversation-skills` section: language requirements and an optional role-play.
package struct ConversationSkillsConfiguration: Sendable, Hashable {
    /// A required level in one language.
    package struct LanguageRequirement: Sendable, Hashable {
        /// The language code (`de`).
        package var language: String
        /// The CEFR level required.
        package var required: CEFRLevel
        /// Whether falling short is a knock-out (otherwise a note); `mandatory: true` must be written,
        /// with a rationale.
        package var mandatory: Bool
        /// Why the job needs the level, as the rubric writes it (required for a mandatory language).
        package var rationale: LocalizedText?

        /// Creates a language requirement.
        package init(language: String, required: CEFRLevel, mandatory: Bool, rationale: LocalizedText? = nil) {
            self.language = language
            self.required = required
            self.mandatory = mandatory
            self.rationale = rationale
        }
    }

    /// A role-play scored as its own weighted part of the section.
    package struct RolePlay: Sendable, Hashable {
        /// The role-play's share of the section score, between 0 and 1.
        package var weight: Double
        /// The ids of the criteria rated in the role-play.
        package var criteria: [String]
        /// What the role-play is.
        package var scenario: LocalizedText?
        /// What the candidate is told before the role-play (`candidate-brief`), printed on its own page.
        package var candidateBrief: LocalizedText?
        /// What only the role-player knows (`script`): the facts to reveal when asked, how to react.
        package var script: LocalizedText?
        /// The script-only facts (`facts`): what the candidate must find out by asking. Each is written word for word
        /// in the script and never in the candidate brief, which the validator checks.
        package var facts: [LocalizedText] = []

        /// Creates a role-play.
        package init(weight: Double, criteria: [String], scenario: LocalizedText?) {
            self.weight = weight
            self.criteria = criteria
            self.scenario = scenario
        }
    }

    /// The language requirements, in the order written.
    package var languages: [LanguageRequirement] = []
    /// The role-play, when the section has one.
    package var rolePlay: RolePlay?

    /// Creates a configuration.
    package init(languages: [LanguageRequirement] = [], rolePlay: RolePlay? = nil) {
        self.languages = languages
        self.rolePlay = rolePlay
    }

    /// Reads the configuration of `section`, reporting problems to `decoder`.
    package static func read(_ section: RubricSection, decoder: inout NodeDecoder) -> ConversationSkillsConfiguration {
        var configuration = ConversationSkillsConfiguration()
        guard let node = section.configuration, !(node.scalar?.isNull ?? false) else { return configuration }
        var reader = MappingReader(
            node, context: ModuleMessages.configContext(section.id), decoder: &decoder)
        guard reader.isMapping else { return configuration }
        if let languagesNode = reader.optional("languages"),
            let items = decoder.readSequence(languagesNode, key: "languages")
        {
            for item in items {
                if let requirement = readLanguage(item, existing: configuration.languages, decoder: &decoder) {
                    configuration.languages.append(requirement)
                }
            }
        }
        if let rolePlayNode = reader.optional("role-play") {
            configuration.rolePlay = readRolePlay(rolePlayNode, section: section, decoder: &decoder)
        }
        reader.finish(&decoder)
        return configuration
    }

    private static func readLanguage(_ node: YAMLNode, existing: [LanguageRequirement], decoder: inout NodeDecoder)
        -> LanguageRequirement?
    {
        var reader = MappingReader(
            node, context: ConversationSkillsMessages.aLanguageRequirement, decoder: &decoder)
        guard reader.isMapping else { return nil }
        let languageNode = reader.required("language", decoder: &decoder, example: "de")
        var language = languageNode.flatMap { decoder.readText($0, key: "language") }
        if let code = language, let languageNode {
            if !(2...3).contains(code.count) || !code.allSatisfy({ $0.isASCII && $0.isLowercase }) {
                decoder.error(
                    .invalidLanguage,
                    ConversationSkillsMessages.notALanguageCode(code), at: languageNode.location)
                language = nil
            } else if existing.contains(where: { $0.language == code }) {
                decoder.error(
                    .duplicateLanguage,
                    ConversationSkillsMessages.languageTwice(code), at: languageNode.location)
                language = nil
            }
        }
        let requiredNode = reader.required("required", decoder: &decoder, example: "C1")
        var required: CEFRLevel?
        if let requiredNode, let text = decoder.readText(requiredNode, key: "required") {
            required = CEFRLevel(text: text)
            if required == nil {
                decoder.error(
                    .invalidCEFR,
                    ConversationSkillsMessages.notACEFRLevel(text), at: requiredNode.location)
            }
        }
        // No default that knocks out: a language is mandatory only where the rubric says so, with its reason.
        let mandatory = reader.optional("mandatory").flatMap { decoder.readBoolean($0, key: "mandatory") } ?? false
        var rationale: LocalizedText?
        if mandatory {
            rationale = decoder.readKnockOutRationale(
                &reader, rule: ConversationSkillsMessages.mandatoryLanguage(language ?? "?"), at: node.location)
        } else {
            rationale = reader.optional("rationale").flatMap { decoder.readLocalizedText($0, key: "rationale") }
        }
        reader.finish(&decoder)
        guard let language, let required else { return nil }
        return LanguageRequirement(language: language, required: required, mandatory: mandatory, rationale: rationale)
    }

    /// The role play's `weight:`, its share of the section's score (strictly between 0 and 1); nil when missing or
    /// invalid.
    private static func readRolePlayWeight(_ reader: inout MappingReader, decoder: inout NodeDecoder) -> Double? {
        guard let weightNode = reader.required("weight", decoder: &decoder, example: "0.4"),
            let value = decoder.readDecimal(weightNode, key: "weight")
        else { return nil }
        guard value > 0 && value < 1 else {
            decoder.error(
                .invalidWeight,
                ConversationSkillsMessages.invalidRolePlayWeight(weightNode.scalar?.text ?? ""),
                at: weightNode.location,
                hint: ConversationSkillsMessages.rolePlayWeightExample)
            return nil
        }
        return value
    }

    /// The section's criteria the role play rates (`criteria:`); warns when they are all of the section's.
    private static func readRolePlayCriteria(
        _ reader: inout MappingReader, section: RubricSection, decoder: inout NodeDecoder
    ) -> [String] {
        var criteria: [String] = []
        guard let criteriaNode = reader.required("criteria", decoder: &decoder, example: "[escalated-call]"),
            let items = decoder.readSequence(criteriaNode, key: "criteria")
        else { return criteria }
        let known = section.criteria.map(\.id)
        for item in items {
            guard let id = decoder.readText(item, key: "criteria") else { continue }
            if known.contains(id) {
                criteria.append(id)
            } else {
                decoder.error(
                    .unknownCriterion,
                    ConversationSkillsMessages.unknownRolePlayCriterion(id, section: section.id), at: item.location,
                    hint: Identifier.closest(to: id, among: known).map(CommonMessages.didYouMean))
            }
        }
        if items.isEmpty {
            decoder.error(.noCriteria, ConversationSkillsMessages.rolePlayWithoutCriteria, at: criteriaNode.location)
        } else if !criteria.isEmpty && criteria.count == section.criteria.count {
            decoder.warning(
                .rolePlayOnly, ConversationSkillsMessages.rolePlayOnly(section.id), at: criteriaNode.location)
        }
        return criteria
    }

    private static func readRolePlay(_ node: YAMLNode, section: RubricSection, decoder: inout NodeDecoder) -> RolePlay?
    {
        var reader = MappingReader(node, context: CommonMessages.keyContext("role-play"), decoder: &decoder)
        guard reader.isMapping else { return nil }
        let weight = readRolePlayWeight(&reader, decoder: &decoder)
        let criteria = readRolePlayCriteria(&reader, section: section, decoder: &decoder)
        let scenario = reader.optional("scenario").flatMap { decoder.readLocalizedText($0, key: "scenario") }
        let brief = reader.optional("candidate-brief").flatMap { decoder.readLocalizedText($0, key: "candidate-brief") }
        let scriptNode = reader.optional("script")
        let script = scriptNode.flatMap { decoder.readLocalizedText($0, key: "script") }
        var facts: [LocalizedText] = []
        if let factsNode = reader.optional("facts"), let items = decoder.readSequence(factsNode, key: "facts") {
            for item in items {
                guard let fact = decoder.readLocalizedText(item, key: "facts") else { continue }
                facts.append(fact)
                checkScriptOnlyFact(fact, at: item.location, brief: brief, script: script, decoder: &decoder)
            }
        } else if let scriptNode, script != nil {
            decoder.warning(
                .scriptWithoutFacts,
                ConversationSkillsMessages.scriptWithoutFacts, at: scriptNode.location,
                hint: ConversationSkillsMessages.listFacts)
        }
        reader.finish(&decoder)
        guard let weight, !criteria.isEmpty else { return nil }
        var rolePlay = RolePlay(weight: weight, criteria: criteria, scenario: scenario)
        rolePlay.candidateBrief = brief
        rolePlay.script = script
        rolePlay.facts = facts
        return rolePlay
    }

    /// A script-only fact must appear in the script (the role-player reveals it when asked) and must not appear in
    /// the candidate brief (it would tell the candidate what they should find out), in every language; the
    /// comparison ignores case.
    private static func checkScriptOnlyFact(
        _ fact: LocalizedText, at location: SourceLocation, brief: LocalizedText?, script: LocalizedText?,
        decoder: inout NodeDecoder
    ) {
        let languages = decoder.languages.isEmpty ? [LocalizedText.anyLanguage] : decoder.languages
        func contains(_ text: LocalizedText?, _ language: String) -> Bool {
            guard let text else { return false }
            let needle = fact.text(in: language).trimmedOfWhitespace.lowercased()
            return !needle.isEmpty && text.text(in: language).lowercased().contains(needle)
        }
        let shown = fact.text(in: languages[0]).shortened
        let leaked = languages.filter { contains(brief, $0) }
        if !leaked.isEmpty {
            let list = leaked.map { "'\($0)'" }.joined(separator: ", ")
            decoder.warning(
                .factInBrief,
                ConversationSkillsMessages.factInBrief(shown, languages: list), at: location,
                hint: ConversationSkillsMessages.removeFactFromBrief)
        }
        let missing = languages.filter { !contains(script, $0) }
        if !missing.isEmpty {
            let list = missing.map { "'\($0)'" }.joined(separator: ", ")
            decoder.warning(
                .factNotInScript,
                ConversationSkillsMessages.factNotInScript(shown, languages: list), at: location,
                hint: ConversationSkillsMessages.writeFactIntoScript)
        }
    }
}

extension ConversationSkillsConfiguration: SectionConfiguration {
    /// Reads the configuration of `section` in `rubric`, reporting problems to `decoder`.
    package static func read(_ section: RubricSection, in rubric: Rubric, decoder: inout NodeDecoder)
        -> ConversationSkillsConfiguration
    {
        read(section, decoder: &decoder)
    }
}
