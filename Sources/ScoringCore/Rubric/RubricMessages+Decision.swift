// The messages and hints about a rubric's decision rules, references between its parts and duplicate ids.
extension RubricMessages {
    /// The context of the decision rules (the YAML key, the same in both languages).
    static let decisionContext = LocalizedText(en: "'decision'", de: "'decision'")
    /// The context of the thresholds (the YAML key, the same in both languages).
    static let thresholdsContext = LocalizedText(en: "'thresholds'", de: "'thresholds'")
    /// A threshold outside the scale.
    static func thresholdOffScale(_ key: String, value: String, scale: String) -> LocalizedText {
        .init(
            en: "threshold '\(key)' is \(value), outside the scale \(scale)",
            de: "Schwelle '\(key)' ist \(value), außerhalb der Skala \(scale)")
    }
    /// A minimum coverage outside 0...1.
    static func invalidCoverage(_ found: String) -> LocalizedText {
        .init(
            en: "'minimum-coverage' is a share between 0 and 1, found \(found)",
            de: "'minimum-coverage' ist ein Anteil zwischen 0 und 1, gefunden: \(found)")
    }
    /// The hint for an invalid minimum coverage.
    static let coverageExample = LocalizedText(
        en: "for example 0.75 for three quarters", de: "zum Beispiel 0.75 für drei Viertel")
    /// A consensus method HireScore does not know.
    static func unknownConsensus(_ method: String, known: [String]) -> LocalizedText {
        .init(
            en: "unknown consensus method '\(method)'; known methods: \(known.joined(separator: ", "))",
            de: "unbekannte Konsensmethode '\(method)'; bekannte Methoden: \(known.joined(separator: ", "))")
    }
    /// The hint for an unknown consensus method without a close match.
    static let medianIsUsual = LocalizedText(
        en: "median is the usual choice: robust to one outlier", de: "üblich ist median: robust gegen einen Ausreißer")
    /// A knock-out cap other than no or strong-no.
    static func invalidKnockOutCap(_ found: String) -> LocalizedText {
        .init(
            en: "'knock-out-cap' must be no or strong-no, found '\(found)'",
            de: "'knock-out-cap' muss no oder strong-no sein, gefunden: '\(found)'")
    }

    static var decisionEntries: [(name: String, text: LocalizedText)] {
        [
            ("decisionContext", decisionContext), ("thresholdsContext", thresholdsContext),
            ("thresholdOffScale", thresholdOffScale("yes", value: "6", scale: "1..5")),
            ("invalidCoverage", invalidCoverage("75")), ("coverageExample", coverageExample),
            ("unknownConsensus", unknownConsensus("medain", known: ["median", "mean"])),
            ("medianIsUsual", medianIsUsual), ("invalidKnockOutCap", invalidKnockOutCap("maybe")),
        ]
    }
}
