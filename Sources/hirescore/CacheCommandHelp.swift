import ScoringCore

/// The help of `hirescore cache`, `hirescore cache show` and `hirescore cache clear`, in both languages: the
/// abstracts, discussions and help of each option, which ArgumentParser shows in ``HelpLanguage/current``.
enum CacheCommandHelp: MessageCatalogue {
    /// `hirescore cache`: the one-line summary.
    static let cacheAbstract = LocalizedText(
        en:
            "Show or clear your cache folder ($XDG_CACHE_HOME/hirescore, else ~/.cache/hirescore): kept reports and scorecard indexes hold copies of applicants' data.",
        de:
            "Zeigt oder leert Ihren Zwischenspeicher ($XDG_CACHE_HOME/hirescore, sonst ~/.cache/hirescore): aufbewahrte Berichte und Verzeichnisse der Bewertungsbögen enthalten Kopien von Daten der Kandidat*innen."
    )

    /// `hirescore cache`: the discussion, with examples.
    static let cacheDiscussion = LocalizedText(
        en: """
            The cache only saves time: merge, rank and calibrate read nothing from it that they do not check, and \
            clearing it loses nothing (the next merge reads the store afresh). merge, rank and calibrate remove kept \
            reports and scorecard indexes no command used for 14 days; a purge removes them from the cache of \
            whoever runs it.

            EXAMPLES:
              hirescore cache show
              hirescore cache clear --applicant-data
              hirescore cache clear
            """,
        de: """
            Der Zwischenspeicher spart nur Zeit: merge, rank und calibrate lesen daraus nichts, was sie nicht \
            prüfen, und beim Leeren geht nichts verloren (die nächste Zusammenführung liest die Ablage neu). merge, \
            rank und calibrate entfernen aufbewahrte Berichte und Verzeichnisse der Bewertungsbögen, die 14 Tage \
            kein Befehl genutzt hat; eine Löschung (purge) entfernt sie aus dem Zwischenspeicher dessen, der sie \
            ausführt.

            BEISPIELE:
              hirescore cache show
              hirescore cache clear --applicant-data
              hirescore cache clear
            """)

    /// `hirescore cache show`: the one-line summary.
    static let showAbstract = LocalizedText(
        en: "List what your cache folder holds, per kind of file: how many, how large, when last used.",
        de: "Listet auf, was Ihr Zwischenspeicher enthält, je Dateiart: wie viele, wie groß, wann zuletzt genutzt.")

    /// `hirescore cache show`: the discussion, with examples.
    static let showDiscussion = LocalizedText(
        en: """
            EXAMPLES:
              hirescore cache show
            """,
        de: """
            BEISPIELE:
              hirescore cache show
            """)

    /// `hirescore cache clear`: the one-line summary.
    static let clearAbstract = LocalizedText(
        en: "Remove every file of your cache folder, or with --applicant-data only those holding applicants' data.",
        de:
            "Entfernt jede Datei Ihres Zwischenspeichers, mit --applicant-data nur die mit Daten der Kandidat*innen."
    )

    /// `hirescore cache clear`: the discussion, with examples.
    static let clearDiscussion = LocalizedText(
        en: """
            Only your own cache is cleared: other people's are on their computers.

            EXAMPLES:
              hirescore cache clear
              hirescore cache clear --applicant-data
            """,
        de: """
            Nur Ihr eigener Zwischenspeicher wird geleert: die anderer liegen auf deren Rechnern.

            BEISPIELE:
              hirescore cache clear
              hirescore cache clear --applicant-data
            """)

    /// The help of the `--applicant-data` flag in `hirescore cache clear`.
    static let applicantData = LocalizedText(
        en: "Remove only kept reports and scorecard indexes (they hold copies of applicants' data).",
        de:
            "Nur aufbewahrte Berichte und Verzeichnisse der Bewertungsbögen entfernen (sie enthalten Kopien von Daten der Kandidat*innen)."
    )

    /// Every entry.
    static let entries: [(name: String, text: LocalizedText)] = [
        ("cacheAbstract", cacheAbstract), ("cacheDiscussion", cacheDiscussion), ("showAbstract", showAbstract),
        ("showDiscussion", showDiscussion), ("clearAbstract", clearAbstract), ("clearDiscussion", clearDiscussion),
        ("applicantData", applicantData),
    ]
}
