import ScoringCore

/// Scores customer orientation: the weighted mean of behaviourally anchored criteria, with the red
/// flags and the section minimum the rubric writes as knock-outs.
///
/// A criterion rated at or below the red-flag level is a red flag and caps the recommendation; so is a
/// section score below the minimum. Both rules exist only where the rubric writes them, each with its
/// rationale. A strong technical profile cannot buy back a candidate who blames customers.
package struct CustomerOrientationModule: ScoringModule {
    /// The configurations read so far: each section's is read once, not once per scorecard scored.
    private static let configurations = ModuleConfigurationCache<CustomerOrientationConfiguration>()

    /// `customer-orientation`.
    package let id = "customer-orientation"
    /// The module's name.
    package let name = CustomerOrientationMessages.name

    /// Creates the module.
    package init() {}

    /// Checks the `red-flag` and `minimum` rules.
    package func validate(_ section: RubricSection, in rubric: Rubric, decoder: inout NodeDecoder) {
        _ = CustomerOrientationConfiguration.read(section, scale: rubric.scale, decoder: &decoder)
    }

    private func configuration(of section: RubricSection, in rubric: Rubric) -> CustomerOrientationConfiguration {
        Self.configurations.value(for: section, in: rubric)
    }

    /// The red-flag rule and the minimum in words, or that the section has no knock-out rule.
    package func describeConfiguration(of section: RubricSection, in rubric: Rubric) -> [LocalizedText] {
        let rules = knockOutRules(of: section, in: rubric)
        guard !rules.isEmpty else {
            return [ModuleMessages.noKnockOutRule]
        }
        return rules.map(\.description)
    }

    /// The red flag (every criterion of the section must be rated) and the section minimum, as written.
    package func knockOutRules(of section: RubricSection, in rubric: Rubric) -> [KnockOutRule] {
        let configuration = configuration(of: section, in: rubric)
        var rules: [KnockOutRule] = []
        if let redFlag = configuration.redFlag {
            rules.append(
                KnockOutRule(
                    code: "red-flag",
                    description: CustomerOrientationMessages.redFlagRule(redFlag.level),
                    rationale: redFlag.rationale, criteria: section.criteria.map(\.id)))
        }
        if let minimum = configuration.minimum {
            rules.append(
                KnockOutRule(
                    code: "below-minimum",
                    description: CustomerOrientationMessages.minimumRule(minimum.score),
                    rationale: minimum.rationale))
        }
        return rules
    }

    /// The weighted mean of the rated criteria, red flags and the minimum check.
    package func score(_ section: RubricSection, in rubric: Rubric, ratings: SectionRatings) -> SectionResult {
        let configuration = configuration(of: section, in: rubric)
        let mean = WeightedMean(of: section.criteria, ratings: ratings)
        var result = SectionResult(
            sectionID: section.id, moduleID: id, score: mean.value, ratedCount: mean.ratedCount,
            criterionCount: section.criteria.count)
        if ratings.explains { result.explanation.append(mean.explanation(of: section.title)) }
        if let redFlag = configuration.redFlag {
            for criterion in section.criteria {
                guard let value = ratings.rating(of: criterion.id).value, value <= Double(redFlag.level) else {
                    continue
                }
                result.knockOuts.append(
                    Finding(
                        code: "red-flag", subject: criterion.id,
                        message: CustomerOrientationMessages.redFlag(
                            criterion.title, rated: value, level: redFlag.level)))
            }
        }
        if let minimum = configuration.minimum, let score = mean.value, score < minimum.score {
            result.knockOuts.append(
                Finding(
                    code: "below-minimum",
                    message: CustomerOrientationMessages.belowMinimum(score, minimum: minimum.score)))
        }
        return result
    }
}
