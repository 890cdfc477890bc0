import ScoringCore

/// The help of `hirescore decide`, in both languages: the abstracts, discussions and help of each option and argument,
/// which ArgumentParser shows in ``HelpLanguage/current``.
enum DecideCommandHelp: MessageCatalogue {
    /// `hirescore decide`: the one-line summary.
    static let decideAbstract = LocalizedText(
        en: "Record the hiring decision on a candidate: merges the panel, logs both, and sets the retention date.",
        de:
            "Erfasst die Einstellungsentscheidung über eine Kandidatin oder einen Kandidaten: führt das Panel zusammen, protokolliert beides und setzt die Aufbewahrungsfrist."
    )

    /// `hirescore decide`: the discussion, with examples.
    static let decideDiscussion = LocalizedText(
        en: """
            Every decision gives its reason in the rubric's terms (--reason). A knock-out that stands in the panel can \
            only be set aside here, with --override-knock-out ID and the reason; both are logged and shown by merge \
            and the export. The retention date is the decision date plus the store's retention period (default 6 \
            months, 1 to 120; set `retention-months` in STORE/.hirescore/settings.json). The decision event in the \
            audit log names the exact sealed scorecards and the rubric hash.

            EXAMPLES:
              hirescore decide --candidate c-104 --requisition claims-2026-01 \\
                  --outcome rejected \\
                  --reason "below the requirements in claims law, a critical skill"
            """,
        de: """
            Jede Entscheidung nennt ihren Grund in den Begriffen der Bewertungsvorlage (--reason). Ein \
            K.-o.-Kriterium, das im Panel besteht, kann nur hier beiseitegelegt werden, mit --override-knock-out ID \
            und dem Grund; beides wird protokolliert und von merge und dem Export gezeigt. Die Aufbewahrungsfrist \
            endet am Entscheidungstag plus der Aufbewahrungsdauer der Ablage (Standard 6 Monate, 1 bis 120; \
            `retention-months` in STORE/.hirescore/settings.json). Das Entscheidungsereignis im Prüfprotokoll nennt \
            genau die versiegelten Bewertungsbögen und den Hash der Vorlage.

            BEISPIELE:
              hirescore decide --candidate c-104 --requisition claims-2026-01 \\
                  --outcome rejected \\
                  --reason "unter den Anforderungen im Schadenrecht, einer kritischen Fähigkeit"
            """)

    /// The help of the `--candidate` option in `hirescore decide`.
    static let candidate = LocalizedText(
        en: "The candidate.",
        de: "Die Kandidatin oder der Kandidat.")

    /// The help of the `--requisition` option in `hirescore decide`.
    static let requisition = LocalizedText(
        en: "The requisition.",
        de: "Die Ausschreibung.")

    /// The help of the `--outcome` option in `hirescore decide`.
    static let outcome = LocalizedText(
        en: "The outcome (values: hired, rejected, withdrawn).",
        de: "Das Ergebnis (Werte: hired, rejected, withdrawn).")

    /// The help of the `--date` option in `hirescore decide`.
    static let date = LocalizedText(
        en: "The day of the decision, YYYY-MM-DD (default: today; never in the future).",
        de: "Der Tag der Entscheidung, JJJJ-MM-TT (Standard: heute; nie in der Zukunft).")

    /// The help of the `--reason` option in `hirescore decide`.
    static let reason = LocalizedText(
        en: "Why, in the rubric's terms (required): what the employer shows if the decision is challenged.",
        de:
            "Warum, in den Begriffen der Bewertungsvorlage (Pflicht): was der Arbeitgeber vorlegt, wenn die Entscheidung angefochten wird."
    )

    /// The help of the `--override-knock-out` option in `hirescore decide`.
    static let overrideKnockOuts = LocalizedText(
        en:
            "Set aside a knock-out that stands in the panel, by its id as merge shows it (e.g. customer-orientation/red-flag/empathy), for --reason; repeatable; logged.",
        de:
            "Ein K.-o.-Kriterium, das im Panel besteht, beiseitelegen, mit seiner ID, wie merge sie zeigt (z. B. customer-orientation/red-flag/empathy), aus dem Grund in --reason; wiederholbar; wird protokolliert."
    )

    /// Every entry.
    static let entries: [(name: String, text: LocalizedText)] = [
        ("decideAbstract", decideAbstract),
        ("decideDiscussion", decideDiscussion),
        ("candidate", candidate),
        ("requisition", requisition),
        ("outcome", outcome),
        ("date", date),
        ("reason", reason),
        ("overrideKnockOuts", overrideKnockOuts),
    ]
}
