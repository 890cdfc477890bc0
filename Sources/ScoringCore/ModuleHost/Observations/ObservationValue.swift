/// A recorded observation: a level, a number (count or minutes), a choice, or "not assessed".
public enum ObservationValue: Sendable, Hashable {
    /// A level of an ordinal scale, by its id ("B2").
    case level(String)
    /// A whole number: a count, or minutes.
    case number(Int)
    /// A choice, by its id.
    case choice(String)
    /// The interviewer could not assess it (written `n/a`).
    case notAssessed

    /// The value as written in a scorecard: the level or choice id, the number, or `n/a`.
    public var text: String {
        switch self {
        case .level(let id), .choice(let id): id
        case .number(let value): String(value)
        case .notAssessed: "n/a"
        }
    }

    /// Whether the value was recorded (anything but n/a).
    public var isRecorded: Bool { self != .notAssessed }
}
