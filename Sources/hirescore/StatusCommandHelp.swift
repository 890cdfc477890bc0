import ScoringCore

/// The help of `hirescore status`, in both languages: the abstracts, discussions and help of each option and argument,
/// which ArgumentParser shows in ``HelpLanguage/current``.
enum StatusCommandHelp: MessageCatalogue {
    /// `hirescore status`: the one-line summary.
    static let statusAbstract = LocalizedText(
        en:
            "Show per candidate which scorecards the interview plan expects, which are submitted, drafts or missing, and whether the panel can be merged.",
        de:
            "Zeigt je Kandidat*in, welche Bewertungsbögen der Interviewplan erwartet, welche abgegeben, Entwürfe oder ausstehend sind und ob das Panel zusammengeführt werden kann."
    )

    /// `hirescore status`: the discussion, with examples.
    static let statusDiscussion = LocalizedText(
        en: """
            Reads the store (or the paths given) and groups scorecards by candidate. For each stage of the \
            rubric's interview plan (one stage with every criterion for a rubric without a plan) it lists the \
            submitted scorecards, the drafts with when they were last saved, and how many expected scorecards \
            are missing, with the interviewer role the plan names. A panel can be merged when every expected \
            scorecard is submitted and sealed. Nothing of the ratings is shown. An amended scorecard is named on \
            standard error with when, by whom and why it was amended.
            --format json (hirescore/panel-status@1) for scripts that send reminders.

            EXAMPLES:
              hirescore status --requisition claims-2026-01
              hirescore status --format json
            """,
        de: """
            Liest die Ablage (oder die angegebenen Pfade) und gruppiert die Bewertungsbögen nach Kandidat*in. Für jede \
            Stufe des Interviewplans der Vorlage (eine Stufe mit allen Kriterien bei einer Vorlage ohne Plan) nennt er \
            die abgegebenen Bewertungsbögen, die Entwürfe mit dem Zeitpunkt ihrer letzten Speicherung und wie viele \
            erwartete Bewertungsbögen fehlen, mit der Rolle der Interviewenden, die der Plan nennt. Ein Panel kann \
            zusammengeführt werden, wenn jeder erwartete Bewertungsbogen abgegeben und versiegelt ist. Von den \
            Bewertungen wird nichts gezeigt. Ein korrigierter Bewertungsbogen wird auf der Standardfehlerausgabe \
            genannt, mit wann, von wem und warum er korrigiert wurde.
            --format json (hirescore/panel-status@1) für Skripte, die Erinnerungen verschicken.

            BEISPIELE:
              hirescore status --requisition claims-2026-01
              hirescore status --format json
            """)

    /// The help of the `--requisition` option in `hirescore status`.
    static let requisition = LocalizedText(
        en: "Only this requisition.",
        de: "Nur diese Ausschreibung.")

    /// The help of the `--format` option in `hirescore status`.
    static let format = LocalizedText(
        en: "text or json.",
        de: "text oder json.")

    /// The help of the `--store` option in `hirescore status`.
    static let store = LocalizedText(
        en: "The scorecard store folder read when no path is given (default: $HIRESCORE_STORE, else ./scorecards).",
        de:
            "Der Ordner der Ablage für Bewertungsbögen, der gelesen wird, wenn kein Pfad angegeben ist (Standard: $HIRESCORE_STORE, sonst ./scorecards)."
    )

    /// The help of the `<paths>` argument in `hirescore status`.
    static let paths = LocalizedText(
        en: "Scorecard files or folders (default: the store).",
        de: "Dateien oder Ordner mit Bewertungsbögen (Standard: die Ablage).")

    /// Every entry.
    static let entries: [(name: String, text: LocalizedText)] = [
        ("statusAbstract", statusAbstract),
        ("statusDiscussion", statusDiscussion),
        ("requisition", requisition),
        ("format", format),
        ("store", store),
        ("paths", paths),
    ]
}
