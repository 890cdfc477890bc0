import ScoringCore

/// The help of `hirescore hold`, in both languages: the abstracts, discussions and help of each option and argument,
/// which ArgumentParser shows in ``HelpLanguage/current``.
enum HoldCommandHelp: MessageCatalogue {
    /// `hirescore hold`: the one-line summary.
    static let holdAbstract = LocalizedText(
        en: "Place a legal hold on a candidate (kept until released, whatever the retention date), or release it.",
        de:
            "Legt eine Aufbewahrungssperre auf eine Kandidatin oder einen Kandidaten (bleibt bis zur Freigabe, gleich welche Aufbewahrungsfrist) oder gibt sie frei."
    )

    /// `hirescore hold`: the discussion, with examples.
    static let holdDiscussion = LocalizedText(
        en: """
            EXAMPLES:
              hirescore hold c-104 --reason "AGG claim filed"
              hirescore hold c-104 --release --reason "claim withdrawn"
            """,
        de: """
            BEISPIELE:
              hirescore hold c-104 --reason "AGG-Klage eingereicht"
              hirescore hold c-104 --release --reason "Klage zurückgenommen"
            """)

    /// The help of the `<candidate>` argument in `hirescore hold`.
    static let candidate = LocalizedText(
        en: "The candidate.",
        de: "Die Kandidatin oder der Kandidat.")

    /// The help of the `--requisition` option in `hirescore hold`.
    static let requisition = LocalizedText(
        en: "Only this requisition, which the candidate must be in (default: all of the candidate's).",
        de:
            "Nur diese Ausschreibung, in der die Kandidatin oder der Kandidat sein muss (Standard: alle ihre oder seine)."
    )

    /// The help of the `--reason` option in `hirescore hold`.
    static let reason = LocalizedText(
        en: "Why the data must be kept (required when placing a hold; recorded with a release when given).",
        de:
            "Warum die Daten aufbewahrt werden müssen (Pflicht beim Sperren; bei einer Freigabe festgehalten, wenn angegeben)."
    )

    /// The help of the `--release` flag in `hirescore hold`.
    static let release = LocalizedText(
        en: "Release the hold instead of placing it.",
        de: "Die Sperre aufheben, statt sie zu setzen.")

    /// Every entry.
    static let entries: [(name: String, text: LocalizedText)] = [
        ("holdAbstract", holdAbstract),
        ("holdDiscussion", holdDiscussion),
        ("candidate", candidate),
        ("requisition", requisition),
        ("reason", reason),
        ("release", release),
    ]
}
