import ScoringCore

extension EntryMessages: MessageCatalogue {
    /// Every entry, those with arguments shown with sample arguments, for the test that each has both languages.
    public static var entries: [(name: String, text: LocalizedText)] {
        let sample = ObservationRequest(
            id: "time-taken", label: .init(en: "Time taken", de: "Benötigte Zeit"), kind: .minutes(0...600),
            isRequired: true)
        return [
            ("observationHeading", observationHeading(sample)),
            ("ownRecommendationPrompt", ownRecommendationPrompt), ("forInformation", forInformation),
            ("recommendationDiffers", recommendationDiffers(.yes)),
            ("observationMissing", observationMissing(sample)),
            ("observationRequired", observationRequired(sample.label)),
            ("notAssessedShort", notAssessedShort), ("ratingOptions", ratingOptions(anchorsOnHelp: true)),
            ("ratingOptions(short)", ratingOptions(anchorsOnHelp: false)), ("ratingProblem", ratingProblem("1-5")),
            ("scaleHeading", scaleHeading), ("otherLevelsOnHelp", otherLevelsOnHelp),
            ("followUpsOnHelp", followUpsOnHelp(2)), ("fullFollowUpsHeading", fullFollowUpsHeading),
            ("fullAnchorsHeading", fullAnchorsHeading), ("observationPrompt", observationPrompt(sample.kind)),
            ("observationItem", observationItem(sample)), ("recommendationProblem", recommendationProblem),
            ("submitPrompt", submitPrompt(itemCount: 12)), ("submitProblem", submitProblem(itemCount: 12)),
            ("reviewHeading", reviewHeading), ("changingItem", changingItem(3)),
            ("evidenceTooShort", evidenceTooShort(.standard)),
            ("evidenceTooShortItem", evidenceTooShortItem("ownership")), ("keeps", keeps("…")),
            ("interrupted", interrupted), ("ratingNoun", ratingNoun), ("question", question), ("soFar", soFar),
            ("evidenceRequiredPrompt", evidenceRequiredPrompt), ("evidenceOptionalPrompt", evidenceOptionalPrompt),
            ("rubricRequiresEvidence", rubricRequiresEvidence),
            ("extremeRatingNeedsEvidence", extremeRatingNeedsEvidence),
            ("notACEFRLevel", notACEFRLevel("D1")), ("recommendationItem", recommendationItem),
            ("reasonPrompt", reasonPrompt), ("reasonRequired", reasonRequired), ("reasonItem", reasonItem),
            ("submissionItem", submissionItem),
            ("invalidAnswer", invalidAnswer(3, answer: "x", item: "'ownership'", problem: reasonRequired)),
            ("resuming", resuming(at: 4, of: 12)), ("notRatedItem", notRatedItem("ownership")),
            ("evidenceMissingItem", evidenceMissingItem("ownership")), ("recommendationMissing", recommendationMissing),
            ("reasonMissing", reasonMissing), ("help", help), ("resultByRules", resultByRules), ("coverage", coverage),
            ("knockOut", knockOut), ("recommendationByRules", recommendationByRules),
            ("recommendationLabel", recommendationLabel), ("reasonLabel", reasonLabel),
        ]
    }
}
