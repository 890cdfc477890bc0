import ScoringCore

/// The words `hirescore modules` puts around each module's own description.
enum ModulesCommandMessages: MessageCatalogue {
    /// Before a module's scoring rule.
    static let rule = LocalizedText(en: "Rule", de: "Regel")

    /// Every entry.
    static let entries: [(name: String, text: LocalizedText)] = [("rule", rule)]
}
