import ScoringCore

/// The help of `hirescore purge`, in both languages: the abstracts, discussions and help of each option and argument,
/// which ArgumentParser shows in ``HelpLanguage/current``.
enum PurgeCommandHelp: MessageCatalogue {
    /// `hirescore purge`: the one-line summary.
    static let purgeAbstract = LocalizedText(
        en:
            "Delete every file of candidates whose retention date has passed (drafts and reports included); never on hold or not yet due.",
        de:
            "Löscht jede Datei der Kandidat*innen, deren Aufbewahrungsfrist abgelaufen ist (Entwürfe und Berichte eingeschlossen); nie bei einer Aufbewahrungssperre oder vor der Frist."
    )

    /// `hirescore purge`: the discussion, with examples.
    static let purgeDiscussion = LocalizedText(
        en: """
            What is deleted is recorded in the audit log by candidate id and hashes only, no personal data. Use \
            --dry-run to see the plan.

            EXAMPLES:
              hirescore purge --dry-run
              hirescore purge --actor "Records Office"
            """,
        de: """
            Was gelöscht wird, steht im Prüfprotokoll nur mit der ID der Kandidatin oder des Kandidaten und Hashes, \
            ohne personenbezogene Daten. Mit --dry-run sehen Sie den Plan.

            BEISPIELE:
              hirescore purge --dry-run
              hirescore purge --actor "Personalakten"
            """)

    /// The help of the `--dry-run` flag in `hirescore purge`.
    static let dryRun = LocalizedText(
        en: "Show what would be deleted, delete nothing.",
        de: "Zeigen, was gelöscht würde, nichts löschen.")

    /// The help of the `--before` option in `hirescore purge`.
    static let before = LocalizedText(
        en: "Delete what was due before this day (default: today; never later than today).",
        de: "Löschen, was vor diesem Tag fällig war (Standard: heute; nie später als heute).")

    /// Every entry.
    static let entries: [(name: String, text: LocalizedText)] = [
        ("purgeAbstract", purgeAbstract),
        ("purgeDiscussion", purgeDiscussion),
        ("dryRun", dryRun),
        ("before", before),
    ]
}
