import ScoringCore

// The diagnostic codes that only the work-sample module reports.

extension DiagnosticCode {
    /// `time-limit-minutes` is outside its allowed range.
    package static let invalidTimeLimit = DiagnosticCode(
        "invalid-time-limit",
        meaning: "`time-limit-minutes` is outside its allowed range.",
        example: "rubrics/claims-handler.yaml:101:27: error: 'time-limit-minutes' must be from 1 to 240, found 600")

    /// `variants:` is given but lists no task variant.
    package static let emptyVariants = DiagnosticCode(
        "empty-variants",
        meaning: "`variants:` is given but lists no task variant.",
        example:
            "rubrics/it-service-desk-agent.yaml:120:9: error: 'variants' lists no task variant; list them or leave the key out"
    )
}

extension WorkSampleModule {
    /// The diagnostic codes this module reports beyond the core's, for the documented list.
    package static let diagnosticCodes = DiagnosticCode.Group(
        title: "Module work-sample",
        codes: [
            .invalidTimeLimit, .emptyVariants,
        ])
}
