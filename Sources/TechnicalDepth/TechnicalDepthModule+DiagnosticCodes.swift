import ScoringCore

// The diagnostic codes that only the technical-depth module reports.

extension DiagnosticCode {
    /// A key of an older technical-depth configuration that no longer has a meaning.
    package static let retiredKey = DiagnosticCode(
        "retired-key",
        meaning: "A key of an older technical-depth configuration that no longer has a meaning.",
        example:
            "rubrics/claims-handler.yaml:43:18: error: 'bonus-cap' is gone: technical depth scores on the rubric's scale like every section (a candidate who meets every requirement scores the 'meets' level)"
    )

    /// A skill under `skills` is not a criterion of the section.
    package static let unknownSkill = DiagnosticCode(
        "unknown-skill",
        meaning: "A skill under `skills` is not a criterion of the section.",
        example:
            "rubrics/claims-handler.yaml:81:9: error: skill 'system-usage' is not a criterion of section 'technical-depth'"
    )

    /// A criterion of the section has no required level under `skills`.
    package static let missingSkill = DiagnosticCode(
        "missing-skill",
        meaning: "A criterion of the section has no required level under `skills`.",
        example: "rubrics/claims-handler.yaml:81:9: error: criterion 'system-use' has no required level under 'skills'")

    /// A skill's required level is not the scale's "meets the requirements" level.
    package static let requiredLevelNotMeets = DiagnosticCode(
        "required-level-not-meets",
        meaning: "A skill's required level is not the scale's \"meets the requirements\" level.",
        example:
            "rubrics/claims-handler.yaml:44:25: warning: skill 'law' requires level 4, which the scale calls \"above requirements\""
    )
}

extension TechnicalDepthModule {
    /// The diagnostic codes this module reports beyond the core's, for the documented list.
    package static let diagnosticCodes = DiagnosticCode.Group(
        title: "Module technical-depth",
        codes: [
            .retiredKey,
            .unknownSkill,
            .missingSkill,
            .requiredLevelNotMeets,
        ])
}
