/// A language proficiency level of the Common European Framework of Reference (A1 to C2).
public enum CEFRLevel: String, Sendable, Hashable, CaseIterable, Comparable, Codable {
    /// Breakthrough.
    case a1 = "A1"
    /// Waystage.
    case a2 = "A2"
    /// Threshold.
    case b1 = "B1"
    /// Vantage.
    case b2 = "B2"
    /// Effective operational proficiency.
    case c1 = "C1"
    /// Mastery.
    case c2 = "C2"

    /// Reads `B2` (case-insensitive), or returns nil.
    public init?(text: String) {
        self.init(rawValue: text.uppercased())
    }

    /// 1 for A1 up to 6 for C2.
    public var rank: Int { (CEFRLevel.allCases.firstIndex(of: self) ?? 0) + 1 }

    /// Orders A1 < A2 < ... < C2.
    public static func < (lhs: CEFRLevel, rhs: CEFRLevel) -> Bool { lhs.rank < rhs.rank }
}
