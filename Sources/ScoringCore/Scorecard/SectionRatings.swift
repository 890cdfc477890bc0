/// What the scoring module of one section gets to score: ratings per criterion and observed language levels.
public struct SectionRatings: Sendable, Hashable {
    /// The rating of each criterion of the section, by criterion id; a criterion left out counts as n/a.
    public var ratings: [String: Rating]
    /// The observed CEFR level per language code (for `conversation-skills`).
    public var observedLanguages: [String: CEFRLevel]

    /// Creates section ratings.
    public init(ratings: [String: Rating] = [:], observedLanguages: [String: CEFRLevel] = [:]) {
        self.ratings = ratings
        self.observedLanguages = observedLanguages
    }

    /// The rating of a criterion (n/a when absent).
    public func rating(of criterionID: String) -> Rating {
        ratings[criterionID] ?? .notAssessed
    }
}
