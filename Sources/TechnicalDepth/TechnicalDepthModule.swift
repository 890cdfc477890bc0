import ScoringCore

/// Scores technical depth as the weighted fit of observed skill levels to the role's requirements.
///
/// Each criterion is a skill with a required level. A skill at or above its requirement fits fully
/// (1), plus a bonus for each level above it, capped; a skill below fits proportionally
/// (observed / required). The weighted mean fit F maps onto the scale as
/// `lowest + (highest − lowest) × F / (1 + bonus cap)`, so meeting every requirement exactly gives
/// 4.33 on a 1..5 scale with the default cap, and exceeding all of them gives 5. A critical skill
/// two or more levels short is a knock-out; every skill below its requirement is a training need.
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

    /// Checks that every criterion has a required level and the bonus settings are in range.
    public func validate(_ section: RubricSection, in rubric: Rubric, decoder: inout NodeDecoder) {
        _ = TechnicalDepthConfiguration.read(section, scale: rubric.scale, decoder: &decoder)
    }

    /// Each skill's required level, the critical skills and the bonus in words.
    public func describeConfiguration(of section: RubricSection, in rubric: Rubric) -> [LocalizedText] {
        var scratch = NodeDecoder(file: rubric.sourcePath, languages: rubric.languages)
        let configuration = TechnicalDepthConfiguration.read(section, scale: rubric.scale, decoder: &scratch)
        var lines: [LocalizedText] = section.criteria.compactMap { criterion in
            guard let skill = configuration.skills[criterion.id] else { return nil }
            return .init(en: "\(criterion.title.text(in: "en")): required level \(skill.required)\(skill.critical ? " (critical: two levels short is a knock-out)" : "").",
                         de: "\(criterion.title.text(in: "de")): geforderte Stufe \(skill.required)\(skill.critical ? " (kritisch: zwei Stufen darunter ist ein K.-o.-Kriterium)" : "").")
        }
        lines.append(.init(en: "Rate the level you observed. Each level above the requirement adds \(Format.number(configuration.bonusPerLevel)) to the fit, at most \(Format.number(configuration.bonusCap)) per skill.",
                           de: "Bewerten Sie die beobachtete Stufe. Jede Stufe über der Anforderung erhöht die Passung um \(Format.number(configuration.bonusPerLevel, language: .de)), höchstens \(Format.number(configuration.bonusCap, language: .de)) je Fähigkeit."))
        return lines
    }

    /// The weighted fit, the knock-outs for critical gaps and the training needs.
    public func score(_ section: RubricSection, in rubric: Rubric, ratings: SectionRatings) -> SectionResult {
        let configuration = Self.configurations.value(for: section, in: rubric) { section, rubric in
            var scratch = NodeDecoder(file: rubric.sourcePath, languages: rubric.languages)
            return TechnicalDepthConfiguration.read(section, scale: rubric.scale, decoder: &scratch)
        }
        var result = SectionResult(sectionID: section.id, moduleID: id, score: nil, ratedCount: 0, criterionCount: section.criteria.count)
        var fitSum = 0.0
        var weightSum = 0.0
        var terms: [String] = []
        var skipped = 0
        for criterion in section.criteria {
            guard let observed = ratings.rating(of: criterion.id).value else {
                skipped += 1
                continue
            }
            let skill = configuration.skills[criterion.id] ?? .init(required: rubric.scale.highest)
            result.ratedCount += 1
            let fit: Double
            let required = Double(skill.required)
            let shownObserved = Format.number(observed)
            if observed >= required {
                fit = 1 + min(configuration.bonusPerLevel * (observed - required), configuration.bonusCap)
            } else {
                fit = observed / required
                result.trainingNeeds.append(.init(
                    en: "\(criterion.title.text(in: "en")): observed \(shownObserved), required \(skill.required)",
                    de: "\(criterion.title.text(in: "de")): beobachtet \(Format.number(observed, language: .de)), gefordert \(skill.required)"))
                if skill.critical && required - observed >= 2 {
                    result.knockOuts.append(Finding(code: "critical-skill-gap", message: .init(
                        en: "critical skill '\(criterion.title.text(in: "en"))' is \(Format.number(required - observed)) levels short (observed \(shownObserved), required \(skill.required))",
                        de: "kritische Fähigkeit '\(criterion.title.text(in: "de"))' liegt \(Format.number(required - observed, language: .de)) Stufen unter der Anforderung (beobachtet \(Format.number(observed, language: .de)), gefordert \(skill.required))")))
                }
            }
            fitSum += criterion.weight * fit
            weightSum += criterion.weight
            terms.append("\(Format.number(criterion.weight))×\(Format.number(fit, digits: 3))")
        }
        guard weightSum > 0 else {
            result.explanation.append(.init(en: "\(section.title.text(in: "en")): nothing rated", de: "\(section.title.text(in: "de")): nichts bewertet"))
            return result
        }
        let fit = fitSum / weightSum
        let scale = rubric.scale
        let score = Double(scale.lowest) + Double(scale.highest - scale.lowest) * fit / (1 + configuration.bonusCap)
        result.score = score
        let fitArithmetic = "(\(terms.joined(separator: " + "))) / \(Format.number(weightSum)) = \(Format.fixed(fit, digits: 3))"
        let scoreArithmetic = "\(scale.lowest) + \(scale.highest - scale.lowest) × \(Format.fixed(fit, digits: 3)) / \(Format.number(1 + configuration.bonusCap)) = \(Format.fixed(score))"
        var english = "\(section.title.text(in: "en")): weighted fit to requirements \(fitArithmetic); on the scale \(scoreArithmetic)"
        // Decimal commas in the arithmetic only: the section title may itself contain dots ("z. B.").
        var german = "\(section.title.text(in: "de")): gewichtete Passung zu den Anforderungen "
            + Format.decimalComma("\(fitArithmetic); auf der Skala \(scoreArithmetic)")
        if skipped > 0 {
            english += "; \(skipped) n/a left out"
            german += "; \(skipped) × n/a nicht gezählt"
        }
        result.explanation.append(.init(en: english, de: german))
        return result
    }
}
