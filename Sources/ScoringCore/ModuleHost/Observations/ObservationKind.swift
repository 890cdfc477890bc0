/// What kind of value an observation takes; the core reads, checks, asks for, merges and shows each kind
/// without knowing what the module uses it for.
public enum ObservationKind: Sendable, Hashable {
    /// A level on a named ordinal scale (languages on the CEFR scale).
    case level(OrdinalScale)
    /// A whole number within bounds (a count).
    case count(ClosedRange<Int>)
    /// A duration in whole minutes within bounds (the time a task took).
    case minutes(ClosedRange<Int>)
    /// One answer from a list (the task variant done).
    case choice([ObservationChoice])
}
