import ScoringCore

/// Scores customer orientation: the weighted mean of behaviourally anchored criteria, with red
/// flags and a section minimum as knock-outs.
///
/// A criterion rated at or below the red-flag level (default: the lowest level) is a red flag and
/// caps the recommendation; so is a section score below the minimum (default: the middle of the
/// scale). A strong technical profile cannot buy back a candidate who blames customers.
public struct CustomerOrientationModule: ScoringModule {
    /// The configurations read so far: each section's is read once, not once per scorecard scored.
    private static let configurations = ModuleConfigurationCache<CustomerOrientationConfiguration>()

    /// `customer-orientation`.
    public let id = "customer-orientation"
    /// The module's name.
    public let name = LocalizedText(en: "Customer orientation", de: "Kundenorientierung")

    /// Creates the module.
    public init() {}

    /// Checks the `red-flag-level` and `minimum` settings.
    public func validate(_ section: RubricSection, in rubric: Rubric, decoder: inout NodeDecoder) {
        _ = CustomerOrientationConfiguration.read(section, scale: rubric.scale, decoder: &decoder)
    }

    /// The red-flag level and the minimum in words.
    public func describeConfiguration(of section: RubricSection, in rubric: Rubric) -> [LocalizedText] {
        var scratch = NodeDecoder(file: rubric.sourcePath, languages: rubric.languages)
        let configuration = CustomerOrientationConfiguration.read(section, scale: rubric.scale, decoder: &scratch)
        return [
            .init(en: "Red flag: any criterion rated \(configuration.redFlagLevel) or lower is a knock-out, whatever the other ratings.",
                  de: "Warnsignal: jedes Kriterium mit \(configuration.redFlagLevel) oder weniger ist ein K.-o.-Kriterium, egal wie die übrigen Bewertungen ausfallen."),
            .init(en: "Minimum: a section score below \(Format.number(configuration.minimum)) is a knock-out.",
                  de: "Minimum: ein Abschnittswert unter \(Format.number(configuration.minimum, language: .de)) ist ein K.-o.-Kriterium."),
        ]
    }

    /// The weighted mean of the rated criteria, red flags and the minimum check.
    public func score(_ section: RubricSection, in rubric: Rubric, ratings: SectionRatings) -> SectionResult {
        let configuration = Self.configurations.value(for: section, in: rubric) { section, rubric in
            var scratch = NodeDecoder(file: rubric.sourcePath, languages: rubric.languages)
            return CustomerOrientationConfiguration.read(section, scale: rubric.scale, decoder: &scratch)
        }
        let mean = WeightedMean(of: section.criteria, ratings: ratings)
        var result = SectionResult(sectionID: section.id, moduleID: id, score: mean.value, ratedCount: mean.ratedCount,
                                   criterionCount: section.criteria.count)
        result.explanation.append(mean.explanation(of: section.title))
        for criterion in section.criteria {
            guard let value = ratings.rating(of: criterion.id).value, value <= Double(configuration.redFlagLevel) else { continue }
            let level = Format.number(value)
            result.knockOuts.append(Finding(code: "red-flag", message: .init(
                en: "red flag: '\(criterion.title.text(in: "en"))' rated \(level), at or below the red-flag level \(configuration.redFlagLevel)",
                de: "Warnsignal: '\(criterion.title.text(in: "de"))' mit \(level) bewertet, auf oder unter der Warnstufe \(configuration.redFlagLevel)")))
        }
        if let score = mean.value, score < configuration.minimum {
            result.knockOuts.append(Finding(code: "below-minimum", message: .init(
                en: "section score \(Format.fixed(score)) is below the minimum \(Format.number(configuration.minimum))",
                de: "Abschnittswert \(Format.fixed(score, language: .de)) liegt unter dem Minimum \(Format.number(configuration.minimum, language: .de))")))
        }
        return result
    }
}
