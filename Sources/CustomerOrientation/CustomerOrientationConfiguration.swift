import ScoringCore
import YAML

/// The `config` of a `customer-orientation` section: its knock-out rules, each with the rubric's rationale.
///
/// There are no defaults that knock out: a section without `red-flag` or `minimum` has no knock-out rule.
///
/// ```yaml
/// config:
///   red-flag: {level: 1, rationale: {de: ..., en: ...}}
///   minimum: {score: 2.5, rationale: {de: ..., en: ...}}
/// ```
package struct CustomerOrientationConfiguration: Sendable, Hashable {
    /// A criterion rated at or below `level` is a red flag, which is a knock-out.
    package struct RedFlag: Sendable, Hashable {
        /// The red-flag level.
        package var level: Int
        /// Why the job needs the rule.
        package var rationale: LocalizedText?
    }

    /// A section score below `score` is a knock-out.
    package struct Minimum: Sendable, Hashable {
        /// The lowest section score that is not a knock-out.
        package var score: Double
        /// Why the job needs the rule.
        package var rationale: LocalizedText?
    }

    /// The red-flag rule, when the rubric writes one.
    package var redFlag: RedFlag?
    /// The section minimum, when the rubric writes one.
    package var minimum: Minimum?

    /// Creates a configuration.
    package init(redFlag: RedFlag? = nil, minimum: Minimum? = nil) {
        self.redFlag = redFlag
        self.minimum = minimum
    }

    /// Reads the configuration of `section`, reporting problems to `decoder`.
    package static func read(_ section: RubricSection, scale: RatingScale, decoder: inout NodeDecoder)
        -> CustomerOrientationConfiguration
    {
        var configuration = CustomerOrientationConfiguration()
        guard let node = section.configuration, !(node.scalar?.isNull ?? false) else { return configuration }
        var reader = MappingReader(
            node, context: ModuleMessages.configContext(section.id), decoder: &decoder)
        guard reader.isMapping else { return configuration }
        if let old = reader.optional("red-flag-level") {
            decoder.error(
                .knockOutWithoutRationale,
                CustomerOrientationMessages.redFlagLevelRenamed, at: old.location,
                hint: CustomerOrientationMessages.writeRedFlag(old.scalar?.text ?? "1"))
        }
        if let redFlagNode = reader.optional("red-flag") {
            configuration.redFlag = readRedFlag(redFlagNode, scale: scale, decoder: &decoder)
        }
        if let minimumNode = reader.optional("minimum") {
            configuration.minimum = readMinimum(minimumNode, scale: scale, decoder: &decoder)
        }
        reader.finish(&decoder)
        return configuration
    }

    private static func readRedFlag(_ node: YAMLNode, scale: RatingScale, decoder: inout NodeDecoder) -> RedFlag? {
        var reader = MappingReader(node, context: CommonMessages.keyContext("red-flag"), decoder: &decoder)
        guard reader.isMapping else { return nil }
        var level: Int?
        if let levelNode = reader.required("level", decoder: &decoder, example: "\(scale.lowest)"),
            let value = decoder.readInteger(levelNode, key: "level")
        {
            if scale.contains(value) {
                level = value
            } else {
                decoder.error(
                    .offScale,
                    CustomerOrientationMessages.redFlagOffScale(value, scale: scale.rangeDescription),
                    at: levelNode.location)
            }
        }
        let rationale = decoder.readKnockOutRationale(
            &reader, rule: CommonMessages.keyContext("red-flag"), at: node.location)
        reader.finish(&decoder)
        return level.map { RedFlag(level: $0, rationale: rationale) }
    }

    private static func readMinimum(_ node: YAMLNode, scale: RatingScale, decoder: inout NodeDecoder) -> Minimum? {
        if node.scalar != nil {
            decoder.error(
                .knockOutWithoutRationale,
                CustomerOrientationMessages.minimumNeedsRationale, at: node.location,
                hint: CustomerOrientationMessages.writeMinimum(node.scalar?.text ?? "2.5"))
            return nil
        }
        var reader = MappingReader(node, context: CommonMessages.keyContext("minimum"), decoder: &decoder)
        guard reader.isMapping else { return nil }
        var score: Double?
        if let scoreNode = reader.required("score", decoder: &decoder, example: "2.5"),
            let value = decoder.readDecimal(scoreNode, key: "score")
        {
            if value >= Double(scale.lowest) && value <= Double(scale.highest) {
                score = value
            } else {
                decoder.error(
                    .offScale,
                    CustomerOrientationMessages.minimumOffScale(value, scale: scale.rangeDescription),
                    at: scoreNode.location)
            }
        }
        let rationale = decoder.readKnockOutRationale(
            &reader, rule: CommonMessages.keyContext("minimum"), at: node.location)
        reader.finish(&decoder)
        return score.map { Minimum(score: $0, rationale: rationale) }
    }
}

extension CustomerOrientationConfiguration: SectionConfiguration {
    /// Reads the configuration of `section` in `rubric`, reporting problems to `decoder`.
    package static func read(_ section: RubricSection, in rubric: Rubric, decoder: inout NodeDecoder)
        -> CustomerOrientationConfiguration
    {
        read(section, scale: rubric.scale, decoder: &decoder)
    }
}
