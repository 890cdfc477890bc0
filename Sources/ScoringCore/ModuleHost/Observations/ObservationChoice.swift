/// One answer an observation of kind ``ObservationKind/choice(_:)`` allows.
public struct ObservationChoice: Sendable, Hashable {
    /// The answer as written in a scorecard and typed at `enter` (kebab-case).
    public var id: String
    /// The answer for people.
    public var label: LocalizedText

    /// Creates a choice.
    public init(id: String, label: LocalizedText) {
        self.id = id
        self.label = label
    }
}
