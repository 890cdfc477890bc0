import YAML

/// One thing rated: its questions, the anchors that describe answers at each level, and what it measures.
public struct Criterion: Sendable, Hashable {
    /// The identifier, kebab-case, unique in the rubric.
    public var id: String
    /// The criterion's title.
    public var title: LocalizedText
    /// The relative weight within its section, greater than zero.
    public var weight: Double
    /// Why the criterion weighs what it does, when its weight differs from its neighbours' (`weight-rationale`).
    public var weightRationale: LocalizedText?
    /// Where the weight is written (the criterion when it is not written).
    public var weightLocation: SourceLocation = .unknown
    /// The ids of the requirements it measures.
    public var measures: [String]
    /// Whether evidence must be written for every rating (it is always needed for extreme ratings).
    public var evidenceRequired: Bool
    /// The questions to ask.
    public var questions: [Question]
    /// What an answer at a level looks like, keyed by level.
    public var anchors: [Int: LocalizedText]
    /// Where the criterion is defined.
    public var location: SourceLocation
    /// Where each requirement id of ``measures`` is written.
    public var measuresLocations: [String: SourceLocation] = [:]
    /// The anchor levels whose answers need a past example (`needs-past-example: [5]`): the anchor describes an
    /// achievement the candidate has shown ("has demonstrably improved …, backed by figures"), which only a
    /// question about past behaviour can elicit.
    public var pastExampleLevels: [Int] = []

    /// Where the requirement id `requirement` is written in ``measures``.
    public func measuresLocation(of requirement: String) -> SourceLocation? { measuresLocations[requirement] }

    /// Creates a criterion.
    public init(
        id: String, title: LocalizedText, weight: Double = 1, measures: [String], evidenceRequired: Bool = false,
        questions: [Question], anchors: [Int: LocalizedText], location: SourceLocation = .unknown
    ) {
        self.id = id
        self.title = title
        self.weight = weight
        self.measures = measures
        self.evidenceRequired = evidenceRequired
        self.questions = questions
        self.anchors = anchors
        self.location = location
    }
}

/// An interview question with optional follow-up prompts.
public struct Question: Sendable, Hashable {
    /// Whether a question asks about past behaviour or a hypothetical situation.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// "Tell me about a time when ..."
        case behavioural
        /// "Imagine a customer calls and ..."
        case situational
    }

    /// The kind, when the rubric says.
    public var kind: Kind?
    /// The question.
    public var text: LocalizedText
    /// Probing questions to follow up with.
    public var followUps: [LocalizedText]
    /// Other wordings of the same question (`alternates:`), so that questions do not leak across a campaign:
    /// one variant is asked per candidate (``Criterion/variant(for:)``).
    public var alternates: [Question] = []

    /// Creates a question.
    public init(kind: Kind? = nil, text: LocalizedText, followUps: [LocalizedText] = []) {
        self.kind = kind
        self.text = text
        self.followUps = followUps
    }

    /// The wording asked in a variant: 0 is the question itself, 1 its first alternate, and so on; a question
    /// with fewer alternates asks its own wording.
    public func wording(_ variant: Int) -> Question {
        guard variant > 0, variant <= alternates.count else { return self }
        return alternates[variant - 1]
    }
}

extension Criterion {
    /// How many variants the criterion's questions offer: one more than its questions' largest number of alternates.
    public var variantCount: Int { 1 + (questions.map(\.alternates.count).max() ?? 0) }

    /// The variant asked of a candidate: picked deterministically from the candidate's id and the criterion's id
    /// (FNV-1a), so every interviewer and every rerun asks the same candidate the same wording, and candidates of
    /// a campaign get different ones. Always 0 for a criterion without alternates.
    public func variant(for candidate: String) -> Int {
        guard variantCount > 1 else { return 0 }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in Array((candidate + "\u{0}" + id).utf8) {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return Int(hash % UInt64(variantCount))
    }

    /// The questions as asked in a variant.
    public func questions(variant: Int) -> [Question] {
        questions.map { $0.wording(variant) }
    }
}
