import CommandKit
import PostgresStore
import ScoringCore

/// What `hirescore store` says, in both languages.
enum StoreCommandMessages {
    /// `store init` created the schema.
    static func created(version: Int, store: String) -> LocalizedText {
        .init(
            en: "store created: schema version \(version) in \(store)",
            de: "Ablage angelegt: Schemaversion \(version) in \(store)")
    }

    /// `store init` upgraded the schema.
    static func upgraded(from: Int, to: Int, store: String) -> LocalizedText {
        .init(
            en: "store upgraded: schema version \(from) to \(to) in \(store)",
            de: "Ablage aktualisiert: Schemaversion \(from) auf \(to) in \(store)")
    }

    /// `store init` found the schema current.
    static func current(version: Int, store: String) -> LocalizedText {
        .init(
            en: "store is current: schema version \(version) in \(store)",
            de: "Ablage ist aktuell: Schemaversion \(version) in \(store)")
    }

    /// A `store` subcommand for databases (`init`, `grant`, `revoke`) given a folder.
    static func needsDatabase(_ command: String, folder: String) -> LocalizedText {
        .init(
            en:
                "'store \(command)' works on a PostgreSQL store (--store postgresql://...), and \(folder) is a folder; a folder store needs no set-up",
            de:
                "'store \(command)' gilt für eine PostgreSQL-Ablage (--store postgresql://...), und \(folder) ist ein Ordner; eine Ordner-Ablage braucht keine Einrichtung"
        )
    }

    /// `store grant` done.
    static func granted(_ member: StoreMembers.Member, store: String) -> LocalizedText {
        let id = member.interviewerID.map { " (interviewer id \($0))" } ?? ""
        let idDE = member.interviewerID.map { " (Interviewer-Kennung \($0))" } ?? ""
        return .init(
            en: "'\(member.user)' is now \(member.role.rawValue)\(id) in \(store)",
            de: "'\(member.user)' ist jetzt \(member.role.rawValue)\(idDE) in \(store)")
    }

    /// `store revoke` done.
    static func revoked(_ member: StoreMembers.Member, store: String) -> LocalizedText {
        .init(
            en: "'\(member.user)' is no longer \(member.role.rawValue) nor any member in \(store)",
            de: "'\(member.user)' ist nicht mehr \(member.role.rawValue) und kein Mitglied mehr in \(store)")
    }

    /// The setting for colleagues' cards, as `store init` set it.
    static func colleaguesCards(_ value: StoreSettings.ColleaguesCards) -> LocalizedText {
        switch value {
        case .afterSubmitting:
            return .init(
                en: "interviewers read colleagues' submitted cards for a candidate after submitting their own",
                de:
                    "Interviewer lesen die eingereichten Bögen der Kollegen zu einem Kandidaten, nachdem sie ihren eigenen eingereicht haben"
            )
        case .never:
            return .init(
                en: "interviewers never read colleagues' cards; the recruiter and the officer read as before",
                de:
                    "Interviewer lesen nie die Bögen der Kollegen; Recruiter und Datenschutzbeauftragte lesen wie bisher"
            )
        }
    }

    /// The setting for colleagues' cards of one rubric, as `store init --rubric` set it.
    static func rubricColleaguesCards(_ value: StoreSettings.ColleaguesCards, rubric: String) -> LocalizedText {
        switch value {
        case .afterSubmitting:
            return .init(
                en:
                    "rubric \(rubric): interviewers read colleagues' submitted cards after submitting their own, unless the store's setting says never",
                de:
                    "Vorlage \(rubric): Interviewer lesen die eingereichten Bögen der Kollegen, nachdem sie ihren eigenen eingereicht haben, außer die Ablage sagt never"
            )
        case .never:
            return .init(
                en:
                    "rubric \(rubric): interviewers never read colleagues' cards, whatever the store's setting; the recruiter and the officer read as before",
                de:
                    "Vorlage \(rubric): Interviewer lesen nie die Bögen der Kollegen, wie auch immer die Ablage eingestellt ist; Recruiter und Datenschutzbeauftragte lesen wie bisher"
            )
        }
    }

    /// `store init --colleagues-cards` given the value the store (or the rubric) already has.
    static let settingUnchanged = LocalizedText(
        en: "the setting was already so: nothing was changed or logged",
        de: "die Einstellung war schon so: nichts wurde geändert oder protokolliert")

    /// `store init --actor` without `--colleagues-cards`.
    static let actorNeedsSetting = LocalizedText(
        en:
            "--actor names who changes a --colleagues-cards setting (a signed event); creating or upgrading the schema logs no event: leave --actor out, or add --colleagues-cards never or after-submitting",
        de:
            "--actor nennt, wer eine Einstellung --colleagues-cards ändert (ein signiertes Ereignis); Anlegen oder Aktualisieren des Schemas protokolliert kein Ereignis: lassen Sie --actor weg oder ergänzen Sie --colleagues-cards never oder after-submitting"
    )

    /// `store init --rubric` without `--colleagues-cards`.
    static let rubricNeedsSetting = LocalizedText(
        en:
            "--rubric names the rubric of a --colleagues-cards setting; add --colleagues-cards never or after-submitting",
        de:
            "--rubric nennt die Vorlage einer Einstellung --colleagues-cards; ergänzen Sie --colleagues-cards never oder after-submitting"
    )

    /// An unknown value of `store init --colleagues-cards`.
    static func unknownColleaguesCards(_ text: String) -> LocalizedText {
        let valid = StoreSettings.ColleaguesCards.allCases.map(\.rawValue).joined(separator: ", ")
        return .init(
            en: "unknown value '\(TerminalText.line(text))' for --colleagues-cards; use one of \(valid)",
            de: "unbekannter Wert '\(TerminalText.line(text))' für --colleagues-cards; verwenden Sie einen von \(valid)"
        )
    }

    /// An unknown role for `store grant`.
    static func unknownRole(_ name: String) -> LocalizedText {
        let valid = StoreRole.allCases.map(\.rawValue).joined(separator: ", ")
        return .init(
            en: "unknown role '\(TerminalText.line(name))'; the roles are \(valid)",
            de: "unbekannte Rolle '\(TerminalText.line(name))'; die Rollen sind \(valid)")
    }

    /// `store copy` done.
    static func copied(_ summary: StoreCopy.Summary, from: String, to: String) -> LocalizedText {
        .init(
            en:
                "copied \(summary.cards) scorecards, \(summary.auditLines) audit log lines and \(summary.files) other files from \(from) to \(to)",
            de:
                "\(summary.cards) Bewertungsbögen, \(summary.auditLines) Protokollzeilen und \(summary.files) weitere Dateien von \(from) nach \(to) kopiert"
        )
    }

    /// A writing command given a database store.
    static func notYetOnDatabase(_ command: String?, store: String) -> LocalizedText {
        let en = command.map { "'hirescore \($0)'" } ?? "this command"
        let de = command.map { "'hirescore \($0)'" } ?? "dieser Befehl"
        return .init(
            en:
                "\(en) does not work on a PostgreSQL store yet (\(store)); merge, rank, calibrate, status, verify, enter (--amend too), decide, hold, purge, export, audit verify, show, checkpoint and repair, and keys list, register, revoke and countersign do; see docs/store.md",
            de:
                "\(de) arbeitet noch nicht mit einer PostgreSQL-Ablage (\(store)); merge, rank, calibrate, status, verify, enter (auch --amend), decide, hold, purge, export, audit verify, show, checkpoint und repair sowie keys list, register, revoke und countersign schon; siehe docs/store.md"
        )
    }

    /// A command on a database store was interrupted (Ctrl-C, `kill`) before it ended; starts on a new line.
    static let interrupted = LocalizedText(
        en:
            "\ninterrupted: the database undoes the unfinished transaction, nothing was changed, and the temporary copy is removed; run the command again\n",
        de:
            "\nunterbrochen: die Datenbank macht die unfertige Transaktion rückgängig, es wurde nichts geändert, und die temporäre Kopie ist entfernt; führen Sie den Befehl erneut aus\n"
    )
}
