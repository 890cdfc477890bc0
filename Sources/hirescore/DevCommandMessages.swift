import ScoringCore

/// Why the developer commands (`hirescore dev ...`) stop.
enum DevCommandMessages: MessageCatalogue {
    /// `dev generate-store` needs rubrics that load without errors.
    static func rubricsMustLoad(_ folder: String) -> LocalizedText {
        .init(
            en: "the rubrics in \(folder) must load without errors",
            de: "die Bewertungsvorlagen in \(folder) müssen fehlerfrei laden")
    }

    /// `dev reseal` cannot read the scorecard.
    static func cannotRead(_ file: String) -> LocalizedText {
        .init(en: "\(file) cannot be read", de: "\(file) kann nicht gelesen werden")
    }

    /// Every entry, with sample arguments.
    static let entries: [(name: String, text: LocalizedText)] = [
        ("rubricsMustLoad", rubricsMustLoad("rubrics")), ("cannotRead", cannotRead("card.yaml")),
    ]
}
