import ScoringCore

/// The merge of the sealed scorecards of one candidate: ratings side by side, consensus, the
/// consensus result by the rubric's rules, knock-outs with who reported them, who said what, and
/// how far the raters agree.
public struct PanelResult: Sendable {
    /// One rater of the panel.
    public struct Rater: Sendable, Hashable {
        /// The interviewer's name.
        public var interviewer: String
        /// The scorecard file.
        public var file: String
        /// Whether the scorecard is a draft (only with `--include-drafts`).
        public var isDraft: Bool
        /// The interview date.
        public var interviewDate: CalendarDate?
        /// The evidence the interviewer wrote, by criterion id: trimmed, and only where there is some.
        public var evidence: [String: String] = [:]
    }

    /// Whether any rater of the panel wrote evidence.
    public var hasEvidence: Bool {
        raters.contains { !$0.evidence.isEmpty }
    }

    /// One criterion across the panel.
    public struct CriterionRow: Sendable, Hashable {
        /// The criterion's id.
        public var criterionID: String
        /// The section's id.
        public var sectionID: String
        /// Each rater's rating, in the order of ``PanelResult/raters``.
        public var ratings: [Rating]
        /// The median of the ratings given (n/a left out).
        public var median: Double?
        /// The mean of the ratings given.
        public var mean: Double?
        /// The range (highest − lowest) of the ratings given.
        public var range: Double?
        /// The consensus by the chosen method.
        public var consensus: Double?

        /// Whether the spread is large enough to discuss: a range of two levels or more.
        public var needsDiscussion: Bool { (range ?? 0) >= 2 }
        /// Whether nobody rated it.
        public var isGap: Bool { consensus == nil }
    }

    /// A knock-out and the raters whose own ratings raised it.
    public struct ReportedKnockOut: Sendable, Hashable {
        /// The section.
        public var sectionID: String
        /// The kind of knock-out (`red-flag`, `critical-skill-gap`, ...).
        public var code: String
        /// What it is about (a criterion id or a language code), when the rule has a subject.
        public var subject: String? = nil
        /// The interviewers who reported it, with their finding's message.
        public var reports: [Report]
        /// How many raters must report it for it to stand (at least half of the panel, and at least two raters
        /// in a panel of two or more).
        public var needed: Int = 1
        /// The debrief decision that set it aside, when one was recorded.
        public var override: KnockOutOverride? = nil

        /// `section/code` or `section/code/subject`: the id `decide --override-knock-out` names.
        public var id: String { [sectionID, code, subject].compactMap { $0 }.joined(separator: "/") }
        /// Whether enough raters reported it for it to stand in the panel result (unless overridden).
        public var isReportedByEnough: Bool { reports.count >= needed }
        /// Whether it caps the panel recommendation: reported by enough raters and not set aside.
        public var stands: Bool { isReportedByEnough && override == nil }

        /// One rater's report.
        public struct Report: Sendable, Hashable {
            /// The interviewer.
            public var interviewer: String
            /// The finding in words.
            public var message: LocalizedText
        }
    }

    /// What one interviewer concluded, and whether it fits their own ratings.
    public struct RaterView: Sendable, Hashable {
        /// The interviewer.
        public var interviewer: String
        /// Their own ratings scored by the rubric's rules.
        public var result: ScorecardResult
        /// Their own recommendation, if given.
        public var ownRecommendation: Recommendation?
        /// Their reason.
        public var reason: String?
        /// A note when their recommendation contradicts their own ratings.
        public var consistencyNote: LocalizedText?
    }

    /// Agreement statistics for a set of ratings.
    public struct Agreement: Sendable, Hashable {
        /// Krippendorff's alpha, ordinal metric.
        public var alphaOrdinal: Double?
        /// Krippendorff's alpha, interval metric.
        public var alphaInterval: Double?
        /// ICC(2,1) and ICC(2,k), when the data are complete.
        public var icc: IntraclassCorrelation.Result?
        /// The number of raters with at least one rating.
        public var raterCount: Int
        /// Why a statistic is missing, when one is.
        public var notes: [LocalizedText]

        /// The reading of the interval alpha (the headline figure).
        public var reading: AgreementReading? { alphaInterval.map(AgreementReading.init(alpha:)) }
    }

    /// The requisition, when the scorecards name one.
    public var requisition: String?
    /// The candidate's id.
    public var candidate: String
    /// The rubric all scorecards were made with.
    public var rubric: Rubric
    /// The raters, ordered by name.
    public var raters: [Rater]
    /// Every criterion of the rubric, in rubric order.
    public var rows: [CriterionRow]
    /// The consensus method used.
    public var method: ConsensusMethod
    /// Whether ``method`` is a what-if: not the method the rubric fixes (`decision.consensus`).
    public var isWhatIf: Bool { method != rubric.decision.consensus }
    /// The consensus observed language levels.
    public var consensusLanguages: [String: CEFRLevel]
    /// The consensus ratings scored by the rubric's rules: the panel recommendation.
    public var consensus: ScorecardResult
    /// Knock-outs raised by individual raters' own ratings: those that stand, those set aside by a debrief
    /// decision, and those reported by too few raters to stand ("to discuss").
    public var reportedKnockOuts: [ReportedKnockOut]
    /// The knock-outs reported by too few raters to stand: for the debrief's agenda.
    public var knockOutsToDiscuss: [ReportedKnockOut] { reportedKnockOuts.filter { !$0.isReportedByEnough } }
    /// The knock-outs a recorded debrief decision set aside.
    public var overriddenKnockOuts: [ReportedKnockOut] { reportedKnockOuts.filter { $0.isReportedByEnough && $0.override != nil } }
    /// Each rater's own result and recommendation.
    public var views: [RaterView]
    /// How far the raters agree.
    public var agreement: Agreement

    /// The criteria nobody rated.
    public var gaps: [String] { rows.filter(\.isGap).map(\.criterionID) }
    /// The criteria whose ratings spread two levels or more.
    public var discussion: [String] { rows.filter(\.needsDiscussion).map(\.criterionID) }
}
