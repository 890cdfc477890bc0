import ScoringCore

/// The help of `hirescore verify`, in both languages: the abstracts, discussions and help of each option and argument,
/// which ArgumentParser shows in ``HelpLanguage/current``.
enum VerifyCommandHelp: MessageCatalogue {
    /// `hirescore verify`: the one-line summary.
    static let verifyAbstract = LocalizedText(
        en: "Check that submitted scorecards are unchanged since submission (their seals match).",
        de: "Prüft, dass abgegebene Bewertungsbögen seit der Abgabe unverändert sind (ihre Siegel stimmen).")

    /// `hirescore verify`: the discussion, with examples.
    static let verifyDiscussion = LocalizedText(
        en: """
            Prints one line per problem and a summary ("12 scorecards intact, 1 problem"); --verbose prints \
            a line for every file. Exits 0 when every file is a valid scorecard with an intact seal, 1 \
            otherwise. Evidence that mentions protected characteristics (AGG) is reported as a warning. A \
            signed card is checked against the key list of the store it lies in; a card copied out of its \
            store is checked with --store, against the key list of the store it was submitted to. Without a \
            key list its signature cannot be checked: verify says so, and --strict makes that an error. \
            Checking a store also checks the cards that amendments superseded (kept under .superseded). Lines \
            read FILE: error: MESSAGE with the keywords error, warning and note in English in every language \
            (the message follows --lang), so editors and CI find them; --format github writes workflow \
            annotations instead.

            EXAMPLES:
              hirescore verify --store scorecards
              hirescore verify scorecards/claims-2026-01/c-101/a-schmidt.yaml --verbose
              hirescore verify card-from-mail.yaml --store scorecards --strict
              hirescore verify --store scorecards --format github
            """,
        de: """
            Gibt eine Zeile je Problem und eine Zusammenfassung aus („12 Bewertungsbögen unversehrt, 1 Problem“); \
            --verbose gibt eine Zeile für jede Datei aus. Exit-Code 0, wenn jede Datei ein gültiger Bewertungsbogen \
            mit unversehrtem Siegel ist, sonst 1. Belege, die geschützte Merkmale (AGG) erwähnen, werden als Warnung \
            gemeldet. Ein signierter Bogen wird gegen die Schlüsselliste der Ablage geprüft, in der er liegt; ein aus \
            seiner Ablage kopierter Bogen wird mit --store gegen die Schlüsselliste der Ablage geprüft, bei der er \
            abgegeben wurde. Ohne Schlüsselliste kann seine Signatur nicht geprüft werden: verify sagt das, und \
            --strict macht es zu einem Fehler. Die Prüfung einer Ablage prüft auch die Bögen, die Korrekturen ersetzt \
            haben (aufbewahrt unter .superseded). Zeilen lauten DATEI: error: MELDUNG, mit den Schlüsselwörtern error, \
            warning und note auf Englisch in jeder Sprache (die Meldung folgt --lang), damit Editoren und CI sie \
            finden; --format github schreibt stattdessen Workflow-Annotationen.

            BEISPIELE:
              hirescore verify --store scorecards
              hirescore verify scorecards/claims-2026-01/c-101/a-schmidt.yaml --verbose
              hirescore verify bogen-aus-der-mail.yaml --store scorecards --strict
              hirescore verify --store scorecards --format github
            """)

    /// The help of the `--store` option in `hirescore verify`.
    static let store = LocalizedText(
        en:
            "Check every signature against this store's key list, cards outside the store too (a copy sent by e-mail); without paths, verify the store.",
        de:
            "Jede Signatur gegen die Schlüsselliste dieser Ablage prüfen, auch bei Bögen außerhalb der Ablage (einer per E-Mail geschickten Kopie); ohne Pfade die Ablage prüfen."
    )

    /// The help of the `--strict` flag in `hirescore verify`.
    static let strict = LocalizedText(
        en:
            "Also fail (exit 1) when a signature could not be checked: a signed card outside any store, verified without --store.",
        de:
            "Auch fehlschlagen (Exit-Code 1), wenn eine Signatur nicht geprüft werden konnte: ein signierter Bogen außerhalb jeder Ablage, ohne --store geprüft."
    )

    /// The help of the `--verbose` flag in `hirescore verify`.
    static let verbose = LocalizedText(
        en: "Print a line for every file, not only for the problems.",
        de: "Eine Zeile für jede Datei ausgeben, nicht nur für die Probleme.")

    /// The help of the `--format` option in `hirescore verify`.
    static let format = LocalizedText(
        en:
            "The output format: text (FILE: error: MESSAGE, for people and editors) or github (workflow annotations on the files, for CI).",
        de:
            "Das Ausgabeformat: text (DATEI: error: MELDUNG, für Menschen und Editoren) oder github (Workflow-Annotationen an den Dateien, für CI)."
    )

    /// The help of the `<paths>` argument in `hirescore verify`.
    static let paths = LocalizedText(
        en: "Scorecard files or store folders (default: the --store folder).",
        de: "Dateien mit Bewertungsbögen oder Ordner von Ablagen (Standard: der Ordner aus --store).")

    /// Every entry.
    static let entries: [(name: String, text: LocalizedText)] = [
        ("verifyAbstract", verifyAbstract),
        ("verifyDiscussion", verifyDiscussion),
        ("store", store),
        ("strict", strict),
        ("verbose", verbose),
        ("format", format),
        ("paths", paths),
    ]
}
