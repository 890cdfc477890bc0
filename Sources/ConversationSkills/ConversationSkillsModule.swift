import ScoringCore

/// Scores conversation skills: anchored criteria, an optional role-play as its own weighted part,
/// and language requirements on the CEFR scale.
///
/// The section score is the weighted mean of the interview criteria, blended with the weighted mean
/// of the role-play criteria by the role-play's weight (renormalised when one part is all n/a). A
/// mandatory language observed below its required level is a knock-out; an optional one a flag.
package struct ConversationSkillsModule: ScoringModule {
    /// The configurations read so far: each section's is read once, not once per scorecard scored.
    private static let configurations = ModuleConfigurationCache<ConversationSkillsConfiguration>()

    /// `conversation-skills`.
    package let id = "conversation-skills"
    /// The module's name.
    package let name = ConversationSkillsMessages.name

    /// Creates the module.
    package init() {}

    /// The observed level of each language the section requires, on the CEFR scale; a mandatory language must
    /// be recorded.
    package func observations(for section: RubricSection, in rubric: Rubric) -> [ObservationRequest] {
        var scratch = NodeDecoder(file: rubric.sourcePath, languages: rubric.languages)
        return ConversationSkillsConfiguration.read(section, decoder: &scratch).languages.map { requirement in
            ObservationRequest(
                id: requirement.language,
                label: ConversationSkillsMessages.languageName(requirement.language),
                kind: .level(Self.cefr), isRequired: requirement.mandatory,
                detail: ConversationSkillsMessages.requirement(requirement.required, mandatory: requirement.mandatory),
                markedLevel: requirement.required.rawValue)
        }
    }

    /// The observed levels are written under `languages:`, as in scorecards from before module-keyed observations.
    package var scorecardKey: String? { "languages" }

    /// The CEFR scale (GER in German), A1 to C2, each level with its short descriptor.
    package static let cefr = OrdinalScale(
        name: ConversationSkillsMessages.cefr,
        levels: CEFRLevel.allCases.map { OrdinalScale.Level(id: $0.rawValue, description: $0.descriptor) })

    /// Checks the language requirements and the role-play.
    package func validate(_ section: RubricSection, in rubric: Rubric, decoder: inout NodeDecoder) {
        _ = ConversationSkillsConfiguration.read(section, decoder: &decoder)
    }

    private func configuration(of section: RubricSection, in rubric: Rubric) -> ConversationSkillsConfiguration {
        Self.configurations.value(for: section, in: rubric)
    }

    /// The language requirements (with short CEFR descriptors of the required levels) and the role-play in words.
    package func describeConfiguration(of section: RubricSection, in rubric: Rubric) -> [LocalizedText] {
        let configuration = configuration(of: section, in: rubric)
        var lines: [LocalizedText] = configuration.languages.map { requirement in
            ConversationSkillsMessages.languageRule(
                requirement.language, required: requirement.required, mandatory: requirement.mandatory)
        }
        if !configuration.languages.contains(where: \.mandatory) {
            lines.append(ModuleMessages.noKnockOutRule)
        }
        if let rolePlay = configuration.rolePlay {
            let titles = rolePlay.criteria.compactMap { id in section.criteria.first { $0.id == id } }
            lines.append(ConversationSkillsMessages.rolePlayRule(rolePlay.weight, criteria: titles.map(\.title)))
            if let scenario = rolePlay.scenario { lines.append(ConversationSkillsMessages.scenario(scenario)) }
        }
        return lines
    }

    /// The role-play's candidate brief and the role-player's script, each on a page of its own in the kit.
    package func handouts(of section: RubricSection, in rubric: Rubric) -> [Handout] {
        guard let rolePlay = configuration(of: section, in: rubric).rolePlay else { return [] }
        var handouts: [Handout] = []
        if let brief = rolePlay.candidateBrief {
            handouts.append(
                Handout(
                    audience: .candidate,
                    title: ConversationSkillsMessages.candidateBriefTitle,
                    text: brief))
        }
        if let script = rolePlay.script {
            handouts.append(
                Handout(
                    audience: .interviewer,
                    title: ConversationSkillsMessages.scriptTitle,
                    text: script))
        }
        return handouts
    }

    /// Each mandatory language: its level must be recorded, and below the requirement it knocks out.
    package func knockOutRules(of section: RubricSection, in rubric: Rubric) -> [KnockOutRule] {
        configuration(of: section, in: rubric).languages.filter(\.mandatory).map { requirement in
            KnockOutRule(
                code: "language-below-required",
                description: ConversationSkillsMessages.languageKnockOutRule(
                    requirement.language, required: requirement.required),
                rationale: requirement.rationale, observations: [requirement.language])
        }
    }

    /// Blends interview and role-play means and checks the observed language levels.
    package func score(_ section: RubricSection, in rubric: Rubric, ratings: SectionRatings) -> SectionResult {
        let configuration = configuration(of: section, in: rubric)
        let rolePlayIDs = Set(configuration.rolePlay?.criteria ?? [])
        let interview = WeightedMean(of: section.criteria.filter { !rolePlayIDs.contains($0.id) }, ratings: ratings)
        let rolePlay = WeightedMean(of: section.criteria.filter { rolePlayIDs.contains($0.id) }, ratings: ratings)
        var result = SectionResult(
            sectionID: section.id, moduleID: id, score: nil,
            ratedCount: interview.ratedCount + rolePlay.ratedCount, criterionCount: section.criteria.count)
        var explanation: [LocalizedText] = []
        if let play = configuration.rolePlay {
            if ratings.explains {
                explanation.append(interview.explanation(of: ConversationSkillsMessages.interview))
                explanation.append(rolePlay.explanation(of: ConversationSkillsMessages.rolePlay))
            }
            switch (interview.value, rolePlay.value) {
            case (let base?, let played?):
                let score = (1 - play.weight) * base + play.weight * played
                result.score = score
                if ratings.explains {
                    let arithmetic =
                        "\(Format.number(1 - play.weight))×\(Format.fixed(base)) + \(Format.number(play.weight))×"
                        + "\(Format.fixed(played)) = \(Format.fixed(score))"
                    explanation.append(ConversationSkillsMessages.sectionScore(arithmetic))
                }
            case (let base?, nil):
                result.score = base
                explanation.append(ConversationSkillsMessages.interviewAlone(base))
            case (nil, let played?):
                result.score = played
                explanation.append(ConversationSkillsMessages.rolePlayAlone(played))
            case (nil, nil):
                break
            }
        } else {
            result.score = interview.value
            if ratings.explains { explanation.append(interview.explanation(of: section.title)) }
        }
        if ratings.explains { result.explanation = explanation }
        for requirement in configuration.languages {
            guard case .level(let text)? = ratings.observation(requirement.language),
                let observed = CEFRLevel(rawValue: text)
            else {
                result.flags.append(
                    Finding(
                        code: "language-not-assessed", subject: requirement.language,
                        message: ConversationSkillsMessages.languageNotAssessed(
                            requirement.language, required: requirement.required)))
                continue
            }
            if observed < requirement.required {
                let finding = Finding(
                    code: "language-below-required", subject: requirement.language,
                    message: ConversationSkillsMessages.languageBelowRequired(
                        requirement.language, observed: observed, required: requirement.required,
                        mandatory: requirement.mandatory))
                if requirement.mandatory {
                    result.knockOuts.append(finding)
                } else {
                    result.flags.append(finding)
                }
            }
        }
        return result
    }
}
