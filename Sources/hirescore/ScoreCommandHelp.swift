import ScoringCore

/// The help of `hirescore score`, in both languages: the abstracts, discussions and help of each option and argument,
/// which ArgumentParser shows in ``HelpLanguage/current``.
enum ScoreCommandHelp: MessageCatalogue {
    /// `hirescore score`: the one-line summary.
    static let scoreAbstract = LocalizedText(
        en: "Score one scorecard (or hand-written ratings file) against its rubric.",
        de: "Bewertet einen Bewertungsbogen (oder eine von Hand geschriebene Bewertungsdatei) nach seiner Vorlage.")

    /// `hirescore score`: the discussion, with examples.
    static let scoreDiscussion = LocalizedText(
        en: """
            Prints per section the score, coverage, flags and knock-outs; per criterion the rating and \
            evidence; the overall weighted score with its arithmetic; and the recommendation by the \
            rubric's decision rules. The scorecard is never changed. --format markdown, html, csv or json \
            writes the same result for a wiki, the screen or printing, a spreadsheet or a script \
            (docs/report-formats.md); --output FILE writes it to a file. The scorecard file format is in \
            docs/scorecard-format.md.

            EXAMPLES:
              hirescore score scorecards/claims-2026-01/c-104/a-schmidt.yaml
              hirescore score card.yaml --format json -o card.json
            """,
        de: """
            Gibt je Abschnitt den Wert, die Abdeckung, Markierungen und K.-o.-Kriterien aus; je Kriterium die \
            Bewertung und den Beleg; den gewichteten Gesamtwert mit seiner Rechnung; und die Empfehlung nach den \
            Entscheidungsregeln der Vorlage. Der Bewertungsbogen wird nie verändert. --format markdown, html, csv oder \
            json schreibt dasselbe Ergebnis für ein Wiki, den Bildschirm oder den Druck, eine Tabellenkalkulation oder \
            ein Skript (docs/report-formats.md); --output DATEI schreibt es in eine Datei. Das Dateiformat der \
            Bewertungsbögen steht in docs/scorecard-format.md.

            BEISPIELE:
              hirescore score scorecards/claims-2026-01/c-104/a-schmidt.yaml
              hirescore score bogen.yaml --format json -o bogen.json
            """)

    /// The help of the `<file>` argument in `hirescore score`.
    static let file = LocalizedText(
        en: "The scorecard or ratings file (YAML).",
        de: "Der Bewertungsbogen oder die Bewertungsdatei (YAML).")

    /// Every entry.
    static let entries: [(name: String, text: LocalizedText)] = [
        ("scoreAbstract", scoreAbstract),
        ("scoreDiscussion", scoreDiscussion),
        ("file", file),
    ]
}
