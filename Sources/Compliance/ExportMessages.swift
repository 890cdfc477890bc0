import ScoringCore

/// The headings and sentences of the Art. 15 export (`hirescore export`), each with its German and English text.
///
/// User data passed in is escaped by the caller for the format it renders.
public enum ExportMessages: MessageCatalogue {
    /// The title before the candidate id: "Access request (Art. 15 GDPR): ".
    public static let title = LocalizedText(
        en: "Access request (Art. 15 GDPR): ", de: "Auskunft nach Art. 15 DSGVO: ")

    /// When the export was made: "Exported on 2026-12-06.".
    public static func exportedOn(_ date: String) -> LocalizedText {
        .init(en: "Exported on \(date).", de: "Erstellt am \(date).")
    }

    /// How long the records are kept: "Retention: 6 months after the decision.".
    public static func retention(months: Int) -> LocalizedText {
        .init(
            en: "Retention: \(months) months after the decision.",
            de: "Aufbewahrung: \(months) Monate nach der Entscheidung.")
    }

    /// The note that interviewers are shown under pseudonyms.
    public static let pseudonymised = LocalizedText(
        en: "Interviewer names are pseudonymised.", de: "Die Namen der Interviewenden sind pseudonymisiert.")

    /// The pseudonym of the n-th interviewer: "Interviewer 1".
    public static func interviewerPseudonym(_ number: Int) -> LocalizedText {
        .init(en: "Interviewer \(number)", de: "Interviewer*in \(number)")
    }

    /// The heading of the recorded decisions.
    public static let decisions = LocalizedText(en: "Decisions", de: "Entscheidungen")

    /// Said under a heading with nothing recorded yet.
    public static let noneYet = LocalizedText(en: "None yet.", de: "Noch keine.")

    /// One decision in the Markdown export; the arguments are escaped already.
    public static func decision(
        requisition: String, outcome: String, date: String, recommendation: String, retainUntil: String
    ) -> LocalizedText {
        .init(
            en:
                "\(requisition): \(outcome) on \(date), panel recommendation \(recommendation), kept until \(retainUntil)",
            de:
                "\(requisition): \(outcome) am \(date), Panel-Empfehlung \(recommendation), aufbewahrt bis \(retainUntil)"
        )
    }

    /// The label before the day a record is kept until: "kept until".
    public static let keptUntil = LocalizedText(en: "kept until", de: "aufbewahrt bis")

    /// The heading of the legal holds.
    public static let legalHolds = LocalizedText(en: "Legal holds", de: "Aufbewahrungssperren")

    /// The label before the day a hold began: "since".
    public static let since = LocalizedText(en: "since", de: "seit")

    /// The heading of the panel results.
    public static let panelResults = LocalizedText(en: "Panel results", de: "Panel-Ergebnisse")

    /// The heading of the scorecards.
    public static let scorecards = LocalizedText(en: "Scorecards", de: "Bewertungsbögen")

    /// The label of a scorecard's status (the same word in both languages).
    public static let status = LocalizedText(en: "Status", de: "Status")

    /// The label of a scorecard's interview date.
    public static let interview = LocalizedText(en: "interview", de: "Interview")

    /// The column heading of the criteria.
    public static let criterion = LocalizedText(en: "Criterion", de: "Kriterium")

    /// The column heading of the ratings.
    public static let rating = LocalizedText(en: "Rating", de: "Bewertung")

    /// The column heading of the evidence.
    public static let evidence = LocalizedText(en: "Evidence", de: "Beleg")

    /// The label before the module observations of a card (language levels, time taken, …): "Observations: ".
    public static let observations = LocalizedText(en: "Observations: ", de: "Beobachtungen: ")

    /// The label before the interviewer's own recommendation: "Recommendation: ".
    public static let recommendation = LocalizedText(en: "Recommendation: ", de: "Empfehlung: ")

    /// The heading of the other files of the candidate folder.
    public static let otherFiles = LocalizedText(en: "Other files", de: "Weitere Dateien")

    /// An other file's size, and that it is shown as Base64: "(120 bytes, Base64)".
    public static func fileSize(_ size: Int, base64: Bool) -> LocalizedText {
        .init(
            en: "(\(size) bytes\(base64 ? ", Base64" : ""))",
            de: "(\(size) Bytes\(base64 ? ", Base64" : ""))")
    }

    /// The heading of the files that could not be exported in full.
    public static let notExportedInFull = LocalizedText(en: "Not exported in full", de: "Nicht vollständig exportiert")

    /// Added to the reason a file was left out: "; not exported".
    public static let notExported = LocalizedText(en: "; not exported", de: "; nicht exportiert")

    /// Why a file of the candidate's folder is exported as raw text.
    public static let exportedAsRawText = LocalizedText(
        en: "not a readable scorecard; exported as raw text",
        de: "kein lesbarer Bewertungsbogen; als Rohtext exportiert")

    /// The heading of the audit events.
    public static let auditTrail = LocalizedText(en: "Audit trail", de: "Protokoll")

    /// Every entry, for the test that each has both languages.
    public static let entries: [(name: String, text: LocalizedText)] = [
        ("title", title), ("exportedOn", exportedOn("2026-12-06")), ("retention", retention(months: 6)),
        ("pseudonymised", pseudonymised), ("interviewerPseudonym", interviewerPseudonym(1)),
        ("decisions", decisions), ("noneYet", noneYet),
        (
            "decision",
            decision(requisition: "r", outcome: "hired", date: "d", recommendation: "yes", retainUntil: "u")
        ),
        ("keptUntil", keptUntil), ("legalHolds", legalHolds), ("since", since), ("panelResults", panelResults),
        ("scorecards", scorecards), ("status", status), ("interview", interview), ("criterion", criterion),
        ("rating", rating), ("evidence", evidence), ("observations", observations),
        ("recommendation", recommendation), ("otherFiles", otherFiles), ("fileSize", fileSize(120, base64: true)),
        ("notExportedInFull", notExportedInFull), ("notExported", notExported),
        ("exportedAsRawText", exportedAsRawText),
        ("auditTrail", auditTrail),
    ]

    /// "Status" is the same word in German.
    public static let sameInBothLanguages: Set<String> = ["status"]
}
