// The documented diagnostic codes: scorecards. Listed in DiagnosticCode+Registry.swift.

extension DiagnosticCode {
    /// A rubric `hash` is not `sha256:` followed by 64 hex digits.
    public static let invalidHash = DiagnosticCode(
        "invalid-hash",
        meaning: "A rubric `hash` is not `sha256:` followed by 64 hex digits.",
        example:
            "store/claims-2026-01/c-102/anna-schmidt.yaml:4:9: error: 'hash' must be 'sha256:' followed by 64 hex digits"
    )

    /// A `seal` is not `sha256:` followed by 64 hex digits.
    public static let invalidSeal = DiagnosticCode(
        "invalid-seal",
        meaning: "A `seal` is not `sha256:` followed by 64 hex digits.",
        example:
            "store/claims-2026-01/c-102/anna-schmidt.yaml:96:7: error: 'seal' must be 'sha256:' followed by 64 hex digits"
    )

    /// The interviewer field cannot be read as a name.
    public static let invalidInterviewer = DiagnosticCode(
        "invalid-interviewer",
        meaning: "The interviewer field cannot be read as a name.",
        example:
            "store/claims-2026-01/c-102/anna-schmidt.yaml:8:14: error: '' is not a usable interviewer name: use 1 to 100 printable characters with at least one letter or digit"
    )

    /// `status` is neither `draft` nor `submitted`.
    public static let invalidStatus = DiagnosticCode(
        "invalid-status",
        meaning: "`status` is neither `draft` nor `submitted`.",
        example:
            "store/claims-2026-01/c-102/anna-schmidt.yaml:9:9: error: 'status' must be draft or submitted, found 'done'"
    )

    /// A scorecard names a rubric id and version that is not known.
    public static let unknownRubric = DiagnosticCode(
        "unknown-rubric",
        meaning: "A scorecard names a rubric id and version that is not known.",
        example: "store/claims-2026-01/c-102/anna-schmidt.yaml:3:3: error: no rubric 'underwriter' version 1 is known")

    /// A scorecard was made for a rubric whose text has changed since.
    public static let rubricHashMismatch = DiagnosticCode(
        "rubric-hash-mismatch",
        meaning: "A scorecard was made for a rubric whose text has changed since.",
        example:
            "store/claims-2026-01/c-102/anna-schmidt.yaml:3:3: error: the scorecard was made for rubric 'claims-handler@3' with hash sha256:0123456789ab…, but that rubric now has hash sha256:27ade695814f…"
    )

    /// A scorecard names a stage the rubric's plan does not have.
    public static let unknownStage = DiagnosticCode(
        "unknown-stage",
        meaning: "A scorecard names a stage the rubric's plan does not have.",
        example:
            "store/claims-2026-01/c-102/anna-schmidt.yaml:7:8: error: 'panel' is not a stage of rubric 'claims-handler@3'; its stages: screen, interview, role-play"
    )

    /// A scorecard rates a criterion that its stage does not cover.
    public static let criterionOutsideStage = DiagnosticCode(
        "criterion-outside-stage",
        meaning: "A scorecard rates a criterion that its stage does not cover.",
        example:
            "store/claims-2026-01/c-102/anna-schmidt.yaml:21:3: error: 'claims-law' is not rated in stage 'screen'; another stage's interviewer rates it"
    )

    /// An observed language is not a lowercase ISO 639 code.
    public static let invalidLanguageCode = DiagnosticCode(
        "invalid-language-code",
        meaning: "An observed language is not a lowercase ISO 639 code.",
        example:
            "store/claims-2026-01/c-102/anna-schmidt.yaml:92:3: error: '../x' is not a language code; use a lowercase ISO 639 code such as de, en or fr"
    )

    /// A recommendation is not strong-no, no, yes, strong-yes or no-decision.
    public static let invalidRecommendation = DiagnosticCode(
        "invalid-recommendation",
        meaning: "A recommendation is not strong-no, no, yes, strong-yes or no-decision.",
        example:
            "store/claims-2026-01/c-102/anna-schmidt.yaml:90:10: error: 'value' must be strong-no, no, yes, strong-yes or no-decision, found 'maybe'"
    )

    /// A scorecard names a question variant the criterion does not have.
    public static let invalidQuestionVariant = DiagnosticCode(
        "invalid-question-variant",
        meaning: "A scorecard names a question variant the criterion does not have.",
        example:
            "store/claims-2026-01/c-102/anna-schmidt.yaml:12:14: error: 'question-variants' names variant 3 of 'ownership', which the rubric does not have"
    )

    /// A rating lies outside the rubric's scale.
    public static let ratingOffScale = DiagnosticCode(
        "rating-off-scale",
        meaning: "A rating lies outside the rubric's scale.",
        example:
            "store/claims-2026-01/c-102/anna-schmidt.yaml:9:12: error: the rating 7 of 'empathy' is outside the scale 1..5"
    )
}
