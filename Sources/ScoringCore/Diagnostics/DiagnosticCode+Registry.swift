/// The documented list of diagnostic codes, in groups; `docs/diagnostics.md` is generated from it.
extension DiagnosticCode {
    /// Codes that belong together under a title in the documented list.
    public struct Group: Sendable {
        /// The heading, such as "Rubrics".
        public let title: String
        /// The codes, in the order they are documented.
        public let codes: [DiagnosticCode]

        /// Creates a group.
        public init(title: String, codes: [DiagnosticCode]) {
            self.title = title
            self.codes = codes
        }
    }

    /// Every code that HireScore's core reports, in groups; scoring modules list their own codes beside them.
    public static let core: [Group] = [
        Group(
            title: "Files and YAML",
            codes: [
                .noSuchFile,
                .emptyFolder,
                .tooLarge,
                .notAFile,
                .unreadable,
                .duplicateRubric,
                .yamlSyntax,
                .yamlTooLarge,
                .yamlNotUTF8,
                .yamlMultipleDocuments,
                .yamlEmpty,
                .yamlBudgetExceeded,
                .yamlUnknownAnchor,
                .yamlEmitter,
            ]),
        Group(
            title: "Keys, values and texts",
            codes: [
                .wrongType,
                .keyNotText,
                .duplicateKey,
                .missingKey,
                .unknownKey,
                .unsupportedTag,
                .outOfRange,
                .invalidID,
                .invalidStoreID,
                .unknownLanguage,
                .missingTranslation,
                .commaInText,
                .invalidLanguage,
                .duplicateLanguage,
                .invalidCEFR,
            ]),
        Group(
            title: "Rubrics",
            codes: [
                .unsupportedFormat,
                .noLanguages,
                .invalidVersion,
                .invalidScale,
                .anchorOffScale,
                .anchorLevelsIncomplete,
                .noRequirements,
                .noSections,
                .unknownModule,
                .moduleUsedTwice,
                .missingConfig,
                .criteriaPerSection,
                .weightWithoutRationale,
                .invalidWeight,
                .noCriteria,
                .unknownCriterion,
                .noMeasures,
                .noQuestions,
                .invalidKind,
                .missingAnchors,
                .pastExampleWithoutAnchor,
                .pastExampleOnSituational,
                .offScale,
                .thresholdOffScale,
                .thresholdsOutOfOrder,
                .thresholdsWithoutRationale,
                .meetsIsNotYes,
                .invalidCoverage,
                .invalidEvidenceMinimum,
                .unknownConsensus,
                .invalidKnockOutCap,
                .knockOutWithoutRationale,
                .unknownRequirement,
                .unmeasuredRequirement,
            ]),
        Group(
            title: "Interview plans",
            codes: [
                .emptyPlan,
                .invalidDuration,
                .invalidInterviewers,
                .unknownCoveredID,
                .emptyStage,
                .duplicateID,
                .criterionNotPlanned,
                .singleRater,
                .stageOverTime,
            ]),
        Group(
            title: "Scorecards",
            codes: [
                .invalidHash,
                .invalidSeal,
                .invalidInterviewer,
                .invalidStatus,
                .unknownRubric,
                .rubricHashMismatch,
                .unknownStage,
                .criterionOutsideStage,
                .unknownSection,
                .unknownObservation,
                .invalidLevel,
                .invalidNumber,
                .numberOutOfRange,
                .invalidChoice,
                .invalidRecommendation,
                .invalidQuestionVariant,
                .ratingOffScale,
            ]),
    ]
}
