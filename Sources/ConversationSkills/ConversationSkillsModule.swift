import ScoringCore

/// Scores conversation skills: anchored criteria, an optional role-play as its own weighted part,
/// and language requirements on the CEFR scale.
///
/// The section score is the weighted mean of the interview criteria, blended with the weighted mean
/// of the role-play criteria by the role-play's weight (renormalised when one part is all n/a). A
/// mandatory language observed below its required level is a knock-out; an optional one a flag.
public struct ConversationSkillsModule: ScoringModule {
    /// The configurations read so far: each section's is read once, not once per scorecard scored.
    private static let configurations = ModuleConfigurationCache<ConversationSkillsConfiguration>()

    /// `conversation-skills`.
    public let id = "conversation-skills"
    /// The module's name.
    public let name = LocalizedText(en: "Conversation skills", de: "Gesprächsführung")

    /// Creates the module.
    public init() {}

    /// The observed level of each language the section requires, on the CEFR scale; a mandatory language must
    /// be recorded.
    public func observations(for section: RubricSection, in rubric: Rubric) -> [ObservationRequest] {
        var scratch = NodeDecoder(file: rubric.sourcePath, languages: rubric.languages)
        return ConversationSkillsConfiguration.read(section, decoder: &scratch).languages.map { requirement in
            ObservationRequest(
                id: requirement.language,
                label: .init(
                    en: Language.name(of: requirement.language, in: "en"),
                    de: Language.name(of: requirement.language, in: "de")),
                kind: .level(Self.cefr), isRequired: requirement.mandatory,
                detail: ConversationSkillsMessages.requirement(requirement.required, mandatory: requirement.mandatory),
                markedLevel: requirement.required.rawValue)
        }
    }

    /// The observed levels are written under `languages:`, as in scorecards from before module-keyed observations.
    public var scorecardKey: String? { "languages" }

    /// The CEFR scale (GER in German), A1 to C2, each level with its short descriptor.
    public static let cefr = OrdinalScale(
        name: .init(en: "CEFR", de: "GER"),
        levels: CEFRLevel.allCases.map { OrdinalScale.Level(id: $0.rawValue, description: $0.descriptor) })

    /// Checks the language requirements and the role-play.
    public func validate(_ section: RubricSection, in rubric: Rubric, decoder: inout NodeDecoder) {
        _ = ConversationSkillsConfiguration.read(section, decoder: &decoder)
    }

    private func configuration(of section: RubricSection, in rubric: Rubric) -> ConversationSkillsConfiguration {
        Self.configurations.value(for: section, in: rubric)
    }

    /// The language requirements (with short CEFR descriptors of the required levels) and the role-play in words.
    public func describeConfiguration(of section: RubricSection, in rubric: Rubric) -> [LocalizedText] {
        let configuration = configuration(of: section, in: rubric)
        var lines: [LocalizedText] = configuration.languages.map { requirement in
            let level = requirement.required
            return .init(
                en:
                    "\(Language.name(of: requirement.language, in: "en")): required \(level.rawValue) (CEFR: \(level.descriptor.text(in: "en"))), \(requirement.mandatory ? "mandatory: below it is a knock-out when at least two raters observe it" : "optional: below it is a note"). Record the level you observed.",
                de:
                    "\(Language.name(of: requirement.language, in: "de")): gefordert \(level.rawValue) (GER: \(level.descriptor.text(in: "de"))), \(requirement.mandatory ? "verpflichtend: darunter ist ein K.-o.-Kriterium, wenn mindestens zwei Bewertende es beobachten" : "optional: darunter ist es ein Hinweis"). Notieren Sie das beobachtete Niveau."
            )
        }
        if !configuration.languages.contains(where: \.mandatory) {
            lines.append(
                .init(
                    en: "This section has no knock-out rule: only its score counts.",
                    de: "Dieser Abschnitt hat keine K.-o.-Regel: nur sein Wert zählt."))
        }
        if let rolePlay = configuration.rolePlay {
            let titles = rolePlay.criteria.compactMap { id in section.criteria.first { $0.id == id } }
            lines.append(
                .init(
                    en:
                        "Role-play (\(Format.percent(rolePlay.weight)) of the section): \(titles.map { $0.title.text(in: "en") }.joined(separator: ", ")).",
                    de:
                        "Rollenspiel (\(Format.percent(rolePlay.weight, language: .de)) des Abschnitts): \(titles.map { $0.title.text(in: "de") }.joined(separator: ", "))."
                ))
            if let scenario = rolePlay.scenario {
                lines.append(
                    .init(en: "Scenario: " + scenario.text(in: "en"), de: "Szenario: " + scenario.text(in: "de")))
            }
        }
        return lines
    }

    /// The role-play's candidate brief and the role-player's script, each on a page of its own in the kit.
    public func handouts(of section: RubricSection, in rubric: Rubric) -> [Handout] {
        guard let rolePlay = configuration(of: section, in: rubric).rolePlay else { return [] }
        var handouts: [Handout] = []
        if let brief = rolePlay.candidateBrief {
            handouts.append(
                Handout(
                    audience: .candidate,
                    title: .init(
                        en: "Role-play: the candidate's brief",
                        de: "Rollenspiel: Information für die Bewerberin bzw. den Bewerber"),
                    text: brief))
        }
        if let script = rolePlay.script {
            handouts.append(
                Handout(
                    audience: .interviewer,
                    title: .init(
                        en: "Role-play: the role-player's script (not for the candidate)",
                        de:
                            "Rollenspiel: Skript für die Rollenspielerin bzw. den Rollenspieler (nicht für die Bewerberin bzw. den Bewerber)"
                    ),
                    text: script))
        }
        return handouts
    }

    /// Each mandatory language: its level must be recorded, and below the requirement it knocks out.
    public func knockOutRules(of section: RubricSection, in rubric: Rubric) -> [KnockOutRule] {
        configuration(of: section, in: rubric).languages.filter(\.mandatory).map { requirement in
            KnockOutRule(
                code: "language-below-required",
                description: .init(
                    en:
                        "\(Language.name(of: requirement.language, in: "en")) below \(requirement.required.rawValue) (CEFR) is a knock-out.",
                    de:
                        "\(Language.name(of: requirement.language, in: "de")) unter \(requirement.required.rawValue) (GER) ist ein K.-o.-Kriterium."
                ),
                rationale: requirement.rationale, observations: [requirement.language])
        }
    }

    /// Blends interview and role-play means and checks the observed language levels.
    public func score(_ section: RubricSection, in rubric: Rubric, ratings: SectionRatings) -> SectionResult {
        let configuration = configuration(of: section, in: rubric)
        let rolePlayIDs = Set(configuration.rolePlay?.criteria ?? [])
        let interview = WeightedMean(of: section.criteria.filter { !rolePlayIDs.contains($0.id) }, ratings: ratings)
        let rolePlay = WeightedMean(of: section.criteria.filter { rolePlayIDs.contains($0.id) }, ratings: ratings)
        var result = SectionResult(
            sectionID: section.id, moduleID: id, score: nil,
            ratedCount: interview.ratedCount + rolePlay.ratedCount, criterionCount: section.criteria.count)
        if let play = configuration.rolePlay {
            result.explanation.append(interview.explanation(of: .init(en: "interview", de: "Interview")))
            result.explanation.append(rolePlay.explanation(of: .init(en: "role-play", de: "Rollenspiel")))
            switch (interview.value, rolePlay.value) {
            case (let base?, let played?):
                let score = (1 - play.weight) * base + play.weight * played
                result.score = score
                let en =
                    "section: \(Format.number(1 - play.weight))×\(Format.fixed(base)) + \(Format.number(play.weight))×\(Format.fixed(played)) = \(Format.fixed(score))"
                result.explanation.append(
                    .init(en: en, de: "Abschnitt: " + Format.decimalComma(String(en.dropFirst("section: ".count)))))
            case (let base?, nil):
                result.score = base
                result.explanation.append(
                    .init(
                        en:
                            "section: the role-play was not rated, so the interview counts alone: \(Format.fixed(base))",
                        de:
                            "Abschnitt: das Rollenspiel wurde nicht bewertet, daher zählt das Interview allein: \(Format.fixed(base, language: .de))"
                    ))
            case (nil, let played?):
                result.score = played
                result.explanation.append(
                    .init(
                        en: "section: only the role-play was rated, so it counts alone: \(Format.fixed(played))",
                        de:
                            "Abschnitt: nur das Rollenspiel wurde bewertet, daher zählt es allein: \(Format.fixed(played, language: .de))"
                    ))
            case (nil, nil):
                break
            }
        } else {
            result.score = interview.value
            result.explanation.append(interview.explanation(of: section.title))
        }
        for requirement in configuration.languages {
            guard case .level(let text)? = ratings.observation(requirement.language),
                let observed = CEFRLevel(rawValue: text)
            else {
                result.flags.append(
                    Finding(
                        code: "language-not-assessed", subject: requirement.language,
                        message: .init(
                            en:
                                "\(Language.name(of: requirement.language, in: "en")) was not assessed (required \(requirement.required.rawValue))",
                            de:
                                "\(Language.name(of: requirement.language, in: "de")) wurde nicht beurteilt (gefordert \(requirement.required.rawValue))"
                        )))
                continue
            }
            if observed < requirement.required {
                let finding = Finding(
                    code: "language-below-required", subject: requirement.language,
                    message: .init(
                        en:
                            "\(Language.name(of: requirement.language, in: "en")): observed \(observed.rawValue), required \(requirement.required.rawValue)\(requirement.mandatory ? " (mandatory)" : "")",
                        de:
                            "\(Language.name(of: requirement.language, in: "de")): beobachtet \(observed.rawValue), gefordert \(requirement.required.rawValue)\(requirement.mandatory ? " (verpflichtend)" : "")"
                    ))
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
