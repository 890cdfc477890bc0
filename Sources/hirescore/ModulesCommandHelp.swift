import ScoringCore

/// The help of `hirescore modules`, in both languages: the abstracts, discussions and help of each option and argument,
/// which ArgumentParser shows in ``HelpLanguage/current``.
enum ModulesCommandHelp: MessageCatalogue {
    /// `hirescore modules`: the one-line summary.
    static let modulesAbstract = LocalizedText(
        en: "List the scoring modules with their summaries and scoring rules.",
        de: "Listet die Bewertungsmodule mit ihren Zusammenfassungen und Bewertungsregeln auf.")

    /// `hirescore modules`: the discussion, with examples.
    static let modulesDiscussion = LocalizedText(
        en: """
            EXAMPLES:
              hirescore modules
              hirescore modules --lang de
            """,
        de: """
            BEISPIELE:
              hirescore modules
              hirescore modules --lang de
            """)

    /// The help of the `--lang` option in `hirescore modules`.
    static let lang = LocalizedText(
        en: "The language of the output: de or en.",
        de: "Die Sprache der Ausgabe: de oder en.")

    /// Every entry.
    static let entries: [(name: String, text: LocalizedText)] = [
        ("modulesAbstract", modulesAbstract),
        ("modulesDiscussion", modulesDiscussion),
        ("lang", lang),
    ]
}
