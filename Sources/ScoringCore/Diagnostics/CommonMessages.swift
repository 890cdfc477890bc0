/// The sentences that several domains share, each with its German and English text: the "did you mean" hint that
/// every reader of names gives (rubric and scorecard loaders, the scoring modules' configurations, the commands),
/// and the context of a message about one key.
///
/// ```swift
/// hint: Identifier.closest(to: id, among: known).map(CommonMessages.didYouMean)
/// ```
public enum CommonMessages: MessageCatalogue {
    /// The hint for a mistyped name close to a known one: "did you mean 'anchors'?".
    public static func didYouMean(_ suggestion: String) -> LocalizedText {
        .init(en: "did you mean '\(suggestion)'?", de: "meinten Sie '\(suggestion)'?")
    }

    /// The context of the messages about one key, the key in quotes ("'ratings'"): a key is the same in every
    /// language.
    public static func keyContext(_ key: String) -> LocalizedText {
        .init(en: "'\(key)'", de: "'\(key)'")
    }

    /// The word before a diagnostic's hint ("  hint: did you mean 'anchors'?"), printed by ``DiagnosticPrinter``.
    static let hintLabel = LocalizedText(en: "hint", de: "Hinweis")

    /// The entries with sample arguments.
    public static let entries: [(name: String, text: LocalizedText)] = [
        ("didYouMean", didYouMean("anchors")), ("keyContext", keyContext("ratings")),
        ("hintLabel", hintLabel),
    ]

    /// A key is written the same in every language.
    public static let sameInBothLanguages: Set<String> = ["keyContext"]
}
