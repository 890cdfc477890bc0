/// What the scoring module of one section gets to score: ratings per criterion and the section's observations.
public struct SectionRatings: Sendable, Hashable {
    /// The rating of each criterion of the section, by criterion id; a criterion left out counts as n/a.
    public var ratings: [String: Rating]
    /// The section's observations by id (``ScoringModule/observations(for:in:)``); one not recorded is absent.
    public var observations: [String: ObservationValue]
    /// Whether the module writes the section's ``SectionResult/explanation`` (the arithmetic in words). False when
    /// no report shows it, as for each rater's own result in a panel: scores, knock-outs, flags and outputs are
    /// the same either way, only the explanation is left empty.
    public var explains: Bool

    /// Creates section ratings.
    public init(
        ratings: [String: Rating] = [:], observations: [String: ObservationValue] = [:], explains: Bool = true
    ) {
        self.ratings = ratings
        self.observations = observations
        self.explains = explains
    }

    /// The recorded value of an observation, or nil when it was not recorded or recorded as n/a.
    public func observation(_ id: String) -> ObservationValue? {
        observations[id].flatMap { $0.isRecorded ? $0 : nil }
    }

    /// The rating of a criterion (n/a when absent).
    public func rating(of criterionID: String) -> Rating {
        ratings[criterionID] ?? .notAssessed
    }
}
