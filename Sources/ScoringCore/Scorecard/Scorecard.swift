import YAML

/// One interviewer's ratings of one candidate against one rubric version: a draft until submitted, then sealed.
///
/// The file format is documented in docs/scorecard-format.md; a hand-written ratings file is a
/// scorecard with fewer fields filled in.
public struct Scorecard: Sendable, Hashable {
    /// Whether a scorecard is still being filled in or has been submitted.
    public enum Status: String, Sendable, Hashable, Codable {
        /// Still being filled in; may change.
        case draft
        /// Submitted and sealed; any later edit is detectable.
        case submitted
    }

    /// One criterion's rating with its evidence.
    public struct Entry: Sendable, Hashable {
        /// The rating.
        public var rating: Rating
        /// What the candidate said or did, as observation.
        public var evidence: String?
        /// When the rating was given (ISO 8601 text), if recorded.
        public var ratedAt: String?
        /// Where the entry is written.
        public var location: SourceLocation

        /// Creates an entry.
        public init(
            rating: Rating, evidence: String? = nil, ratedAt: String? = nil, location: SourceLocation = .unknown
        ) {
            self.rating = rating
            self.evidence = evidence
            self.ratedAt = ratedAt
            self.location = location
        }
    }

    /// The interviewer's own overall recommendation and its reason.
    public struct InterviewerRecommendation: Sendable, Hashable {
        /// The recommendation.
        public var value: Recommendation
        /// Why, in a sentence or two.
        public var reason: String?

        /// Creates an interviewer recommendation.
        public init(value: Recommendation, reason: String? = nil) {
            self.value = value
            self.reason = reason
        }
    }

    /// The rubric id the scorecard is for.
    public var rubricID: String
    /// The rubric version.
    public var rubricVersion: Int
    /// The rubric's content hash, when pinned.
    public var rubricHash: String?
    /// The candidate's pseudonymous id.
    public var candidate: String
    /// The requisition (opening) id, if any.
    public var requisition: String?
    /// The interviewer's name.
    public var interviewer: String
    /// The interviewer's stable id (`interviewer-id:`, kebab-case ASCII), given with `enter --interviewer-id`;
    /// `nil` when the id is derived from the name (``ScorecardStore/fileStem(forInterviewer:)``).
    public var interviewerID: String?
    /// The stage of the rubric's interview plan the scorecard is for (``InterviewStage/id``); `nil` rates
    /// the whole rubric, as for a rubric without a plan.
    public var stage: String?
    /// The day of the interview.
    public var interviewDate: CalendarDate?
    /// Draft or submitted.
    public var status: Status
    /// The ratings by criterion id.
    public var entries: [String: Entry]
    /// What the sections' modules asked the interviewer to record besides ratings, by section id and then
    /// observation id (``ObservationRequest/id``); n/a is recorded as ``ObservationValue/notAssessed``.
    public var observations: [String: [String: ObservationValue]]
    /// The sections whose observations are written under a top-level key their module keeps
    /// (``RubricSection/scorecardKey``), by section id; the others are written under `observations:`.
    public var observationKeys: [String: String] = [:]
    /// The interviewer's own recommendation.
    public var recommendation: InterviewerRecommendation?
    /// The order in which criteria were shown.
    public var order: [String]
    /// The variant of the questions asked per criterion (`question-variants:`), for criteria with alternate
    /// questions (``Criterion/variant(for:)``): 0 the questions as written, 1 their first alternates, ...
    public var questionVariants: [String: Int] = [:]
    /// The seal (`sha256:...`) over the canonical content, for submitted scorecards.
    public var seal: String?
    /// The day until which the scorecard is kept (set when the candidate is decided); not part of the seal,
    /// since it is administrative data added after submission (each change is in the audit log).
    public var retainUntil: CalendarDate?
    /// The interviewer's signature of the seal (`ed25519:KEYID:BASE64`), outside the seal; absent in
    /// scorecards submitted before signatures ("unsigned (v1)").
    public var signature: String?
    /// The file it was read from.
    public var sourcePath: String

    /// Creates a scorecard.
    public init(
        rubricID: String, rubricVersion: Int, rubricHash: String? = nil, candidate: String, requisition: String? = nil,
        interviewer: String, interviewDate: CalendarDate? = nil, status: Status = .draft,
        entries: [String: Entry] = [:],
        observations: [String: [String: ObservationValue]] = [:], recommendation: InterviewerRecommendation? = nil,
        order: [String] = [], seal: String? = nil, sourcePath: String = ""
    ) {
        self.rubricID = rubricID
        self.rubricVersion = rubricVersion
        self.rubricHash = rubricHash
        self.candidate = candidate
        self.requisition = requisition
        self.interviewer = interviewer
        self.interviewDate = interviewDate
        self.status = status
        self.entries = entries
        self.observations = observations
        self.recommendation = recommendation
        self.order = order
        self.seal = seal
        self.sourcePath = sourcePath
    }

    /// The id that names the interviewer's file in the store: the stable id when one was given, else the one
    /// derived from the name.
    public var interviewerKey: String {
        interviewerID ?? ScorecardStore.fileStem(forInterviewer: interviewer)
    }

    /// The rubric as this scorecard's interviewer sees it: restricted to the scorecard's stage, or the whole
    /// rubric when the scorecard names no stage (or one the rubric does not plan).
    public func view(of rubric: Rubric) -> Rubric {
        guard let stage, let planned = rubric.stage(stage) else { return rubric }
        return rubric.restricted(to: planned)
    }

    /// The ratings of one section's criteria, with the section's observations, as a module scores them; `explains`
    /// as ``SectionRatings/explains``.
    public func sectionRatings(for section: RubricSection, explains: Bool = true) -> SectionRatings {
        var ratings: [String: Rating] = [:]
        for criterion in section.criteria {
            ratings[criterion.id] = entries[criterion.id]?.rating ?? .notAssessed
        }
        return SectionRatings(ratings: ratings, observations: observations[section.id] ?? [:], explains: explains)
    }

    /// Records an observation of a section (or n/a), under the key the section's module keeps for it, if any.
    public mutating func record(_ value: ObservationValue, of id: String, in section: RubricSection) {
        observations[section.id, default: [:]][id] = value
        if let key = section.scorecardKey { observationKeys[section.id] = key }
    }

    /// The recorded value of a section's observation, or nil when nothing (not even n/a) was recorded.
    public func observation(_ id: String, in sectionID: String) -> ObservationValue? {
        observations[sectionID]?[id]
    }
}
