import ScoringCore

/// The help of `hirescore rubric list`, `hirescore rubric show`, `hirescore rubric validate`, `hirescore rubric`, in
/// both languages: the abstracts, discussions and help of each option and argument, which ArgumentParser shows in
/// ``HelpLanguage/current``.
enum RubricCommandHelp: MessageCatalogue {
    /// `hirescore rubric list`: the one-line summary.
    static let listAbstract = LocalizedText(
        en: "List the rubrics: id, version, title, languages and content hash.",
        de: "Listet die Bewertungsvorlagen auf: ID, Version, Titel, Sprachen und Inhalts-Hash.")

    /// `hirescore rubric list`: the discussion, with examples.
    static let listDiscussion = LocalizedText(
        en: """
            EXAMPLES:
              hirescore rubric list
            """,
        de: """
            BEISPIELE:
              hirescore rubric list
            """)

    /// The help of the `--format` option in `hirescore rubric list`.
    static let listFormat = LocalizedText(
        en: "The output format: text or json.",
        de: "Das Ausgabeformat: text oder json.")

    /// `hirescore rubric show`: the one-line summary.
    static let showAbstract = LocalizedText(
        en: "Show a rubric as a readable outline: requirements, sections, questions, anchors and decision rules.",
        de:
            "Zeigt eine Bewertungsvorlage als lesbare Gliederung: Anforderungen, Abschnitte, Fragen, Anker und Entscheidungsregeln."
    )

    /// `hirescore rubric show`: the discussion, with examples.
    static let showDiscussion = LocalizedText(
        en: """
            EXAMPLES:
              hirescore rubric show claims-handler
              hirescore rubric show claims-handler@2 --lang de
            """,
        de: """
            BEISPIELE:
              hirescore rubric show claims-handler
              hirescore rubric show claims-handler@2 --lang de
            """)

    /// The help of the `<id>` argument in `hirescore rubric show`.
    static let showId = LocalizedText(
        en: "The rubric id, optionally with @version (claims-handler or claims-handler@1).",
        de: "Die ID der Bewertungsvorlage, wahlweise mit @Version (claims-handler oder claims-handler@1).")

    /// `hirescore rubric validate`: the one-line summary.
    static let validateAbstract = LocalizedText(
        en: "Check rubric files and report every problem with file, line and column.",
        de: "Prüft Vorlagendateien und meldet jedes Problem mit Datei, Zeile und Spalte.")

    /// `hirescore rubric validate`: the discussion, with examples.
    static let validateDiscussion = LocalizedText(
        en: """
            Checks YAML syntax, the rubric format, references between requirements and criteria, \
            and each section's scoring-module configuration. Exits 0 when there are no errors, 1 when \
            there are (with --strict, warnings count as errors too). The text is in --lang; --format plain \
            (FILE:LINE:COLUMN: error: MESSAGE [CODE], one line each) and --format github (workflow \
            annotations) keep the keywords error, warning and note in English for editors and CI, whatever \
            the language of the messages.

            EXAMPLES:
              hirescore rubric validate
              hirescore rubric validate --strict rubrics/claims-handler.yaml
              hirescore rubric validate --format github --strict
            """,
        de: """
            Prüft die YAML-Syntax, das Vorlagenformat, die Verweise zwischen Anforderungen und Kriterien und die \
            Konfiguration des Bewertungsmoduls jedes Abschnitts. Exit-Code 0, wenn es keine Fehler gibt, 1, wenn es \
            welche gibt (mit --strict zählen auch Warnungen als Fehler). Der Text folgt --lang; --format plain \
            (DATEI:ZEILE:SPALTE: error: MELDUNG [CODE], eine Zeile je Problem) und --format github \
            (Workflow-Annotationen) behalten die Schlüsselwörter error, warning und note auf Englisch für Editoren und \
            CI, gleich in welcher Sprache die Meldungen sind.

            BEISPIELE:
              hirescore rubric validate
              hirescore rubric validate --strict rubrics/claims-handler.yaml
              hirescore rubric validate --format github --strict
            """)

    /// The help of the `--strict` flag in `hirescore rubric validate`.
    static let validateStrict = LocalizedText(
        en: "Fail on warnings as well as errors.",
        de: "Auch bei Warnungen fehlschlagen, nicht nur bei Fehlern.")

    /// The help of the `--format` option in `hirescore rubric validate`.
    static let validateFormat = LocalizedText(
        en:
            "The output format: text (for people, in --lang), json, plain (one line per problem with English keywords, for editors) or github (workflow annotations).",
        de:
            "Das Ausgabeformat: text (für Menschen, in --lang), json, plain (eine Zeile je Problem mit englischen Schlüsselwörtern, für Editoren) oder github (Workflow-Annotationen)."
    )

    /// The help of the `<paths>` argument in `hirescore rubric validate`.
    static let validatePaths = LocalizedText(
        en: "Rubric files or folders (default: the rubric folder).",
        de: "Vorlagendateien oder -ordner (Standard: der Vorlagenordner).")

    /// `hirescore rubric`: the one-line summary.
    static let rubricAbstract = LocalizedText(
        en: "Validate, list and show rubrics.",
        de: "Bewertungsvorlagen prüfen, auflisten und zeigen.")

    /// `hirescore rubric`: the discussion, with examples.
    static let rubricDiscussion = LocalizedText(
        en: """
            EXAMPLES:
              hirescore rubric validate --strict
              hirescore rubric list
              hirescore rubric show claims-handler --lang de
            """,
        de: """
            BEISPIELE:
              hirescore rubric validate --strict
              hirescore rubric list
              hirescore rubric show claims-handler --lang de
            """)

    /// Every entry.
    static let entries: [(name: String, text: LocalizedText)] = [
        ("listAbstract", listAbstract),
        ("listDiscussion", listDiscussion),
        ("listFormat", listFormat),
        ("showAbstract", showAbstract),
        ("showDiscussion", showDiscussion),
        ("showId", showId),
        ("validateAbstract", validateAbstract),
        ("validateDiscussion", validateDiscussion),
        ("validateStrict", validateStrict),
        ("validateFormat", validateFormat),
        ("validatePaths", validatePaths),
        ("rubricAbstract", rubricAbstract),
        ("rubricDiscussion", rubricDiscussion),
    ]
}
