// The documented diagnostic codes: rubrics. Listed in DiagnosticCode+Registry.swift.

extension DiagnosticCode {
    /// The `format` line names a format this version of HireScore does not read.
    public static let unsupportedFormat = DiagnosticCode(
        "unsupported-format",
        meaning: "The `format` line names a format this version of HireScore does not read.",
        example:
            "rubrics/claims-handler.yaml:1:9: error: unsupported format 'hirescore/rubric@2'; this version of HireScore reads 'hirescore/rubric@1'"
    )

    /// A rubric declares no languages.
    public static let noLanguages = DiagnosticCode(
        "no-languages",
        meaning: "A rubric declares no languages.",
        example: "rubrics/claims-handler.yaml:7:12: error: 'languages' must name at least one language")

    /// A rubric version is not a whole number of 1 or more.
    public static let invalidVersion = DiagnosticCode(
        "invalid-version",
        meaning: "A rubric version is not a whole number of 1 or more.",
        example: "rubrics/claims-handler.yaml:4:10: error: 'version' must be 1 or more, found 0")

    /// The rating scale is not 2 to 10 consecutive whole-number levels.
    public static let invalidScale = DiagnosticCode(
        "invalid-scale",
        meaning: "The rating scale is not 2 to 10 consecutive whole-number levels.",
        example:
            "rubrics/claims-handler.yaml:16:3: error: the scale must have 2 to 10 consecutive whole-number levels, found 1, 2, 4"
    )

    /// `anchor-levels` names a level that is not on the scale.
    public static let anchorOffScale = DiagnosticCode(
        "anchor-off-scale",
        meaning: "`anchor-levels` names a level that is not on the scale.",
        example:
            "rubrics/claims-handler.yaml:23:18: error: 'anchor-levels' names level 7, which is not on the scale 1..5")

    /// `anchor-levels` leaves out the lowest, a middle or the highest level of the scale.
    public static let anchorLevelsIncomplete = DiagnosticCode(
        "anchor-levels-incomplete",
        meaning: "`anchor-levels` leaves out the lowest, a middle or the highest level of the scale.",
        example:
            "rubrics/claims-handler.yaml:23:18: error: 'anchor-levels' must include the lowest, a middle and the highest level of the scale, found 1, 5"
    )

    /// A rubric lists no requirements.
    public static let noRequirements = DiagnosticCode(
        "no-requirements",
        meaning: "A rubric lists no requirements.",
        example: "rubrics/claims-handler.yaml:22:15: error: 'requirements' must list at least one requirement")

    /// A rubric lists no sections.
    public static let noSections = DiagnosticCode(
        "no-sections",
        meaning: "A rubric lists no sections.",
        example: "rubrics/claims-handler.yaml:13:11: error: 'sections' must list at least one section")

    /// A section names a scoring module that is not registered; the message lists the known ones.
    public static let unknownModule = DiagnosticCode(
        "unknown-module",
        meaning: "A section names a scoring module that is not registered; the message lists the known ones.",
        example:
            "rubrics/claims-handler.yaml:21:13: error: unknown scoring module 'customer-orientaton'; known modules: customer-orientation, conversation-skills, technical-depth, work-sample"
    )

    /// Two sections use the same scoring module; a module scores one section per rubric.
    public static let moduleUsedTwice = DiagnosticCode(
        "module-used-twice",
        meaning: "Two sections use the same scoring module; a module scores one section per rubric.",
        example:
            "rubrics/claims-handler.yaml:60:5: error: section 'customer-orientation-again' uses module 'customer-orientation', which section 'customer-orientation' (line 28) already uses; the module scores one section per rubric"
    )

    /// A section's module needs a `config` and the section has none.
    public static let missingConfig = DiagnosticCode(
        "missing-config",
        meaning: "A section's module needs a `config` and the section has none.",
        example:
            "rubrics/claims-handler.yaml:88:5: error: section 'technical-depth' (technical-depth) needs a 'config' with the required level of each skill"
    )

    /// A section has fewer or more criteria than the usual 3 to 6.
    public static let criteriaPerSection = DiagnosticCode(
        "criteria-per-section",
        meaning: "A section has fewer or more criteria than the usual 3 to 6.",
        example: "rubrics/claims-handler.yaml:11:5: warning: section 'wl' has 1 criterion; 3 to 6 are usual")

    /// A section or criterion weighs differently from its neighbours without a `weight-rationale`.
    public static let weightWithoutRationale = DiagnosticCode(
        "weight-without-rationale",
        meaning: "A section or criterion weighs differently from its neighbours without a `weight-rationale`.",
        example:
            "rubrics/claims-handler.yaml:41:13: warning: section 'technical-depth' has weight 2, unlike the usual 1 of its neighbours, and no 'weight-rationale'"
    )

    /// A weight is not a positive number in its allowed range.
    public static let invalidWeight = DiagnosticCode(
        "invalid-weight",
        meaning: "A weight is not a positive number in its allowed range.",
        example: "rubrics/claims-handler.yaml:32:13: error: 'weight' must be greater than 0, found -0")

    /// A section (or a module's part of it) names no criteria.
    public static let noCriteria = DiagnosticCode(
        "no-criteria",
        meaning: "A section (or a module's part of it) names no criteria.",
        example: "rubrics/claims-handler.yaml:31:15: error: 'criteria' must list at least one criterion")

    /// A criterion id is not a criterion of the section or rubric.
    public static let unknownCriterion = DiagnosticCode(
        "unknown-criterion",
        meaning: "A criterion id is not a criterion of the section or rubric.",
        example:
            "store/claims-2026-01/c-102/anna-schmidt.yaml:9:3: error: 'empaty' is not a criterion of rubric 'claims-handler@3'"
    )

    /// A criterion measures no requirement.
    public static let noMeasures = DiagnosticCode(
        "no-measures",
        meaning: "A criterion measures no requirement.",
        example: "rubrics/claims-handler.yaml:35:18: error: 'measures' must name at least one requirement")

    /// A criterion has no question.
    public static let noQuestions = DiagnosticCode(
        "no-questions",
        meaning: "A criterion has no question.",
        example: "rubrics/claims-handler.yaml:37:19: error: 'questions' must list at least one question")

    /// A question's `kind` is neither behavioural nor situational.
    public static let invalidKind = DiagnosticCode(
        "invalid-kind",
        meaning: "A question's `kind` is neither behavioural nor situational.",
        example:
            "rubrics/claims-handler.yaml:38:17: error: 'kind' must be behavioural or situational, found 'behavioral'")

    /// A criterion has no anchor for a level that needs one.
    public static let missingAnchors = DiagnosticCode(
        "missing-anchors",
        meaning: "A criterion has no anchor for a level that needs one.",
        example: "rubrics/claims-handler.yaml:62:11: warning: criterion 'ownership' has no anchor for level 2, 4")

    /// `needs-past-example` names a level that has no anchor.
    public static let pastExampleWithoutAnchor = DiagnosticCode(
        "past-example-without-anchor",
        meaning: "`needs-past-example` names a level that has no anchor.",
        example:
            "rubrics/claims-handler.yaml:118:30: error: 'needs-past-example' names level 6, which has no anchor in criterion 'claims-law'"
    )

    /// An anchor asks for a past example, but every question of the criterion is situational.
    public static let pastExampleOnSituational = DiagnosticCode(
        "past-example-on-situational",
        meaning: "An anchor asks for a past example, but every question of the criterion is situational.",
        example:
            "rubrics/claims-handler.yaml:118:29: warning: the anchor at level 5 of criterion 'claims-law' needs a past example, but every question of the criterion is situational: a hypothetical question cannot elicit what the candidate has done"
    )

    /// A level in the rubric (a red-flag level, a required level, a pass level) is not on the scale.
    public static let offScale = DiagnosticCode(
        "off-scale",
        meaning: "A level in the rubric (a red-flag level, a required level, a pass level) is not on the scale.",
        example: "rubrics/claims-handler.yaml:36:25: error: 'red-flag' level is 6, which is not on the scale 1..5")

    /// A decision threshold lies outside the scale.
    public static let thresholdOffScale = DiagnosticCode(
        "threshold-off-scale",
        meaning: "A decision threshold lies outside the scale.",
        example: "rubrics/claims-handler.yaml:142:24: error: threshold 'strong-yes' is 5.5, outside the scale 1..5")

    /// The decision thresholds do not rise from `no` to `strong-yes`.
    public static let thresholdsOutOfOrder = DiagnosticCode(
        "thresholds-out-of-order",
        meaning: "The decision thresholds do not rise from `no` to `strong-yes`.",
        example:
            "rubrics/claims-handler.yaml:99:10: error: decision thresholds out of order: 'yes' (2.4) must be greater than 'no' (2.5)"
    )

    /// The decision thresholds have no `rationale`.
    public static let thresholdsWithoutRationale = DiagnosticCode(
        "thresholds-without-rationale",
        meaning: "The decision thresholds have no `rationale`.",
        example: "rubrics/claims-handler.yaml:52:3: warning: the decision thresholds have no 'rationale'")

    /// The `yes` threshold lies above the scale's "meets the requirements" level, so a candidate who meets every
    /// requirement is not recommended.
    public static let meetsIsNotYes = DiagnosticCode(
        "meets-is-not-yes",
        meaning:
            "The `yes` threshold lies above the scale's \"meets the requirements\" level, so a candidate who meets every requirement is not recommended.",
        example:
            "rubrics/claims-handler.yaml:53:28: warning: threshold 'yes' (3.3) lies above level 3 (\"meets requirements\"): a candidate who meets every requirement gets 'no'"
    )

    /// `minimum-coverage` is not a share between 0 and 1.
    public static let invalidCoverage = DiagnosticCode(
        "invalid-coverage",
        meaning: "`minimum-coverage` is not a share between 0 and 1.",
        example: "rubrics/claims-handler.yaml:143:21: error: 'minimum-coverage' is a share between 0 and 1, found 75")

    /// `evidence-minimum` asks for fewer than one or more than the largest number of characters or words.
    public static let invalidEvidenceMinimum = DiagnosticCode(
        "invalid-evidence-minimum",
        meaning:
            "`evidence-minimum` asks for fewer than 1 or more than 500 characters or 80 words of required evidence.",
        example:
            "rubrics/claims-handler.yaml:12:10: error: 'words' in 'evidence-minimum' is a whole number from 1 to 80, found 0"
    )

    /// The consensus method is not one HireScore knows.
    public static let unknownConsensus = DiagnosticCode(
        "unknown-consensus",
        meaning: "The consensus method is not one HireScore knows.",
        example:
            "rubrics/claims-handler.yaml:52:14: error: unknown consensus method 'medain'; known methods: median, mean, trimmed-mean"
    )

    /// `knock-out-cap` is neither `no` nor `strong-no`.
    public static let invalidKnockOutCap = DiagnosticCode(
        "invalid-knock-out-cap",
        meaning: "`knock-out-cap` is neither `no` nor `strong-no`.",
        example: "rubrics/claims-handler.yaml:144:18: error: 'knock-out-cap' must be no or strong-no, found 'maybe'")

    /// A knock-out has no rationale saying why the job needs it.
    public static let knockOutWithoutRationale = DiagnosticCode(
        "knock-out-without-rationale",
        meaning: "A knock-out has no rationale saying why the job needs it.",
        example: "rubrics/claims-handler.yaml:18:17: error: 'red-flag' is a knock-out rule without a 'rationale'")

    /// A criterion measures a requirement the rubric does not list.
    public static let unknownRequirement = DiagnosticCode(
        "unknown-requirement",
        meaning: "A criterion measures a requirement the rubric does not list.",
        example:
            "rubrics/claims-handler.yaml:65:37: error: criterion 'clarity' measures unknown requirement 'speak-clear'")

    /// No criterion measures a requirement.
    public static let unmeasuredRequirement = DiagnosticCode(
        "unmeasured-requirement",
        meaning: "No criterion measures a requirement.",
        example: "rubrics/claims-handler.yaml:11:9: warning: no criterion measures requirement 'speak-clearly'")
}
