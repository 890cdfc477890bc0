/// A named ordinal scale an observation is recorded on, lowest level first (for example the CEFR's A1 to C2).
///
/// The core knows no scale by name: a module declares the scale with its observation, and the host, the
/// scorecard file, `enter`, the merger and the reports use only what it declares.
public struct OrdinalScale: Sendable, Hashable {
    /// One level of the scale.
    public struct Level: Sendable, Hashable {
        /// The level as written in a scorecard and typed at `enter` ("B2"); matched without regard to case.
        public var id: String
        /// What the level means in short words, shown at `enter` (optional).
        public var description: LocalizedText?

        /// Creates a level.
        public init(id: String, description: LocalizedText? = nil) {
            self.id = id
            self.description = description
        }
    }

    /// The scale's name in messages ("CEFR", in German "GER").
    public var name: LocalizedText
    /// The levels, lowest first.
    public var levels: [Level]

    /// Creates a scale.
    public init(name: LocalizedText, levels: [Level]) {
        self.name = name
        self.levels = levels
    }

    /// The position of a level (0 for the lowest), or nil when the scale has no such level.
    public func rank(of id: String) -> Int? {
        levels.firstIndex { $0.id == id }
    }

    /// The level written as `text` (case does not matter), by its id as the scale writes it.
    public func level(matching text: String) -> String? {
        levels.first { $0.id.lowercased() == text.lowercased() }?.id
    }

    /// The level ids in words: "A1, A2, B1, B2, C1 or C2" (`or` in the language asked for).
    public func list(in language: String) -> String {
        let ids = levels.map(\.id)
        guard ids.count > 1, let last = ids.last else { return ids.first ?? "" }
        return ids.dropLast().joined(separator: ", ") + (language == "de" ? " oder " : " or ") + last
    }
}
