import ScoringCore

/// Scores technical depth on the rubric's scale: the weighted mean of the observed skill levels, each set
/// against the level the role requires.
///
/// The section score means what the scale's levels mean: a candidate rated at the "meets requirements"
/// level on every skill scores that level, all 4s score 4.00, and no score lies outside the ratings given.
/// What makes the module distinct is the requirement profile: each skill's gap (rated − required) is shown,
/// a critical skill rated below its required level is a knock-out (the rubric writes why), and every other
/// skill below its requirement is a training need.
package struct TechnicalDepthModule: ScoringModule {
    /// The configurations read so far: each section's is read once, not once per scorecard scored.
    private static let configurations = ModuleConfigurationCache<TechnicalDepthConfiguration>()

    /// `technical-depth`.
    package let id = "technical-depth"
    /// The module's name.
    package let name = TechnicalDepthMessages.name

    /// Creates the module.
    package init() {}

    /// Skills are rated by the level observed.
    package var ratingPrompt: LocalizedText { TechnicalDepthMessages.ratingPrompt }

    /// Checks that every criterion has a required level, and that critical skills give their rationale.
    package func validate(_ section: RubricSection, in rubric: Rubric, decoder: inout NodeDecoder) {
        _ = TechnicalDepthConfiguration.read(section, scale: rubric.scale, decoder: &decoder)
    }

    private func configuration(of section: RubricSection, in rubric: Rubric) -> TechnicalDepthConfiguration {
        Self.configurations.value(for: section, in: rubric)
    }

    /// Each skill's required level (with the scale's label) and whether it is critical.
    package func describeConfiguration(of section: RubricSection, in rubric: Rubric) -> [LocalizedText] {
        let configuration = configuration(of: section, in: rubric)
        var lines: [LocalizedText] = section.criteria.compactMap { criterion in
            guard let skill = configuration.skills[criterion.id] else { return nil }
            return TechnicalDepthMessages.skillRule(
                criterion.title, required: skill.required, label: rubric.scale.label(of: skill.required),
                critical: skill.critical)
        }
        lines.append(TechnicalDepthMessages.howToRate)
        if !configuration.skills.values.contains(where: \.critical) {
            lines.append(ModuleMessages.noKnockOutRule)
        }
        return lines
    }

    /// Each critical skill: it must be rated, and below its required level it knocks out.
    package func knockOutRules(of section: RubricSection, in rubric: Rubric) -> [KnockOutRule] {
        let configuration = configuration(of: section, in: rubric)
        return section.criteria.compactMap { criterion in
            guard let skill = configuration.skills[criterion.id], skill.critical else { return nil }
            return KnockOutRule(
                code: "critical-skill-gap",
                description: TechnicalDepthMessages.criticalSkillRule(criterion.title, required: skill.required),
                rationale: skill.rationale, criteria: [criterion.id])
        }
    }

    /// The weighted mean, each skill's gap, the knock-outs for critical gaps and the training needs.
    package func score(_ section: RubricSection, in rubric: Rubric, ratings: SectionRatings) -> SectionResult {
        let configuration = configuration(of: section, in: rubric)
        let mean = WeightedMean(of: section.criteria, ratings: ratings)
        var result = SectionResult(
            sectionID: section.id, moduleID: id, score: mean.value, ratedCount: mean.ratedCount,
            criterionCount: section.criteria.count)
        if ratings.explains { result.explanation.append(mean.explanation(of: section.title)) }
        var trainingNeeds: [LocalizedText] = []
        var gaps: [(criterion: String, gap: String)] = []
        for criterion in section.criteria {
            guard let observed = ratings.rating(of: criterion.id).value, let skill = configuration.skills[criterion.id]
            else { continue }
            let gap = observed - Double(skill.required)
            if ratings.explains {
                let shownGap = (gap > 0 ? "+" : gap < 0 ? "−" : "±") + Format.number(abs(gap))
                gaps.append((criterion.id, shownGap))
            }
            guard gap < 0 else { continue }
            if skill.critical {
                result.knockOuts.append(
                    Finding(
                        code: "critical-skill-gap", subject: criterion.id,
                        message: TechnicalDepthMessages.criticalSkillGap(
                            criterion.title, observed: observed, required: skill.required)))
            } else {
                trainingNeeds.append(
                    TechnicalDepthMessages.trainingNeed(criterion.title, observed: observed, required: skill.required))
            }
        }
        if !trainingNeeds.isEmpty {
            result.outputs.append(
                ModuleOutput(
                    id: "training-needs", label: TechnicalDepthMessages.trainingNeeds,
                    lines: trainingNeeds))
        }
        if !gaps.isEmpty { result.explanation.append(TechnicalDepthMessages.gaps(gaps)) }
        return result
    }
}
