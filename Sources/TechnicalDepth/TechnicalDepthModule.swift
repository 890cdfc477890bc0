import ScoringCore

/// Scores technical depth on the rubric's scale: the weighted mean of the observed skill levels, each set
/// against the level the role requires.
///
/// The section score means what the scale's levels mean: a candidate rated at the "meets requirements"
/// level on every skill scores that level, all 4s score 4.00, and no score lies outside the ratings given.
/// What makes the module distinct is the requirement profile: each skill's gap (rated − required) is shown,
/// a critical skill rated below its required level is a knock-out (the rubric writes why), and every other
/// skill below its requirement is a training need.
public struct TechnicalDepthModule: ScoringModule {
    /// The configurations read so far: each section's is read once, not once per scorecard scored.
    private static let configurations = ModuleConfigurationCache<TechnicalDepthConfiguration>()

    /// `technical-depth`.
    public let id = "technical-depth"
    /// The module's name.
    public let name = LocalizedText(en: "Technical depth", de: "Fachliche Tiefe")

    /// Creates the module.
    public init() {}

    /// Skills are rated by the level observed.
    public var ratingPrompt: LocalizedText { .init(en: "observed level", de: "beobachtete Stufe") }

    /// Checks that every criterion has a required level, and that critical skills give their rationale.
    public func validate(_ section: RubricSection, in rubric: Rubric, decoder: inout NodeDecoder) {
        _ = TechnicalDepthConfiguration.read(section, scale: rubric.scale, decoder: &decoder)
    }

    private func configuration(of section: RubricSection, in rubric: Rubric) -> TechnicalDepthConfiguration {
        Self.configurations.value(for: section, in: rubric)
    }

    /// Each skill's required level (with the scale's label) and whether it is critical.
    public func describeConfiguration(of section: RubricSection, in rubric: Rubric) -> [LocalizedText] {
        let configuration = configuration(of: section, in: rubric)
        var lines: [LocalizedText] = section.criteria.compactMap { criterion in
            guard let skill = configuration.skills[criterion.id] else { return nil }
            let label = rubric.scale.label(of: skill.required)
            let labelEN = label.map { " (\"\($0.text(in: "en"))\")" } ?? ""
            let labelDE = label.map { " („\($0.text(in: "de"))“)" } ?? ""
            return .init(
                en:
                    "\(criterion.title.text(in: "en")): required level \(skill.required)\(labelEN)\(skill.critical ? "; critical: below it is a knock-out" : "").",
                de:
                    "\(criterion.title.text(in: "de")): geforderte Stufe \(skill.required)\(labelDE)\(skill.critical ? "; kritisch: darunter ist ein K.-o.-Kriterium" : "")."
            )
        }
        lines.append(
            .init(
                en:
                    "Rate the level you observed against this job's requirements. The section score is the weighted mean of the levels; a gap in a skill that is not critical is a training need.",
                de:
                    "Bewerten Sie die beobachtete Stufe an den Anforderungen dieser Stelle. Der Abschnittswert ist das gewichtete Mittel der Stufen; eine Lücke in einer nicht kritischen Fähigkeit ist Trainingsbedarf."
            ))
        if !configuration.skills.values.contains(where: \.critical) {
            lines.append(
                .init(
                    en: "This section has no knock-out rule: only its score counts.",
                    de: "Dieser Abschnitt hat keine K.-o.-Regel: nur sein Wert zählt."))
        }
        return lines
    }

    /// Each critical skill: it must be rated, and below its required level it knocks out.
    public func knockOutRules(of section: RubricSection, in rubric: Rubric) -> [KnockOutRule] {
        let configuration = configuration(of: section, in: rubric)
        return section.criteria.compactMap { criterion in
            guard let skill = configuration.skills[criterion.id], skill.critical else { return nil }
            return KnockOutRule(
                code: "critical-skill-gap",
                description: .init(
                    en:
                        "Critical skill '\(criterion.title.text(in: "en"))' rated below the required level \(skill.required) is a knock-out.",
                    de:
                        "Kritische Fähigkeit '\(criterion.title.text(in: "de"))' unter der geforderten Stufe \(skill.required) ist ein K.-o.-Kriterium."
                ),
                rationale: skill.rationale, criteria: [criterion.id])
        }
    }

    /// The weighted mean, each skill's gap, the knock-outs for critical gaps and the training needs.
    public func score(_ section: RubricSection, in rubric: Rubric, ratings: SectionRatings) -> SectionResult {
        let configuration = configuration(of: section, in: rubric)
        let mean = WeightedMean(of: section.criteria, ratings: ratings)
        var result = SectionResult(
            sectionID: section.id, moduleID: id, score: mean.value, ratedCount: mean.ratedCount,
            criterionCount: section.criteria.count)
        result.explanation.append(mean.explanation(of: section.title))
        var trainingNeeds: [LocalizedText] = []
        var gapsEN: [String] = []
        var gapsDE: [String] = []
        for criterion in section.criteria {
            guard let observed = ratings.rating(of: criterion.id).value, let skill = configuration.skills[criterion.id]
            else { continue }
            let gap = observed - Double(skill.required)
            let shownGap = (gap > 0 ? "+" : gap < 0 ? "−" : "±") + Format.number(abs(gap))
            gapsEN.append("\(criterion.id) \(shownGap)")
            gapsDE.append("\(criterion.id) " + Format.decimalComma(shownGap))
            guard gap < 0 else { continue }
            let observedEN = Format.number(observed)
            let observedDE = Format.number(observed, language: .de)
            if skill.critical {
                result.knockOuts.append(
                    Finding(
                        code: "critical-skill-gap", subject: criterion.id,
                        message: .init(
                            en:
                                "critical skill '\(criterion.title.text(in: "en"))' is below its required level (observed \(observedEN), required \(skill.required))",
                            de:
                                "kritische Fähigkeit '\(criterion.title.text(in: "de"))' liegt unter der geforderten Stufe (beobachtet \(observedDE), gefordert \(skill.required))"
                        )))
            } else {
                trainingNeeds.append(
                    .init(
                        en: "\(criterion.title.text(in: "en")): observed \(observedEN), required \(skill.required)",
                        de: "\(criterion.title.text(in: "de")): beobachtet \(observedDE), gefordert \(skill.required)"))
            }
        }
        if !trainingNeeds.isEmpty {
            result.outputs.append(
                ModuleOutput(
                    id: "training-needs", label: .init(en: "training need", de: "Trainingsbedarf"),
                    lines: trainingNeeds))
        }
        if !gapsEN.isEmpty {
            result.explanation.append(
                .init(
                    en: "gap to the required level (rated − required): " + gapsEN.joined(separator: ", "),
                    de: "Abstand zur geforderten Stufe (bewertet − gefordert): " + gapsDE.joined(separator: ", ")))
        }
        return result
    }
}
