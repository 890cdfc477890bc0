import ScoringCore

/// Scores customer orientation: the weighted mean of behaviourally anchored criteria, with the red
/// flags and the section minimum the rubric writes as knock-outs.
///
/// A criterion rated at or below the red-flag level is a red flag and caps the recommendation; so is a
/// section score below the minimum. Both rules exist only where the rubric writes them, each with its
/// rationale. A strong technical profile cannot buy back a candidate who blames customers.
public struct CustomerOrientationModule: ScoringModule {
    /// The configurations read so far: each section's is read once, not once per scorecard scored.
    private static let configurations = ModuleConfigurationCache<CustomerOrientationConfiguration>()

    /// `customer-orientation`.
    public let id = "customer-orientation"
    /// The module's name.
    public let name = LocalizedText(en: "Customer orientation", de: "Kundenorientierung")

    /// Creates the module.
    public init() {}

    /// Checks the `red-flag` and `minimum` rules.
    public func validate(_ section: RubricSection, in rubric: Rubric, decoder: inout NodeDecoder) {
        _ = CustomerOrientationConfiguration.read(section, scale: rubric.scale, decoder: &decoder)
    }

    private func configuration(of section: RubricSection, in rubric: Rubric) -> CustomerOrientationConfiguration {
        Self.configurations.value(for: section, in: rubric)
    }

    /// The red-flag rule and the minimum in words, or that the section has no knock-out rule.
    public func describeConfiguration(of section: RubricSection, in rubric: Rubric) -> [LocalizedText] {
        let rules = knockOutRules(of: section, in: rubric)
        guard !rules.isEmpty else {
            return [
                .init(
                    en: "This section has no knock-out rule: only its score counts.",
                    de: "Dieser Abschnitt hat keine K.-o.-Regel: nur sein Wert zählt.")
            ]
        }
        return rules.map(\.description)
    }

    /// The red flag (every criterion of the section must be rated) and the section minimum, as written.
    public func knockOutRules(of section: RubricSection, in rubric: Rubric) -> [KnockOutRule] {
        let configuration = configuration(of: section, in: rubric)
        var rules: [KnockOutRule] = []
        if let redFlag = configuration.redFlag {
            rules.append(
                KnockOutRule(
                    code: "red-flag",
                    description: .init(
                        en:
                            "Red flag: any criterion rated \(redFlag.level) or lower is a knock-out, whatever the other ratings.",
                        de:
                            "Warnsignal: jedes Kriterium mit \(redFlag.level) oder weniger ist ein K.-o.-Kriterium, egal wie die übrigen Bewertungen ausfallen."
                    ),
                    rationale: redFlag.rationale, criteria: section.criteria.map(\.id)))
        }
        if let minimum = configuration.minimum {
            rules.append(
                KnockOutRule(
                    code: "below-minimum",
                    description: .init(
                        en: "Minimum: a section score below \(Format.number(minimum.score)) is a knock-out.",
                        de:
                            "Minimum: ein Abschnittswert unter \(Format.number(minimum.score, language: .de)) ist ein K.-o.-Kriterium."
                    ),
                    rationale: minimum.rationale))
        }
        return rules
    }

    /// The weighted mean of the rated criteria, red flags and the minimum check.
    public func score(_ section: RubricSection, in rubric: Rubric, ratings: SectionRatings) -> SectionResult {
        let configuration = configuration(of: section, in: rubric)
        let mean = WeightedMean(of: section.criteria, ratings: ratings)
        var result = SectionResult(
            sectionID: section.id, moduleID: id, score: mean.value, ratedCount: mean.ratedCount,
            criterionCount: section.criteria.count)
        result.explanation.append(mean.explanation(of: section.title))
        if let redFlag = configuration.redFlag {
            for criterion in section.criteria {
                guard let value = ratings.rating(of: criterion.id).value, value <= Double(redFlag.level) else {
                    continue
                }
                let level = Format.number(value)
                result.knockOuts.append(
                    Finding(
                        code: "red-flag", subject: criterion.id,
                        message: .init(
                            en:
                                "red flag: '\(criterion.title.text(in: "en"))' rated \(level), at or below the red-flag level \(redFlag.level)",
                            de:
                                "Warnsignal: '\(criterion.title.text(in: "de"))' mit \(Format.number(value, language: .de)) bewertet, auf oder unter der Warnstufe \(redFlag.level)"
                        )))
            }
        }
        if let minimum = configuration.minimum, let score = mean.value, score < minimum.score {
            result.knockOuts.append(
                Finding(
                    code: "below-minimum",
                    message: .init(
                        en: "section score \(Format.fixed(score)) is below the minimum \(Format.number(minimum.score))",
                        de:
                            "Abschnittswert \(Format.fixed(score, language: .de)) liegt unter dem Minimum \(Format.number(minimum.score, language: .de))"
                    )))
        }
        return result
    }
}
