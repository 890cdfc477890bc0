import ScoringCore

/// The help of `hirescore` itself, in both languages: the abstracts, discussions and help of each option and argument,
/// which ArgumentParser shows in ``HelpLanguage/current``.
enum HireScoreHelp: MessageCatalogue {
    /// `hirescore`: the one-line summary.
    static let abstract = LocalizedText(
        en: "Structured, fair, documented interviews for back-office roles.",
        de: "Strukturierte, faire, dokumentierte Interviews für Stellen im Backoffice.")

    /// `hirescore`: the discussion, with examples.
    static let discussion = LocalizedText(
        en: """
            Rubrics are YAML files (default folder: ./rubrics, or --rubrics DIR, or $HIRESCORE_RUBRICS). \
            Texts, this help too, are shown in --lang de|en (default from the locale, else English). \
            Colour is used only on a terminal and never when NO_COLOR is set.
            Exit codes: 0 success, 1 problems found or an error, 2 wrong usage.
            A German short guide to every step: docs/de/kurzanleitung.md; the interviewer guides per rubric: \
            docs/rubrics/RUBRIC/guide.en.md and guide.de.md.

            EXAMPLES:
              hirescore rubric validate --strict
              hirescore enter --rubric claims-handler --candidate c-104 \\
                  --interviewer "Anna Schmidt"
              hirescore merge scorecards/claims-2026-01 --format html -o debrief.html
              hirescore verify --store scorecards
            """,
        de: """
            Bewertungsvorlagen sind YAML-Dateien (Standardordner: ./rubrics, oder --rubrics ORDNER, oder \
            $HIRESCORE_RUBRICS). Texte, auch diese Hilfe, erscheinen in --lang de|en (Standard aus der \
            Spracheinstellung, sonst Englisch). Farbe gibt es nur im Terminal und nie, wenn NO_COLOR gesetzt ist.
            Exit-Codes: 0 Erfolg, 1 Probleme gefunden oder ein Fehler, 2 falscher Aufruf.
            Eine Kurzanleitung zu jedem Schritt auf Deutsch: docs/de/kurzanleitung.md; die Leitfäden für \
            Interviewende je Vorlage: docs/rubrics/VORLAGE/guide.de.md.

            BEISPIELE:
              hirescore rubric validate --strict
              hirescore enter --rubric claims-handler --candidate c-104 \\
                  --interviewer "Anna Schmidt"
              hirescore merge scorecards/claims-2026-01 --format html -o besprechung.html
              hirescore verify --store scorecards
            """)

    /// Every entry.
    static let entries: [(name: String, text: LocalizedText)] = [
        ("abstract", abstract),
        ("discussion", discussion),
    ]
}
