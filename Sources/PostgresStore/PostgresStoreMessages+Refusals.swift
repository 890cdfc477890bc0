import ScoringCore

/// The database's refusals by the store's own rules (``DatabaseRefusal``) and by its grants, in English and German.
///
/// The English texts are the triggers' own, which a `psql` user reads; the German ones say the same.
extension PostgresStoreMessages {
    /// A refusal by one of the store's rules: the frame around the rule's text.
    static func ruleRefused(_ rule: LocalizedText, sqlState: String) -> LocalizedText {
        .init(
            en: "the database refused: \(rule.text(in: "en")) (SQLSTATE \(sqlState))",
            de: "die Datenbank hat abgelehnt: \(rule.text(in: "de")) (SQLSTATE \(sqlState))")
    }

    /// A submitted card is never changed.
    static func submittedCardUnchanged(_ place: String) -> LocalizedText {
        .init(
            en: "scorecard \(place) is submitted and is never changed; an amendment is a new scorecard",
            de: "der Bogen \(place) ist eingereicht und wird nie geändert; eine Korrektur ist ein neuer Bogen")
    }

    /// A countersigned card's signature is never replaced.
    static func signatureNeverReplaced(_ place: String) -> LocalizedText {
        .init(
            en: "scorecard \(place) is signed already; its signature is never replaced",
            de: "der Bogen \(place) ist bereits signiert; seine Signatur wird nie ersetzt")
    }

    /// A card is countersigned by its own interviewer only.
    static func countersignedByOwnInterviewer(_ place: String) -> LocalizedText {
        .init(
            en: "scorecard \(place) is countersigned by its own interviewer only",
            de:
                "der Bogen \(place) wird nur von seiner eigenen Interviewerin oder seinem eigenen Interviewer gegengezeichnet"
        )
    }

    /// A card is countersigned only with its `countersign` event in the audit log.
    static func countersignEventNeeded(_ place: String) -> LocalizedText {
        .init(
            en: "scorecard \(place) is countersigned only with its countersign event in the audit log",
            de: "der Bogen \(place) wird nur mit seinem Ereignis 'countersign' im Protokoll gegengezeichnet")
    }

    /// Which card an amendment amends is written once.
    static func amendedCardUnchanged(_ place: String) -> LocalizedText {
        .init(
            en: "which card scorecard \(place) amends is written once and never changed",
            de: "welchen Bogen der Bogen \(place) korrigiert, wird einmal festgehalten und nie geändert")
    }

    /// A card is amended by its own interviewer only.
    static func amendedByOwnInterviewer(_ place: String) -> LocalizedText {
        .init(
            en: "scorecard \(place) is amended by its own interviewer only",
            de:
                "der Bogen \(place) wird nur von seiner eigenen Interviewerin oder seinem eigenen Interviewer korrigiert"
        )
    }

    /// An amendment names no submitted card of its own place and interviewer.
    static func amendsNoSubmittedCard(_ place: String) -> LocalizedText {
        .init(
            en: "scorecard \(place) amends no submitted card of its own place and interviewer",
            de:
                "der Bogen \(place) korrigiert keinen eingereichten Bogen derselben Stelle und derselben Interviewerin oder desselben Interviewers"
        )
    }

    /// An audit line that is not the next line of the log.
    static func auditLineNotNext(_ line: String) -> LocalizedText {
        .init(
            en: "audit line \(line) is not the next line of the log",
            de: "die Protokollzeile \(line) ist nicht die nächste Zeile des Protokolls")
    }

    /// A `countersign` event that names no card.
    static func countersignNamesNoCard(_ line: String) -> LocalizedText {
        .init(
            en: "audit line \(line): a countersign event names the scorecards it signs",
            de: "Protokollzeile \(line): ein Ereignis 'countersign' nennt die Bögen, die es signiert")
    }

    /// A card written at the same place meanwhile (SQLSTATE 23505 on `scorecards_first_at_place`).
    static let cardWrittenMeanwhile = LocalizedText(
        en:
            "the database refused (SQLSTATE 23505): a scorecard at the same place was written meanwhile, perhaps from another computer; nothing was changed",
        de:
            "die Datenbank hat abgelehnt (SQLSTATE 23505): ein Bogen an derselben Stelle wurde inzwischen geschrieben, vielleicht von einem anderen Rechner; nichts wurde geändert"
    )

    /// A second amendment of the same card (SQLSTATE 23505 on `scorecards_amends_key`).
    static let cardAmendedMeanwhile = LocalizedText(
        en:
            "the database refused (SQLSTATE 23505): the card was amended meanwhile, perhaps from another computer; a card is amended once, the next correction amends the amendment; nothing was changed",
        de:
            "die Datenbank hat abgelehnt (SQLSTATE 23505): der Bogen wurde inzwischen korrigiert, vielleicht von einem anderen Rechner; ein Bogen wird einmal korrigiert, die nächste Korrektur korrigiert die Korrektur; nichts wurde geändert"
    )

    /// Another command appended the same line of the audit log (SQLSTATE 23505 on `audit_lines_pkey`).
    static let logAppendedMeanwhile = LocalizedText(
        en:
            "the database refused (SQLSTATE 23505): another command appended to the audit log at the same moment; nothing was changed; run the command again",
        de:
            "die Datenbank hat abgelehnt (SQLSTATE 23505): ein anderer Befehl hat im selben Moment an das Protokoll angefügt; nichts wurde geändert; führen Sie den Befehl erneut aus"
    )

    /// A statement refused by the grants or row-level security (SQLSTATE 42501), by what it did to which table.
    static func roleMayNot(_ access: DatabaseRefusal.Access, table: String?, user: String) -> LocalizedText {
        let part = tablePart(table)
        let (en, de): (String, String)
        switch access {
        case .add: (en, de) = ("add to \(part.en)", "in \(part.de) nichts hinzufügen")
        case .change: (en, de) = ("change \(part.en)", "in \(part.de) nichts ändern")
        case .delete: (en, de) = ("delete from \(part.en)", "in \(part.de) nichts löschen")
        case .read: (en, de) = ("read \(part.en)", "in \(part.de) nichts lesen")
        }
        return .init(
            en:
                "the database refused (SQLSTATE 42501): the store role of '\(user)' may not \(en); nothing was changed. The store's owner grants roles with 'hirescore store grant'",
            de:
                "die Datenbank hat abgelehnt (SQLSTATE 42501): die Rolle von '\(user)' in der Ablage darf \(de); nichts wurde geändert. Rollen vergibt der Eigentümer der Ablage mit 'hirescore store grant'"
        )
    }

    /// A database user who holds none of the roles of the store they connected to (schema version 12: each store
    /// has roles of its own), refused before anything is read or written.
    static func notAMemberOfStore(_ user: String, store: String) -> LocalizedText {
        .init(
            en:
                "the database refused (SQLSTATE 42501): the database user '\(TerminalText.line(user))' is not a member of the store in \(store); nothing was changed. The store's owner grants roles with 'hirescore store grant'",
            de:
                "die Datenbank hat abgelehnt (SQLSTATE 42501): der Datenbank-Benutzer '\(TerminalText.line(user))' ist kein Mitglied der Ablage in \(store); nichts wurde geändert. Rollen vergibt der Eigentümer der Ablage mit 'hirescore store grant'"
        )
    }

    /// A table of the store in words: English, and German in the dative.
    static func tablePart(_ table: String?) -> (en: String, de: String) {
        switch table {
        case "scorecards": ("the scorecards", "den Bewertungsbögen")
        case "audit_lines": ("the audit log", "dem Protokoll")
        case "files":
            (
                "the store's files (settings, holds, decisions)",
                "den Dateien der Ablage (Einstellungen, Sperren, Entscheidungen)"
            )
        case "drafts": ("the drafts", "den Entwürfen")
        case "members": ("the list of members", "der Liste der Mitglieder")
        case "settings": ("the store's settings", "den Einstellungen der Ablage")
        case "rubric_settings": ("the rubrics' settings", "den Einstellungen der Vorlagen")
        case "member_events": ("the log of member changes", "dem Verlauf der Mitgliedschaften")
        case "schema_version": ("the schema versions", "den Schemaversionen")
        default: ("this part of the store", "diesem Teil der Ablage")
        }
    }
}
