import ScoringCore

/// The help of the option groups several commands share (PanelOptions, ReportOptions, StoreOptions), in both languages:
/// the abstracts, discussions and help of each option and argument, which ArgumentParser shows in
/// ``HelpLanguage/current``.
enum OptionsHelp: MessageCatalogue {
    /// The help of the `--store` option in the panel options (PanelOptions).
    static let panelOptionsStore = LocalizedText(
        en: "The scorecard store folder read when no path is given (default: $HIRESCORE_STORE, else ./scorecards).",
        de:
            "Der Ordner der Ablage für Bewertungsbögen, der gelesen wird, wenn kein Pfad angegeben ist (Standard: $HIRESCORE_STORE, sonst ./scorecards)."
    )

    /// The help of the `--include-drafts` flag in the panel options (PanelOptions).
    static let panelOptionsIncludeDrafts = LocalizedText(
        en: "Merge drafts too (marked as drafts) instead of refusing their candidates.",
        de: "Auch Entwürfe zusammenführen (als Entwürfe gekennzeichnet), statt ihre Kandidat*innen abzulehnen.")

    /// The help of the `--consensus` option in the panel options (PanelOptions).
    static let panelOptionsConsensus = LocalizedText(
        en:
            "A what-if: combine ratings by this method (median, mean or trimmed-mean) instead of the rubric's own (decision.consensus); every output says so.",
        de:
            "Ein Was-wäre-wenn: die Bewertungen nach dieser Methode zusammenfassen (median, mean oder trimmed-mean) statt nach der der Vorlage (decision.consensus); jede Ausgabe sagt es."
    )

    /// The help of the `<paths>` argument in the panel options (PanelOptions).
    static let panelOptionsPaths = LocalizedText(
        en: "Scorecard files or folders (default: the store).",
        de: "Dateien oder Ordner mit Bewertungsbögen (Standard: die Ablage).")

    /// The help of the `--format` option in the report options (ReportOptions).
    static let reportOptionsFormat = LocalizedText(
        en: "The output format: text, markdown, html, csv or json.",
        de: "Das Ausgabeformat: text, markdown, html, csv oder json.")

    /// The help of the `--output` option in the report options (ReportOptions).
    static let reportOptionsOutput = LocalizedText(
        en: "Write the report to this file (atomically, readable by the owner only) instead of standard output.",
        de:
            "Den Bericht in diese Datei schreiben (atomar, nur für den Eigentümer lesbar) statt auf die Standardausgabe."
    )

    /// The help of the `--csv-dialect` option in the report options (ReportOptions).
    static let reportOptionsCsvDialect = LocalizedText(
        en:
            "With --format csv: rfc4180 (comma, decimal point; the default) or excel-de (semicolon, decimal comma, UTF-8 byte order mark).",
        de:
            "Mit --format csv: rfc4180 (Komma, Dezimalpunkt; der Standard) oder excel-de (Semikolon, Dezimalkomma, UTF-8-Byte-Order-Mark)."
    )

    /// The help of the `--store` option in the store options (StoreOptions).
    static let storeOptionsStore = LocalizedText(
        en: "The scorecard store folder (default: $HIRESCORE_STORE, else ./scorecards).",
        de: "Der Ordner der Ablage für Bewertungsbögen (Standard: $HIRESCORE_STORE, sonst ./scorecards).")

    /// The help of the `--actor` option in the store options (StoreOptions).
    static let storeOptionsActor = LocalizedText(
        en: "Who acts, for the audit log (default: $USER).",
        de: "Wer handelt, für das Prüfprotokoll (Standard: $USER).")

    /// Every entry.
    static let entries: [(name: String, text: LocalizedText)] = [
        ("panelOptionsStore", panelOptionsStore),
        ("panelOptionsIncludeDrafts", panelOptionsIncludeDrafts),
        ("panelOptionsConsensus", panelOptionsConsensus),
        ("panelOptionsPaths", panelOptionsPaths),
        ("reportOptionsFormat", reportOptionsFormat),
        ("reportOptionsOutput", reportOptionsOutput),
        ("reportOptionsCsvDialect", reportOptionsCsvDialect),
        ("storeOptionsStore", storeOptionsStore),
        ("storeOptionsActor", storeOptionsActor),
    ]
}
