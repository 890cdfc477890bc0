import ScoringCore

/// What `hirescore rubric list` and `rubric show` print beside the rubrics themselves: the list's column heads,
/// an empty folder, and the notes on rubrics left out or shown in another language.
enum RubricCommandMessages: MessageCatalogue {
    /// The column heads of `rubric list`.
    static let columns = [
        LocalizedText(en: "id", de: "Kennung"), LocalizedText(en: "version", de: "Version"),
        LocalizedText(en: "title", de: "Titel"), LocalizedText(en: "languages", de: "Sprachen"),
        LocalizedText(en: "hash", de: "Hash"),
    ]

    /// A rubric folder without rubrics.
    static func noRubrics(in folder: String) -> LocalizedText {
        .init(en: "No rubrics in \(folder).", de: "Keine Bewertungsvorlagen in \(folder).")
    }

    /// `rubric list` left out rubrics with errors.
    static let rubricsWithErrorsMissing = LocalizedText(
        en: "rubrics with errors are missing above; check them with 'hirescore rubric validate'.",
        de: "Bewertungsvorlagen mit Fehlern fehlen oben; prüfen Sie sie mit 'hirescore rubric validate'.")

    /// `rubric show` in a language the rubric has no texts in, with the language shown instead (the first of the
    /// rubric's languages, else the other interface language).
    static func noTextsInLanguage(showing language: String?) -> LocalizedText {
        .init(
            en: "the rubric has no English texts; showing \(language ?? "de").",
            de: "die Vorlage hat keine Texte auf Deutsch; gezeigt wird \(language ?? "en").")
    }

    /// Every entry, with sample arguments.
    static let entries: [(name: String, text: LocalizedText)] =
        columns.map { ("columns.\($0.text(in: .en))", $0) } + [
            ("noRubrics", noRubrics(in: "rubrics")), ("rubricsWithErrorsMissing", rubricsWithErrorsMissing),
            ("noTextsInLanguage", noTextsInLanguage(showing: "en")),
        ]
}
