import ScoringCore

/// A debrief decision that sets a knock-out aside, recorded with its reason by `decide --override-knock-out`.
public struct KnockOutOverride: Sendable, Hashable, Codable {
    /// The knock-out's id (`customer-orientation/red-flag/empathy`), as ``PanelResult/ReportedKnockOut/id`` gives it.
    public var knockOutID: String
    /// Why the panel set it aside, in the rubric's terms.
    public var reason: String
    /// Who recorded the decision.
    public var actor: String
    /// When (ISO 8601 date).
    public var date: String

    /// Creates an override.
    public init(knockOutID: String, reason: String, actor: String, date: String) {
        self.knockOutID = knockOutID
        self.reason = reason
        self.actor = actor
        self.date = date
    }
}
