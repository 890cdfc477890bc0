import ScoringCore

/// The help of the commands in CommandKit (`docs`, `lint-build`, the shared options) and of `hirescore-rubric-tool`, in
/// both languages: the abstracts, discussions and help of each option and argument, which ArgumentParser shows in
/// ``HelpLanguage/current``.
package enum CommandKitHelp: MessageCatalogue {
    /// `hirescore docs`: the one-line summary.
    package static let docsAbstract = LocalizedText(
        en: "Generate interviewer guides, interview sheets, module pages and an index from the rubrics.",
        de:
            "Erzeugt aus den Bewertungsvorlagen Leitfäden für Interviewende, Interviewbögen, Modulseiten und ein Verzeichnis."
    )

    /// `hirescore docs`: the discussion, with examples.
    package static let docsDiscussion = LocalizedText(
        en: """
            Validates the rubrics first; on any error it prints the diagnostics and writes nothing. The output \
            is deterministic, so generated docs can be committed: --check compares instead of writing and fails \
            (exit 1) when the docs are out of date, naming the command that regenerates them. The SwiftPM \
            command plugin `generate-rubric-docs` runs this command. It ends with what it did: "wrote N files" \
            (and how many were already current), or "N files up to date" when nothing had to change. --lang \
            chooses the documents' languages; its messages are in that language (with all: the locale's).

            EXAMPLES:
              hirescore docs --rubrics rubrics --output docs/rubrics
              hirescore docs --lang de --format html --output guides
              hirescore docs --check
            """,
        de: """
            Prüft zuerst die Bewertungsvorlagen; bei einem Fehler gibt er die Meldungen aus und schreibt nichts. Die \
            Ausgabe ist reproduzierbar, erzeugte Dokumente können also eingecheckt werden: --check vergleicht, statt \
            zu schreiben, und schlägt fehl (Exit-Code 1), wenn die Dokumente veraltet sind, und nennt den Befehl, der \
            sie neu erzeugt. Das SwiftPM-Befehls-Plugin `generate-rubric-docs` führt diesen Befehl aus. Am Ende sagt \
            er, was er getan hat: „N Dateien geschrieben“ (und wie viele schon aktuell waren) oder „N Dateien \
            aktuell“, wenn sich nichts ändern musste. --lang wählt die Sprachen der Dokumente; seine Meldungen sind in \
            dieser Sprache (mit all: in der der Spracheinstellung).

            BEISPIELE:
              hirescore docs --rubrics rubrics --output docs/rubrics
              hirescore docs --lang de --format html --output leitfaeden
              hirescore docs --check
            """)

    /// The help of the `--rubrics` option in `hirescore docs`.
    package static let rubricFolder = LocalizedText(
        en: "The folder of rubrics (default: $HIRESCORE_RUBRICS, else ./rubrics).",
        de: "Der Ordner der Bewertungsvorlagen (Standard: $HIRESCORE_RUBRICS, sonst ./rubrics).")

    /// The help of the `<paths>` argument in `hirescore docs`.
    package static let docsPaths = LocalizedText(
        en:
            "Rubric files or folders to read instead of the rubric folder (the command plugin passes the rubric files it found).",
        de:
            "Vorlagendateien oder -ordner, die statt des Vorlagenordners gelesen werden (das Befehls-Plugin übergibt die Vorlagendateien, die es gefunden hat)."
    )

    /// The help of the `--output` option in `hirescore docs`.
    package static let docsOutput = LocalizedText(
        en: "The output folder.",
        de: "Der Ausgabeordner.")

    /// The help of the `--lang` option in `hirescore docs`.
    package static let docsLang = LocalizedText(
        en: "The languages of the documents: de, en or all; messages follow it (with all: the locale).",
        de: "Die Sprachen der Dokumente: de, en oder all; die Meldungen folgen ihr (mit all: der Spracheinstellung).")

    /// The help of the `--format` option in `hirescore docs`.
    package static let docsFormat = LocalizedText(
        en: "The format: markdown or html.",
        de: "Das Format: markdown oder html.")

    /// The help of the `--check` flag in `hirescore docs`.
    package static let docsCheck = LocalizedText(
        en: "Do not write; fail when the files in the output folder differ from what would be generated.",
        de: "Nichts schreiben; fehlschlagen, wenn die Dateien im Ausgabeordner von dem abweichen, was erzeugt würde.")

    /// The help of the `--modules-page` option in `hirescore docs`.
    package static let docsModulesPage = LocalizedText(
        en:
            "Also write (or with --check, compare) the page of the built-in modules, made from the module list and each module's documentation (docs/modules.md in HireScore's repository).",
        de:
            "Auch die Seite der eingebauten Module schreiben (oder mit --check vergleichen), erzeugt aus der Modulliste und der Dokumentation jedes Moduls (docs/modules.md im Repository von HireScore)."
    )

    /// The help of the `--lang` option in the shared options (GlobalOptions).
    package static let globalOptionsLang = LocalizedText(
        en: "The language of the output: de or en (default: from the locale, else en).",
        de: "Die Sprache der Ausgabe: de oder en (Standard: aus der Spracheinstellung, sonst en).")

    /// The help of the `--no-cache` flag in the shared options (GlobalOptions).
    package static let globalOptionsNoCache = LocalizedText(
        en:
            "Read everything afresh: do not use or update the user's cache ($XDG_CACHE_HOME/hirescore, else ~/.cache/hirescore).",
        de:
            "Alles neu lesen: den Zwischenspeicher des Benutzers ($XDG_CACHE_HOME/hirescore, sonst ~/.cache/hirescore) weder verwenden noch aktualisieren."
    )

    /// `hirescore-rubric-tool lint-build`: the one-line summary.
    package static let lintBuildAbstract = LocalizedText(
        en: "Validate rubric files for a build and write a Swift file listing them (used by the RubricLint plugin).",
        de:
            "Prüft Vorlagendateien für einen Build und schreibt eine Swift-Datei, die sie aufführt (für das Plugin RubricLint)."
    )

    /// The help of the `--output` option in `hirescore-rubric-tool lint-build`.
    package static let lintBuildOutput = LocalizedText(
        en: "The Swift file to write when the rubrics are valid.",
        de: "Die Swift-Datei, die geschrieben wird, wenn die Bewertungsvorlagen gültig sind.")

    /// The help of the `<files>` argument in `hirescore-rubric-tool lint-build`.
    package static let lintBuildFiles = LocalizedText(
        en: "The rubric files.",
        de: "Die Vorlagendateien.")

    /// `hirescore-rubric-tool`: the one-line summary.
    package static let rubricToolAbstract = LocalizedText(
        en: "HireScore's rubric commands for the SwiftPM plugins (generate-rubric-docs, RubricLint).",
        de: "Die Vorlagenbefehle von HireScore für die SwiftPM-Plugins (generate-rubric-docs, RubricLint).")

    /// `hirescore-rubric-tool`: the discussion, with examples.
    package static let rubricToolDiscussion = LocalizedText(
        en: "People use `hirescore docs` and `hirescore rubric validate`; the plugins run this tool.",
        de:
            "Menschen verwenden `hirescore docs` und `hirescore rubric validate`; die Plugins rufen dieses Programm auf."
    )

    /// Every entry.
    package static let entries: [(name: String, text: LocalizedText)] = [
        ("docsAbstract", docsAbstract),
        ("docsDiscussion", docsDiscussion),
        ("rubricFolder", rubricFolder),
        ("docsPaths", docsPaths),
        ("docsOutput", docsOutput),
        ("docsLang", docsLang),
        ("docsFormat", docsFormat),
        ("docsCheck", docsCheck),
        ("docsModulesPage", docsModulesPage),
        ("globalOptionsLang", globalOptionsLang),
        ("globalOptionsNoCache", globalOptionsNoCache),
        ("lintBuildAbstract", lintBuildAbstract),
        ("lintBuildOutput", lintBuildOutput),
        ("lintBuildFiles", lintBuildFiles),
        ("rubricToolAbstract", rubricToolAbstract),
        ("rubricToolDiscussion", rubricToolDiscussion),
    ]
}
