// The documented diagnostic codes: interview plans. Listed in DiagnosticCode+Registry.swift.

extension DiagnosticCode {
    /// The `plan` lists no stage.
    public static let emptyPlan = DiagnosticCode(
        "empty-plan",
        meaning: "The `plan` lists no stage.",
        example: "rubrics/claims-handler.yaml:150:7: error: 'plan' must list at least one stage")

    /// A stage's `duration` is not 1 to 480 minutes.
    public static let invalidDuration = DiagnosticCode(
        "invalid-duration",
        meaning: "A stage's `duration` is not 1 to 480 minutes.",
        example:
            "rubrics/claims-handler.yaml:131:15: error: 'duration' is the stage's length in minutes, 1 to 480, found 0")

    /// A stage's `interviewers` is not 1 to 20.
    public static let invalidInterviewers = DiagnosticCode(
        "invalid-interviewers",
        meaning: "A stage's `interviewers` is not 1 to 20.",
        example:
            "rubrics/claims-handler.yaml:153:19: error: 'interviewers' is how many people rate this stage independently, 1 to 20, found 0"
    )

    /// A stage covers an id that is neither a section nor a criterion.
    public static let unknownCoveredID = DiagnosticCode(
        "unknown-covered-id",
        meaning: "A stage covers an id that is neither a section nor a criterion.",
        example:
            "rubrics/claims-handler.yaml:132:14: error: stage covers 'customer-orientaton', which is neither a section nor a criterion of the rubric"
    )

    /// A stage covers nothing.
    public static let emptyStage = DiagnosticCode(
        "empty-stage",
        meaning: "A stage covers nothing.",
        example: "rubrics/claims-handler.yaml:154:13: error: 'covers' must name at least one section or criterion")

    /// An id is defined twice.
    public static let duplicateID = DiagnosticCode(
        "duplicate-id",
        meaning: "An id is defined twice.",
        example:
            "rubrics/claims-handler.yaml:133:9: error: duplicate stage id 'screen'; it is first defined at line 129")

    /// No stage of the plan covers a criterion, so nobody will rate it.
    public static let criterionNotPlanned = DiagnosticCode(
        "criterion-not-planned",
        meaning: "No stage of the plan covers a criterion, so nobody will rate it.",
        example:
            "rubrics/claims-handler.yaml:129:3: warning: no stage of the plan covers 'ownership', 'explaining', 'claims-law': nobody will rate them"
    )

    /// A criterion is rated in one stage by one interviewer only, which makes its rating unreliable.
    public static let singleRater = DiagnosticCode(
        "single-rater",
        meaning: "A criterion is rated in one stage by one interviewer only, which makes its rating unreliable.",
        example:
            "rubrics/claims-handler.yaml:134:5: warning: stage 'role-play' is the only rating of 'explaining' and has one interviewer: a single rater's interview ratings agree with another rater's only about .44, the mean of three about .70 (Spearman–Brown)"
    )

    /// A stage's content needs more time than the stage is planned for.
    public static let stageOverTime = DiagnosticCode(
        "stage-over-time",
        meaning: "A stage's content needs more time than the stage is planned for.",
        example:
            "rubrics/claims-handler.yaml:129:5: warning: stage 'all' is planned for 10 minutes, but its content needs about 18 (5 opening and close, 3 questions × 4, 1 follow-ups × 1)"
    )
}
