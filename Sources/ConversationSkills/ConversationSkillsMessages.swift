import ScoringCore

/// The sentences of the conversation-skills module that `enter` and the reports show, with German and English text.
enum ConversationSkillsMessages {
    /// Beside a language at `enter`: "required C1 (mandatory)".
    static func requirement(_ required: CEFRLevel, mandatory: Bool) -> LocalizedText {
        .init(
            en: "required \(required.rawValue)\(mandatory ? " (mandatory)" : "")",
            de: "gefordert \(required.rawValue)\(mandatory ? " (verpflichtend)" : "")")
    }
}
