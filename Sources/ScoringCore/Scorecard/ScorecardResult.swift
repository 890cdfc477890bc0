/// A scorecard scored: section results, the overall weighted score with its arithmetic, coverage,
/// knock-outs and the recommendation by the rubric's decision rules.
public struct ScorecardResult: Sendable, Hashable {
    /// A knock-out and the section that raised it.
    public struct KnockOut: Sendable, Hashable {
        /// The section's id.
        public var sectionID: String
        /// What was found.
        public var finding: Finding

        /// Creates a knock-out.
        public init(sectionID: String, finding: Finding) {
            self.sectionID = sectionID
            self.finding = finding
        }
    }

    /// The section results, in the rubric's order.
    public var sections: [SectionResult]
    /// The weighted score over the sections that have ratings, or nil when nothing was rated.
    public var overallScore: Double?
    /// How the overall score was computed.
    public var overallArithmetic: LocalizedText
    /// Criteria rated (not n/a).
    public var ratedCount: Int
    /// Criteria in the rubric.
    public var criterionCount: Int
    /// Every knock-out of every section.
    public var knockOuts: [KnockOut]
    /// Criteria and languages a knock-out rule needs that were not rated (code `knock-out-not-rated`,
    /// subject the criterion id or language code): while any is left, the result is "no decision".
    public var knockOutsNotRated: [KnockOut] = []
    /// The recommendation by the rubric's decision rules.
    public var recommendation: Recommendation
    /// Why that recommendation: thresholds, coverage and knock-outs in words.
    public var recommendationReasons: [LocalizedText]

    /// Creates a result.
    public init(
        sections: [SectionResult], overallScore: Double?, overallArithmetic: LocalizedText, ratedCount: Int,
        criterionCount: Int, knockOuts: [KnockOut], recommendation: Recommendation,
        recommendationReasons: [LocalizedText]
    ) {
        self.sections = sections
        self.overallScore = overallScore
        self.overallArithmetic = overallArithmetic
        self.ratedCount = ratedCount
        self.criterionCount = criterionCount
        self.knockOuts = knockOuts
        self.recommendation = recommendation
        self.recommendationReasons = recommendationReasons
    }

    /// The share of criteria rated, 0...1.
    public var coverage: Double {
        criterionCount == 0 ? 0 : Double(ratedCount) / Double(criterionCount)
    }
}
