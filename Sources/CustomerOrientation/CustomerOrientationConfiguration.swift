import ScoringCore
import YAML

/// The `config` of a `customer-orientation` section: the red-flag level and the section minimum.
public struct CustomerOrientationConfiguration: Sendable, Hashable {
    /// A criterion rated at or below this level is a red flag, which is a knock-out.
    public var redFlagLevel: Int
    /// A section score below this is a knock-out.
    public var minimum: Double

    /// Creates a configuration.
    public init(redFlagLevel: Int, minimum: Double) {
        self.redFlagLevel = redFlagLevel
        self.minimum = minimum
    }

    /// Reads the configuration of `section`, reporting problems to `decoder`; defaults fill what is not written.
    public static func read(_ section: RubricSection, scale: RatingScale, decoder: inout NodeDecoder) -> CustomerOrientationConfiguration {
        var configuration = CustomerOrientationConfiguration(redFlagLevel: scale.lowest, minimum: scale.middle)
        guard let node = section.configuration, !(node.scalar?.isNull ?? false) else { return configuration }
        var reader = MappingReader(node, context: .init(en: "the config of section '\(section.id)'", de: "der Konfiguration von Abschnitt '\(section.id)'"),
                                   decoder: &decoder)
        guard reader.isMapping else { return configuration }
        if let levelNode = reader.optional("red-flag-level"), let level = decoder.readInteger(levelNode, key: "red-flag-level") {
            if scale.contains(level) {
                configuration.redFlagLevel = level
            } else {
                decoder.error("off-scale",
                              .init(en: "'red-flag-level' is \(level), which is not on the scale \(scale.rangeDescription)",
                                    de: "'red-flag-level' ist \(level) und liegt nicht auf der Skala \(scale.rangeDescription)"),
                              at: levelNode.location)
            }
        }
        if let minimumNode = reader.optional("minimum"), let minimum = decoder.readDecimal(minimumNode, key: "minimum") {
            if minimum >= Double(scale.lowest) && minimum <= Double(scale.highest) {
                configuration.minimum = minimum
            } else {
                decoder.error("off-scale",
                              .init(en: "'minimum' is \(Format.number(minimum)), outside the scale \(scale.rangeDescription)",
                                    de: "'minimum' ist \(Format.number(minimum, language: .de)), außerhalb der Skala \(scale.rangeDescription)"),
                              at: minimumNode.location)
            }
        }
        reader.finish(&decoder)
        return configuration
    }
}
