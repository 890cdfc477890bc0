import ScoringCore

/// The help of `hirescore export`, in both languages: the abstracts, discussions and help of each option and argument,
/// which ArgumentParser shows in ``HelpLanguage/current``.
enum ExportCommandHelp: MessageCatalogue {
    /// `hirescore export`: the one-line summary.
    static let exportAbstract = LocalizedText(
        en: "Export everything the store holds about one candidate (Art. 15 DSGVO access request).",
        de:
            "Exportiert alles, was die Ablage über eine Kandidatin oder einen Kandidaten enthält (Auskunft nach Art. 15 DSGVO)."
    )

    /// `hirescore export`: the discussion, with examples.
    static let exportDiscussion = LocalizedText(
        en: """
            Scorecards with evidence, panel results, decisions, dates, retention, holds and audit events, as JSON, \
            Markdown or HTML. The export is recorded in the audit log.

            EXAMPLES:
              hirescore export --candidate c-104 --format html \\
                  --pseudonymise-interviewers -o c-104.html
              hirescore export --candidate c-104 --format json
            """,
        de: """
            Bewertungsbögen mit Belegen, Panel-Ergebnisse, Entscheidungen, Daten, Aufbewahrung, Sperren und Ereignisse \
            des Prüfprotokolls, als JSON, Markdown oder HTML. Der Export wird im Prüfprotokoll verzeichnet.

            BEISPIELE:
              hirescore export --candidate c-104 --format html \\
                  --pseudonymise-interviewers -o c-104.html
              hirescore export --candidate c-104 --format json
            """)

    /// The help of the `--candidate` option in `hirescore export`.
    static let candidate = LocalizedText(
        en: "The candidate.",
        de: "Die Kandidatin oder der Kandidat.")

    /// The help of the `--format` option in `hirescore export`.
    static let format = LocalizedText(
        en: "json, markdown or html.",
        de: "json, markdown oder html.")

    /// The help of the `--pseudonymise-interviewers` flag in `hirescore export`.
    static let pseudonymiseInterviewers = LocalizedText(
        en: "Replace interviewer names by Interviewer 1, 2, ...",
        de: "Die Namen der Interviewenden durch Interviewer*in 1, 2, ... ersetzen.")

    /// The help of the `--output` option in `hirescore export`.
    static let output = LocalizedText(
        en: "Write to this file instead of standard output.",
        de: "In diese Datei statt auf die Standardausgabe schreiben.")

    /// Every entry.
    static let entries: [(name: String, text: LocalizedText)] = [
        ("exportAbstract", exportAbstract),
        ("exportDiscussion", exportDiscussion),
        ("candidate", candidate),
        ("format", format),
        ("pseudonymiseInterviewers", pseudonymiseInterviewers),
        ("output", output),
    ]
}
