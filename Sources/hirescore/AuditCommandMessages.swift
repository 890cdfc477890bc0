import ScoringCore

/// What `hirescore audit` prints beside the log's own problems: the verdict of `verify`, the note of an unsigned
/// checkpoint, what `repair` completed, and the words of a candidate's story in `show`.
enum AuditCommandMessages: MessageCatalogue {
    /// `audit verify` found nothing wrong.
    static func intact(_ events: Int) -> LocalizedText {
        .init(
            en: "audit log intact: \(events) events, chain and references verified",
            de: "Protokoll in Ordnung: \(events) Ereignisse, Kette und Verweise intakt")
    }

    /// `audit verify` by an interviewer on a database store found nothing wrong in what the interviewer may read.
    static func readablePartIntact(_ events: Int) -> LocalizedText {
        .init(
            en:
                "the part of the store you may read is intact: \(events) events of the audit log, their chain and the scorecards you may read verified; other interviewers' cards, decisions and holds were not checked: only a recruiter, the data-protection officer or the owner can verify the whole store",
            de:
                "der Teil der Ablage, den Sie lesen dürfen, ist in Ordnung: \(events) Ereignisse des Protokolls, ihre Kette und die Bögen, die Sie lesen dürfen, geprüft; Bögen anderer Interviewender, Entscheidungen und Sperren wurden nicht geprüft: die ganze Ablage können nur Recruiter, Datenschutzbeauftragte oder der Eigentümer prüfen"
        )
    }

    /// `audit checkpoint` without a signing key.
    static let unsignedCheckpoint = LocalizedText(
        en: "no signing key found; the checkpoint is unsigned",
        de: "kein Signaturschlüssel gefunden; der Prüfpunkt ist unsigniert")

    /// `audit repair` recorded a cut-off submission.
    static func submissionRecorded(_ path: String) -> LocalizedText {
        .init(en: "submission recorded: \(path)", de: "Abgabe nachgetragen: \(path)")
    }

    /// `audit repair`'s summary.
    static func repairFinished(_ completions: Int) -> LocalizedText {
        .init(en: "repair finished: \(completions) completions", de: "Reparatur beendet: \(completions) Ergänzungen")
    }

    /// `audit repair` on a PostgreSQL store, whose commands never leave anything half-done.
    static func nothingToRepairOnDatabase(_ store: String) -> LocalizedText {
        .init(
            en:
                "nothing to repair in \(store): a PostgreSQL store changes in whole transactions, so an interrupted command left nothing half-done",
            de:
                "nichts zu reparieren in \(store): eine PostgreSQL-Ablage ändert sich nur in ganzen Transaktionen, ein unterbrochener Befehl hat also nichts halb erledigt hinterlassen"
        )
    }

    /// `audit show` for a candidate the log never names.
    static func noEvents(_ candidate: String) -> LocalizedText {
        .init(
            en: "no events for '\(candidate)' in the audit log",
            de: "keine Ereignisse für '\(candidate)' im Protokoll")
    }

    /// `audit show` given both a candidate and `--members` or `--settings`, or none of them.
    static let candidateOrMembers = LocalizedText(
        en:
            "name a candidate ('audit show c-104') or give --members, --settings or both ('audit show --members'), not a candidate and a list",
        de:
            "nennen Sie eine Kandidatin oder einen Kandidaten ('audit show c-104') oder geben Sie --members, --settings oder beides an ('audit show --members'), nicht beides zugleich"
    )

    /// `audit show --members` on a log without member events (a folder store, or a database store before any grant).
    static let noMemberEvents = LocalizedText(
        en: "no member grants or revocations in the audit log",
        de: "keine Vergabe oder Entzug von Mitgliedschaften im Protokoll")

    /// `audit show --settings` on a log without setting events (a folder store, or a database store whose settings
    /// were never changed).
    static let noSettingEvents = LocalizedText(
        en: "no changes of the store's settings in the audit log",
        de: "keine Änderungen der Einstellungen der Ablage im Protokoll")

    /// `audit show --members --settings` on a log with neither kind of event.
    static let noMemberOrSettingEvents = LocalizedText(
        en: "no member grants or revocations and no changes of the store's settings in the audit log",
        de:
            "keine Vergabe oder Entzug von Mitgliedschaften und keine Änderungen der Einstellungen der Ablage im Protokoll"
    )

    /// A `store-setting` event in `audit show --settings`: `setting` of `rubric` (or of the whole store) changed.
    static func settingChanged(
        _ setting: String, rubric: String?, from old: String, to new: String, by databaseUser: String
    )
        -> LocalizedText
    {
        let scope = (
            en: rubric.map { "of rubric \($0)" } ?? "of the whole store",
            de: rubric.map { "der Vorlage \($0)" } ?? "der ganzen Ablage"
        )
        return .init(
            en: "\(setting) \(scope.en) changed from \(old) to \(new) by the database user '\(databaseUser)'",
            de: "\(setting) \(scope.de) geändert von \(old) auf \(new) durch den Datenbankbenutzer '\(databaseUser)'")
    }

    /// A `member-grant` event in `audit show --members`.
    static func memberGranted(user: String, role: String, interviewerID: String?, by databaseUser: String)
        -> LocalizedText
    {
        .init(
            en:
                "'\(user)' became \(role)\(interviewerID.map { " (interviewer id \($0))" } ?? ""), granted by the database user '\(databaseUser)'",
            de:
                "'\(user)' wurde \(role)\(interviewerID.map { " (Interviewer-Kennung \($0))" } ?? ""), vergeben durch den Datenbankbenutzer '\(databaseUser)'"
        )
    }

    /// A `member-revoke` event in `audit show --members`.
    static func memberRevoked(user: String, role: String, by databaseUser: String) -> LocalizedText {
        .init(
            en: "'\(user)' is no longer \(role), revoked by the database user '\(databaseUser)'",
            de: "'\(user)' ist nicht mehr \(role), entzogen durch den Datenbankbenutzer '\(databaseUser)'")
    }

    /// Before the actor of an event in `audit show` ("hold by HR Office").
    static let by = LocalizedText(en: "by", de: "durch")

    /// Before the rubric of an event in `audit show`.
    static let rubric = LocalizedText(en: "rubric", de: "Vorlage")

    /// Every entry, with sample arguments.
    static let entries: [(name: String, text: LocalizedText)] = [
        ("intact", intact(12)), ("readablePartIntact", readablePartIntact(12)),
        ("unsignedCheckpoint", unsignedCheckpoint),
        ("submissionRecorded", submissionRecorded("r/c/a.yaml")), ("repairFinished", repairFinished(2)),
        ("nothingToRepairOnDatabase", nothingToRepairOnDatabase("postgresql://anna@db:5432/hiring")),
        ("noEvents", noEvents("c-101")), ("by", by), ("rubric", rubric),
        ("candidateOrMembers", candidateOrMembers), ("noMemberEvents", noMemberEvents),
        ("memberGranted", memberGranted(user: "anna", role: "interviewer", interviewerID: "a-schmidt", by: "admin")),
        ("memberRevoked", memberRevoked(user: "anna", role: "interviewer", by: "admin")),
        ("noSettingEvents", noSettingEvents), ("noMemberOrSettingEvents", noMemberOrSettingEvents),
        (
            "settingChanged",
            settingChanged(
                "colleagues-cards", rubric: "claims-handler", from: "after-submitting", to: "never", by: "admin")
        ),
    ]
}
