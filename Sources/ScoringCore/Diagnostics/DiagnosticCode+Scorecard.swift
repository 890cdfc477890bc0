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

    /// A card's `observations:` names a section the rubric does not have.
    public static let unknownSection = DiagnosticCode(
        "unknown-section",
        meaning: "A scorecard's `observations:` names a section the rubric does not have.",
        example:
            "store/claims-2026-01/c-102/anna-schmidt.yaml:95:3: error: the rubric claims-handler@3 has no section 'conversaton'"
    )

    /// A card records an observation its section's module does not ask for.
    public static let unknownObservation = DiagnosticCode(
        "unknown-observation",
        meaning: "A scorecard records an observation that its section's module does not ask for.",
        example:
            "store/claims-2026-01/c-102/anna-schmidt.yaml:92:3: error: section 'conversation' asks for no observation 'fr'"
    )

    /// An observed level is not a level of the observation's scale.
    public static let invalidLevel = DiagnosticCode(
        "invalid-level",
        meaning: "An observed level is not a level of the observation's scale (a CEFR level for a language).",
        example:
            "store/claims-2026-01/c-102/anna-schmidt.yaml:92:7: error: 'C3' is not a level of CEFR; use A1, A2, B1, B2, C1 or C2"
    )

    /// An observed count or duration is not a whole number.
    public static let invalidNumber = DiagnosticCode(
        "invalid-number",
        meaning: "An observed count or duration is not a whole number.",
        example: "store/it-2026-02/c-201/ben-okafor.yaml:88:20: error: 'twenty' is not a whole number for 'Time taken'"
    )

    /// An observed count or duration is outside the bounds the module declares.
    public static let numberOutOfRange = DiagnosticCode(
        "number-out-of-range",
        meaning: "An observed count or duration is outside the bounds the module declares.",
        example: "store/it-2026-02/c-201/ben-okafor.yaml:88:20: error: 'Time taken' must be from 0 to 600, found 900"
    )

    /// An observed choice is not one of the choices the module offers.
    public static let invalidChoice = DiagnosticCode(
        "invalid-choice",
        meaning: "An observed choice is not one of the choices the module offers (a work sample's task variants).",
        example: "store/it-2026-02/c-201/ben-okafor.yaml:89:22: error: 'printer' is not a choice for 'Task variant'"
    )
}
