import ScoringCore

/// The help of `hirescore dev reseal`, `hirescore dev rechain`, `hirescore dev sign-store`, `hirescore dev`, `hirescore
/// dev generate-store`, in both languages: the abstracts, discussions and help of each option and argument, which
/// ArgumentParser shows in ``HelpLanguage/current``.
enum DevCommandHelp: MessageCatalogue {
    /// `hirescore dev reseal`: the one-line summary.
    static let resealAbstract = LocalizedText(
        en: "Recompute a scorecard's seal after an edit, as a forger would (attack tests).",
        de:
            "Berechnet das Siegel eines Bewertungsbogens nach einer Änderung neu, wie es ein Fälscher täte (Angriffstests)."
    )

    /// `hirescore dev reseal`: the discussion, with examples.
    static let resealDiscussion = LocalizedText(
        en: """
            EXAMPLES:
              hirescore dev reseal /tmp/attack/store/claims-2026-01/c-101/a-schmidt.yaml
            """,
        de: """
            BEISPIELE:
              hirescore dev reseal /tmp/attack/store/claims-2026-01/c-101/a-schmidt.yaml
            """)

    /// The help of the `<file>` argument in `hirescore dev reseal`.
    static let resealFile = LocalizedText(
        en: "The scorecard file.",
        de: "Die Datei des Bewertungsbogens.")

    /// `hirescore dev rechain`: the one-line summary.
    static let rechainAbstract = LocalizedText(
        en: "Recompute the audit log's hashes and links after an edit, as a forger would (attack tests).",
        de:
            "Berechnet die Hashes und Verkettungen des Prüfprotokolls nach einer Änderung neu, wie es ein Fälscher täte (Angriffstests)."
    )

    /// `hirescore dev rechain`: the discussion, with examples.
    static let rechainDiscussion = LocalizedText(
        en: """
            EXAMPLES:
              hirescore dev rechain --store /tmp/attack/store
            """,
        de: """
            BEISPIELE:
              hirescore dev rechain --store /tmp/attack/store
            """)

    /// `hirescore dev sign-store`: the one-line summary.
    static let signStoreAbstract = LocalizedText(
        en:
            "Sign a freshly generated synthetic store with throwaway keys: key registrations and a signed submit event per card (benchmarks).",
        de:
            "Signiert eine frisch erzeugte synthetische Ablage mit Wegwerfschlüsseln: Schlüsselregistrierungen und ein signiertes Abgabe-Ereignis je Bogen (Benchmarks)."
    )

    /// `hirescore dev sign-store`: the discussion, with examples.
    static let signStoreDiscussion = LocalizedText(
        en: """
            EXAMPLES:
              hirescore dev sign-store --store /tmp/bench-store
            """,
        de: """
            BEISPIELE:
              hirescore dev sign-store --store /tmp/bench-store
            """)

    /// `hirescore dev`: the one-line summary.
    static let devAbstract = LocalizedText(
        en: "Developer tools (benchmarks, test data).",
        de: "Werkzeuge für Entwickler*innen (Benchmarks, Testdaten).")

    /// `hirescore dev`: the discussion, with examples.
    static let devDiscussion = LocalizedText(
        en: """
            EXAMPLES:
              hirescore dev generate-store --candidates 1000 --output /tmp/bench-store
            """,
        de: """
            BEISPIELE:
              hirescore dev generate-store --candidates 1000 --output /tmp/bench-store
            """)

    /// `hirescore dev generate-store`: the one-line summary.
    static let generateStoreAbstract = LocalizedText(
        en:
            "Write a synthetic scorecard store: N candidates × K interviewers over the rubrics, deterministic from a seed.",
        de:
            "Schreibt eine synthetische Ablage von Bewertungsbögen: N Kandidat*innen × K Interviewende über die Bewertungsvorlagen, reproduzierbar aus einem Startwert."
    )

    /// `hirescore dev generate-store`: the discussion, with examples.
    static let generateStoreDiscussion = LocalizedText(
        en: """
            Every scorecard is submitted, pinned to its rubric's hash and sealed, with n/a ratings, evidence \
            from the rubric's anchors, disagreements, knock-outs and interviewers' own recommendations. \
            The same options give the same files. See BENCHMARKS.md.

            EXAMPLES:
              hirescore dev generate-store --candidates 1000 --output /tmp/bench-store
              hirescore dev generate-store --candidates 10000 --seed 7 \\
                  --output /tmp/big-store
            """,
        de: """
            Jeder Bewertungsbogen ist abgegeben, an den Hash seiner Vorlage gebunden und versiegelt, mit Bewertungen \
            „k. A.“, Belegen aus den Ankern der Vorlage, Abweichungen, K.-o.-Kriterien und eigenen Empfehlungen der \
            Interviewenden. Dieselben Optionen ergeben dieselben Dateien. Siehe BENCHMARKS.md.

            BEISPIELE:
              hirescore dev generate-store --candidates 1000 --output /tmp/bench-store
              hirescore dev generate-store --candidates 10000 --seed 7 \\
                  --output /tmp/big-store
            """)

    /// The help of the `--candidates` option in `hirescore dev generate-store`.
    static let generateStoreCandidates = LocalizedText(
        en: "The number of candidates.",
        de: "Die Zahl der Kandidat*innen.")

    /// The help of the `--interviewers` option in `hirescore dev generate-store`.
    static let generateStoreInterviewers = LocalizedText(
        en: "The panel size: scorecards per candidate (3 to 5).",
        de: "Die Größe des Panels: Bewertungsbögen je Kandidat*in (3 bis 5).")

    /// The help of the `--seed` option in `hirescore dev generate-store`.
    static let generateStoreSeed = LocalizedText(
        en: "The seed of every random choice.",
        de: "Der Startwert jeder Zufallswahl.")

    /// The help of the `--per-requisition` option in `hirescore dev generate-store`.
    static let generateStorePerRequisition = LocalizedText(
        en: "About how many candidates share one requisition.",
        de: "Etwa wie viele Kandidat*innen sich eine Ausschreibung teilen.")

    /// The help of the `--output` option in `hirescore dev generate-store`.
    static let generateStoreOutput = LocalizedText(
        en: "The folder to write the store to (created; existing files of the same name are replaced).",
        de:
            "Der Ordner, in den die Ablage geschrieben wird (wird angelegt; vorhandene Dateien gleichen Namens werden ersetzt)."
    )

    /// Every entry.
    static let entries: [(name: String, text: LocalizedText)] = [
        ("resealAbstract", resealAbstract),
        ("resealDiscussion", resealDiscussion),
        ("resealFile", resealFile),
        ("rechainAbstract", rechainAbstract),
        ("rechainDiscussion", rechainDiscussion),
        ("signStoreAbstract", signStoreAbstract),
        ("signStoreDiscussion", signStoreDiscussion),
        ("devAbstract", devAbstract),
        ("devDiscussion", devDiscussion),
        ("generateStoreAbstract", generateStoreAbstract),
        ("generateStoreDiscussion", generateStoreDiscussion),
        ("generateStoreCandidates", generateStoreCandidates),
        ("generateStoreInterviewers", generateStoreInterviewers),
        ("generateStoreSeed", generateStoreSeed),
        ("generateStorePerRequisition", generateStorePerRequisition),
        ("generateStoreOutput", generateStoreOutput),
    ]
}
