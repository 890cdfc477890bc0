import ScoringCore

/// The help of `hirescore audit`, `hirescore audit verify`, `hirescore audit checkpoint`, `hirescore audit repair`,
/// `hirescore audit show`, in both languages: the abstracts, discussions and help of each option and argument, which
/// ArgumentParser shows in ``HelpLanguage/current``.
enum AuditCommandHelp: MessageCatalogue {
    /// `hirescore audit`: the one-line summary.
    static let auditAbstract = LocalizedText(
        en:
            "Check the audit log and the records against each other, repair an interrupted command, or tell the story of one candidate.",
        de:
            "Prüft Prüfprotokoll und Akten gegeneinander, vollendet einen unterbrochenen Befehl oder erzählt die Geschichte einer Kandidatin oder eines Kandidaten."
    )

    /// `hirescore audit`: the discussion, with examples.
    static let auditDiscussion = LocalizedText(
        en: """
            EXAMPLES:
              hirescore audit verify --store scorecards
              hirescore audit show c-104 --store scorecards
            """,
        de: """
            BEISPIELE:
              hirescore audit verify --store scorecards
              hirescore audit show c-104 --store scorecards
            """)

    /// `hirescore audit verify`: the one-line summary.
    static let verifyAbstract = LocalizedText(
        en:
            "Check that no line of the audit log was changed, that every scorecard it references is present and sealed as then, and that the store agrees with it.",
        de:
            "Prüft, dass keine Zeile des Prüfprotokolls geändert wurde, dass jeder Bewertungsbogen, auf den es verweist, vorhanden und so versiegelt ist wie damals, und dass die Ablage mit ihm übereinstimmt."
    )

    /// `hirescore audit verify`: the discussion, with examples.
    static let verifyDiscussion = LocalizedText(
        en: """
            EXAMPLES:
              hirescore audit verify --store scorecards
              hirescore audit verify --checkpoint "$(cat checkpoint.txt)"
            """,
        de: """
            BEISPIELE:
              hirescore audit verify --store scorecards
              hirescore audit verify --checkpoint "$(cat checkpoint.txt)"
            """)

    /// The help of the `--checkpoint` option in `hirescore audit verify`.
    static let verifyCheckpoint = LocalizedText(
        en:
            "A checkpoint printed earlier by 'hirescore audit checkpoint': proves the log still contains that head unchanged.",
        de:
            "Ein Prüfpunkt, den 'hirescore audit checkpoint' früher ausgegeben hat: belegt, dass das Protokoll diesen Stand noch unverändert enthält."
    )

    /// `hirescore audit checkpoint`: the one-line summary.
    static let checkpointAbstract = LocalizedText(
        en:
            "Print the audit chain's head (event count, hash, time) signed with your key, to keep outside the store; 'audit verify --checkpoint' checks the log against it.",
        de:
            "Gibt den Stand der Protokollkette (Zahl der Ereignisse, Hash, Zeit) mit Ihrem Schlüssel signiert aus, zum Aufbewahren außerhalb der Ablage; 'audit verify --checkpoint' prüft das Protokoll dagegen."
    )

    /// `hirescore audit checkpoint`: the discussion, with examples.
    static let checkpointDiscussion = LocalizedText(
        en: """
            EXAMPLES:
              hirescore audit checkpoint --store scorecards > checkpoint.txt
              hirescore audit verify --store scorecards --checkpoint "$(cat checkpoint.txt)"
            """,
        de: """
            BEISPIELE:
              hirescore audit checkpoint --store scorecards > checkpoint.txt
              hirescore audit verify --store scorecards --checkpoint "$(cat checkpoint.txt)"
            """)

    /// `hirescore audit repair`: the one-line summary.
    static let repairAbstract = LocalizedText(
        en:
            "Finish what an interrupted command left half-done: apply its logged event, rewrite the caches from the log, and record the submit event of a sealed scorecard whose submission was cut off.",
        de:
            "Vollendet, was ein unterbrochener Befehl halb erledigt hat: wendet sein protokolliertes Ereignis an, schreibt die Zwischenstände aus dem Protokoll neu und trägt das Abgabe-Ereignis eines versiegelten Bewertungsbogens nach, dessen Abgabe abgebrochen wurde."
    )

    /// `hirescore audit repair`: the discussion, with examples.
    static let repairDiscussion = LocalizedText(
        en: """
            A PostgreSQL store changes in whole transactions, so there is nothing to finish: the command checks the \
            store and says so.

            EXAMPLES:
              hirescore audit repair --store scorecards
            """,
        de: """
            Eine PostgreSQL-Ablage ändert sich nur in ganzen Transaktionen, es gibt also nichts zu vollenden: der \
            Befehl prüft die Ablage und sagt das.

            BEISPIELE:
              hirescore audit repair --store scorecards
            """)

    /// `hirescore audit show`: the one-line summary.
    static let showAbstract = LocalizedText(
        en: "Tell the story of one candidate's decision from the audit log.",
        de: "Erzählt aus dem Prüfprotokoll die Geschichte der Entscheidung über eine Kandidatin oder einen Kandidaten.")

    /// `hirescore audit show`: the discussion, with examples.
    static let showDiscussion = LocalizedText(
        en: """
            With --members instead of a candidate: who was granted or revoked which role in a shared PostgreSQL \
            store ('store grant', 'store revoke'), by whom. With --settings: who changed which setting of the store \
            or of a rubric from what to what ('store init --colleagues-cards'), for example who loosened or \
            tightened the independence of interviewers. Both together list both, in the order of the log.

            EXAMPLES:
              hirescore audit show c-104 --store scorecards
              hirescore audit show c-104 --store scorecards --lang de
              hirescore audit show --members --store postgresql://db.example/hiring
              hirescore audit show --settings --store postgresql://db.example/hiring
            """,
        de: """
            Mit --members statt einer Kandidatin oder eines Kandidaten: wer in einer gemeinsamen PostgreSQL-Ablage \
            welche Rolle erhalten oder verloren hat ('store grant', 'store revoke'), durch wen. Mit --settings: wer \
            welche Einstellung der Ablage oder einer Vorlage von was auf was geändert hat ('store init \
            --colleagues-cards'), etwa wer die Unabhängigkeit der Interviewenden gelockert oder verschärft hat. \
            Beide zusammen listen beides, in der Reihenfolge des Protokolls.

            BEISPIELE:
              hirescore audit show c-104 --store scorecards
              hirescore audit show c-104 --store scorecards --lang de
              hirescore audit show --members --store postgresql://db.example/hiring
              hirescore audit show --settings --store postgresql://db.example/hiring
            """)

    /// The help of `--members` in `hirescore audit show`.
    static let showMembers = LocalizedText(
        en: "Show the member grants and revocations instead of a candidate's events.",
        de:
            "Zeigt die Vergaben und Entzüge von Mitgliedschaften statt der Ereignisse einer Kandidatin oder eines Kandidaten."
    )

    /// The help of `--settings` in `hirescore audit show`.
    static let showSettings = LocalizedText(
        en: "Show the changes of the store's settings (colleagues' cards) instead of a candidate's events.",
        de:
            "Zeigt die Änderungen der Einstellungen der Ablage (Bögen der Kolleg*innen) statt der Ereignisse einer Kandidatin oder eines Kandidaten."
    )

    /// The help of the `<candidate>` argument in `hirescore audit show`.
    static let showCandidate = LocalizedText(
        en: "The candidate.",
        de: "Die Kandidatin oder der Kandidat.")

    /// Every entry.
    static let entries: [(name: String, text: LocalizedText)] = [
        ("auditAbstract", auditAbstract),
        ("auditDiscussion", auditDiscussion),
        ("verifyAbstract", verifyAbstract),
        ("verifyDiscussion", verifyDiscussion),
        ("verifyCheckpoint", verifyCheckpoint),
        ("checkpointAbstract", checkpointAbstract),
        ("checkpointDiscussion", checkpointDiscussion),
        ("repairAbstract", repairAbstract),
        ("repairDiscussion", repairDiscussion),
        ("showAbstract", showAbstract),
        ("showDiscussion", showDiscussion),
        ("showCandidate", showCandidate),
        ("showMembers", showMembers),
        ("showSettings", showSettings),
    ]
}
