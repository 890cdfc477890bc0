/// What the scoring module of one section gets to score: ratings per criterion and the section's observations.
public struct SectionRatings: Sendable, Hashable {
    /// The rating of each criterion of the section, by criterion id; a criterion left out counts as n/a.
    public var ratings: [String: Rating]
    /// The section's observations by id (``ScoringModule/observations(for:in:)``); one not recorded is absent.
    public var observations: [String: ObservationValue]

    /// Creates section ratings.
    public init(ratings: [String: Rating] = [:], observations: [String: ObservationValue] = [:]) {
        self.ratings = ratings
        self.observations = observations
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
