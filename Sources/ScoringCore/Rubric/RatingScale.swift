/// The levels a criterion can be rated on, each with a label; n/a is always allowed and is not a level.
public struct RatingScale: Sendable, Hashable {
    /// One level and its label.
    public struct Level: Sendable, Hashable {
        /// The level's number.
        public var value: Int
        /// What the level means.
        public var label: LocalizedText

        /// Creates a level.
        public init(value: Int, label: LocalizedText) {
            self.value = value
            self.label = label
        }
    }

    /// The levels in ascending order; consecutive integers.
    public var levels: [Level]
    /// The levels the rubric writes anchors at, when it declares them (`anchor-levels: [1, 3, 5]` under `scale`):
    /// the levels between are interpolated by the interviewer, so a criterion without anchors there is complete.
    /// `nil` when not declared: then every level should have an anchor.
    public var anchorLevels: [Int]?

    /// Creates a scale from consecutive levels in ascending order.
    public init(levels: [Level]) {
        self.levels = levels.sorted { $0.value < $1.value }
    }

    /// The default 1..5 scale used when a rubric defines none.
    public static let standard = RatingScale(levels: [
        Level(value: 1, label: RubricMessages.wellBelowRequirements),
        Level(value: 2, label: RubricMessages.belowRequirements),
        Level(value: 3, label: RubricMessages.meetsRequirements),
        Level(value: 4, label: RubricMessages.aboveRequirements),
        Level(value: 5, label: RubricMessages.wellAboveRequirements),
    ])

    /// Where a level stands against the requirements, as its label says.
    public enum RequirementRelation: Sendable, Hashable {
        /// The label says "below" the requirements.
        case below
        /// The label says the level meets them.
        case meets
        /// The label says "above" the requirements.
        case above
    }

    /// What a level's label says about the requirements ("below requirements", "meets requirements",
    /// "above requirements", read from the English label, or the German one), or nil when it says nothing of them.
    public func relation(of level: Int) -> RequirementRelation? {
        guard let label = label(of: level) else { return nil }
        let english = label.text(in: "en").lowercased()
        let german = label.text(in: "de").lowercased()
        if english.contains("below") || german.contains("unter") { return .below }
        if english.contains("above") || german.contains("über") { return .above }
        if english.contains("meets") || german.contains("erfüllt") { return .meets }
        return nil
    }

    /// The level labelled as meeting the requirements (3 on the standard scale), when a label says so.
    public var meetsRequirementsLevel: Int? {
        levels.first { relation(of: $0.value) == .meets }?.value
    }

    /// The lowest level.
    public var lowest: Int { levels.first?.value ?? 1 }
    /// The highest level.
    public var highest: Int { levels.last?.value ?? 5 }
    /// The mean of the lowest and highest level (3 on 1..5).
    public var middle: Double { Double(lowest + highest) / 2 }
    /// The levels that are neither lowest nor highest do not count as extreme.
    public func isExtreme(_ level: Int) -> Bool { level == lowest || level == highest }
    /// Whether a level is on the scale.
    public func contains(_ level: Int) -> Bool { level >= lowest && level <= highest }
    /// The level's label.
    public func label(of level: Int) -> LocalizedText? { levels.first { $0.value == level }?.label }
    /// `1..5`.
    public var rangeDescription: String { "\(lowest)..\(highest)" }
}
