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
        public var evidence = RaterEvidence()
        /// The stage of the interview plan the rater's scorecard is for; `nil` when it rates the whole rubric.
        public var stage: String? = nil
        /// The interviewer's stable id when the scorecard records one (`enter --interviewer-id`).
        public var interviewerID: String? = nil
        /// Who signed the scorecard, as its store's key list says; `nil` for a draft (not sealed, nothing to sign).
        public var signature: CardSignature? = nil

        /// The id that tells raters apart: the stable id, else the one derived from the name.
        public var interviewerKey: String {
            interviewerID ?? ScorecardStore.fileStem(forInterviewer: interviewer)
        }
    }

    /// The same panel with each rater's evidence moved to `scratch` (``RaterEvidence/stored(in:)``).
    package func evidenceStored(in scratch: ByteSource) -> PanelResult {
        var panel = self
        for index in panel.raters.indices {
            panel.raters[index].evidence = panel.raters[index].evidence.stored(in: scratch)
        }
        return panel
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
        /// Why the job needs the rule, as the rubric writes it.
        public var rationale: LocalizedText? = nil

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
        /// The overall score of their own ratings by the rubric's rules (nil when too little was rated).
        ///
        /// Only the score and the recommendation of a rater's own result are kept: no report shows more of it, and a
        /// campaign's panels held every rater's whole result (sections, findings and reasons in two languages).
        public var ownScore: Double?
        /// The recommendation their own ratings give by the rubric's rules.
        public var byTheRules: Recommendation
        /// Their own recommendation, if given.
        public var ownRecommendation: Recommendation?
        /// Their reason.
        public var reason: String?
        /// A note when their recommendation contradicts their own ratings.
        public var consistencyNote: LocalizedText?
    }

    /// How far the raters of one candidate agree, in plain terms: on how many criteria every rater is
    /// within one level, and which criteria spread two levels or more.
    ///
    /// One candidate's ratings are a profile across criteria, not a sample of candidates: a
    /// reliability coefficient over them mostly measures how little the criteria differ (restriction
    /// of range), so the panel result shows the spread instead and leaves alpha and ICC to the
    /// requisition (``Agreement``).
    public struct Spread: Sendable, Hashable {
        /// The number of raters with at least one rating.
        public var raterCount: Int
        /// The criteria rated by two raters or more: those that can be compared.
        public var comparedCount: Int
        /// Of ``comparedCount``, the criteria where every rater is within one level (range ≤ 1).
        public var withinOneLevelCount: Int
        /// The criteria rated by fewer than two raters, not compared.
        public var notComparedCount: Int
        /// The criteria with a range of two levels or more, in rubric order.
        public var wideCriteria: [String]

        /// The share of compared criteria where every rater is within one level, or nil when none
        /// could be compared.
        public var withinOneLevelShare: Double? {
            comparedCount == 0 ? nil : Double(withinOneLevelCount) / Double(comparedCount)
        }

        /// The spread of `table` (one row per criterion, one column per rater, nil for n/a), whose rows
        /// are the criteria `criteria`.
        public init(_ table: [[Double?]], criteria: [String]) {
            var raters = Set<Int>()
            var compared = 0
            var within = 0
            var notCompared = 0
            var wide: [String] = []
            for (row, criterion) in zip(table, criteria) {
                let values = row.compactMap { $0 }
                for (column, value) in row.enumerated() where value != nil { raters.insert(column) }
                guard values.count >= 2, let low = values.min(), let high = values.max() else {
                    notCompared += 1
                    continue
                }
                compared += 1
                if high - low <= 1 { within += 1 }
                if high - low >= 2 { wide.append(criterion) }
            }
            raterCount = raters.count
            comparedCount = compared
            withinOneLevelCount = within
            notComparedCount = notCompared
            wideCriteria = wide
        }
    }

    /// Agreement statistics across the candidates of a requisition: Krippendorff's alpha (ordinal, the
    /// metric for rating levels, with a bootstrap 95% interval; interval for comparison) and ICC(2,1)
    /// and ICC(2,k), each with the reason when it is missing and a note when it lies outside its
    /// usual range. Computed by ``compute(_:raterCount:present:candidateCount:seed:)``.
    public struct Agreement: Sendable, Hashable {
        /// Why a statistic is missing: a stable code for scripts, with the words in ``notes``.
        public enum MissingReason: String, Sendable, Hashable, Codable {
            /// Fewer than two raters rated anything.
            case tooFewRaters = "too-few-raters"
            /// Fewer candidates than ``Agreement/minimumCandidates``.
            case tooFewCandidates = "too-few-candidates"
            /// Too few units to compute the statistic from (a single criterion, a 2×2 table).
            case tooFewUnits = "too-few-units"
            /// Enough units, but too few left once the units with an n/a rating are left out.
            case notAssessed = "n/a-ratings"
            /// The panels differ: fewer than two raters rated every unit.
            case panelsDiffer = "panels-differ"
            /// Every rating is the same: no variance to measure agreement against.
            case noVariance = "no-variance"
        }

        /// Krippendorff's alpha, ordinal metric: the headline figure for rating levels.
        public var alphaOrdinal: Double?
        /// Krippendorff's alpha, interval metric, for comparison.
        public var alphaInterval: Double?
        /// The bootstrap 95% interval of the ordinal alpha (Krippendorff's algorithm, seeded).
        public var alphaOrdinal95: ClosedRange<Double>?
        /// ICC(2,1) and ICC(2,k), where the data allow.
        public var icc: IntraclassCorrelation.Result?
        /// The number k of raters the ICC is computed over (those who rated every unit).
        public var iccRaterCount: Int
        /// The number of units the ICC is computed over.
        public var iccUnitCount: Int
        /// The number of raters with at least one rating.
        public var raterCount: Int
        /// The number of candidates, when known.
        public var candidateCount: Int?
        /// The number of units rated by two raters or more.
        public var unitCount: Int
        /// Why alpha is missing, when it is.
        public var alphaMissing: MissingReason?
        /// Why the ICC is missing, when it is.
        public var iccMissing: MissingReason?
        /// Why a statistic is missing, what it is computed over, and values outside their usual range, in words.
        public var notes: [LocalizedText]
        /// Per criterion: one rater's reliability, the projected reliability of the panel's mean and the raters
        /// needed for .80 (``CriterionReliability``); empty for a table that is not a requisition's.
        public var criteria: [CriterionReliability] = []

        /// The reading of the ordinal alpha (the headline figure) as shown, to three decimals.
        public var reading: AgreementReading? { alphaOrdinal.map(AgreementReading.init(alpha:)) }

        /// The fewest candidates for agreement statistics across a requisition: with fewer, the
        /// units are mostly the criteria of one or two profiles, and alpha measures how little they differ.
        public static let minimumCandidates = 3
        /// The fewest units rated by two raters or more for alpha: one unit is no sample.
        public static let minimumAlphaUnits = 2
        /// The fewest complete units for ICC: a 2×2 table leaves its error term one degree of freedom.
        public static let minimumICCUnits = 3
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
    /// The panel's value of each module observation, by section id and observation id, as the section's module
    /// merges the raters' values (``ScoringModule/mergeObservation(_:values:in:of:)``).
    public var consensusObservations: [String: [String: ObservationValue]]
    /// The consensus ratings scored by the rubric's rules: the panel recommendation.
    public var consensus: ScorecardResult
    /// Knock-outs raised by individual raters' own ratings: those that stand, those set aside by a debrief
    /// decision, and those reported by too few raters to stand ("to discuss").
    public var reportedKnockOuts: [ReportedKnockOut]
    /// The knock-outs reported by too few raters to stand: for the debrief's agenda.
    public var knockOutsToDiscuss: [ReportedKnockOut] { reportedKnockOuts.filter { !$0.isReportedByEnough } }
    /// The knock-outs a recorded debrief decision set aside.
    public var overriddenKnockOuts: [ReportedKnockOut] {
        reportedKnockOuts.filter { $0.isReportedByEnough && $0.override != nil }
    }
    /// Each rater's own result and recommendation.
    public var views: [RaterView]
    /// How far the raters agree, in plain terms (alpha and ICC are computed per requisition).
    public var spread: Spread

    /// The criteria nobody rated.
    public var gaps: [String] { rows.filter(\.isGap).map(\.criterionID) }
    /// The planned stages with no scorecard in the panel (empty for a rubric without a plan).
    public var missingStages: [InterviewStage] {
        guard !rubric.plan.isEmpty, !raters.contains(where: { $0.stage == nil }) else { return [] }
        let present = Set(raters.compactMap(\.stage))
        return rubric.plan.filter { !present.contains($0.id) }
    }
    /// The criteria that no rater's stage covers: nobody was meant to rate them (a stage is missing, or the
    /// plan leaves them out).
    public var criteriaNoStageCovered: [String] {
        rubric.allCriteria.map(\.id).filter { id in
            !raters.contains { rater in rater.stage.flatMap { rubric.stage($0) }.map { $0.covers(id) } ?? true }
        }
    }
    /// What the panel's scorecards rest on: how many are signed and by whom, which are unsigned (v1).
    public var signatures: SignatureSummary { SignatureSummary([self]) }
    /// The criteria whose ratings spread two levels or more.
    public var discussion: [String] { rows.filter(\.needsDiscussion).map(\.criterionID) }
}
