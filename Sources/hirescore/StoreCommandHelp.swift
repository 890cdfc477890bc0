import ScoringCore

/// The help of `hirescore store copy`, `hirescore store grant`, `hirescore store init`, `hirescore store revoke`,
/// `hirescore store`, in both languages: the abstracts, discussions and help of each option and argument, which
/// ArgumentParser shows in ``HelpLanguage/current``.
enum StoreCommandHelp: MessageCatalogue {
    /// `hirescore store copy`: the one-line summary.
    static let copyAbstract = LocalizedText(
        en: "Copy a whole store from a folder into an empty PostgreSQL store, or back into a new folder.",
        de:
            "Kopiert eine ganze Ablage aus einem Ordner in eine leere PostgreSQL-Ablage oder zurück in einen neuen Ordner."
    )

    /// `hirescore store copy`: the discussion, with examples.
    static let copyDiscussion = LocalizedText(
        en: """
            Every scorecard keeps its exact bytes (seal and signature included), the audit log its exact lines, \
            and every other file of the store its bytes, so a store copied into the database and back is the same \
            files, and 'verify' and 'audit verify' pass on it. The target must be empty (a new folder, or a \
            database after 'store init'); a database is written in one transaction, all or nothing. Copying out of \
            a database copies what its user may read: copy as the owner or the data-protection officer.

            EXAMPLES:
              hirescore store copy scorecards postgresql://db.example/hiring
              hirescore store copy postgresql://db.example/hiring backup-store
            """,
        de: """
            Jeder Bewertungsbogen behält seine Bytes genau (Siegel und Signatur eingeschlossen), das Prüfprotokoll \
            seine Zeilen genau und jede andere Datei der Ablage ihre Bytes; eine in die Datenbank und zurück kopierte \
            Ablage sind also dieselben Dateien, und 'verify' und 'audit verify' bestehen sie. Das Ziel muss leer sein \
            (ein neuer Ordner oder eine Datenbank nach 'store init'); eine Datenbank wird in einer Transaktion \
            geschrieben, ganz oder gar nicht. Aus einer Datenbank wird kopiert, was ihr Benutzer lesen darf: Kopieren \
            Sie als Eigentümer oder als Datenschutzbeauftragte*r.

            BEISPIELE:
              hirescore store copy scorecards postgresql://db.example/hiring
              hirescore store copy postgresql://db.example/hiring sicherung
            """)

    /// The help of the `<from>` argument in `hirescore store copy`.
    static let copyFrom = LocalizedText(
        en: "The store to copy: a folder or postgresql://...",
        de: "Die zu kopierende Ablage: ein Ordner oder postgresql://...")

    /// The help of the `<to>` argument in `hirescore store copy`.
    static let copyTo = LocalizedText(
        en: "The empty store to copy into: a new folder or postgresql://...",
        de: "Die leere Ablage, in die kopiert wird: ein neuer Ordner oder postgresql://...")

    /// `hirescore store grant`: the one-line summary.
    static let grantAbstract = LocalizedText(
        en: "Give a database user one of the store's roles: interviewer, recruiter, data-protection-officer, owner.",
        de:
            "Gibt einem Datenbankbenutzer eine der Rollen der Ablage: interviewer, recruiter, data-protection-officer, owner."
    )

    /// `hirescore store grant`: the discussion, with examples.
    static let grantDiscussion = LocalizedText(
        en: """
            The user must exist (CREATE ROLE name LOGIN PASSWORD '...', or your provider's console). A member has \
            one store role; granting another replaces it. An interviewer is tied to an interviewer id, which names \
            their scorecards: the database lets them read and write only those, and colleagues' cards for a \
            candidate only after submitting their own. The role is this store's own: it gives nothing in another \
            store of the same server, and 'store revoke' here leaves the member's roles there as they are.

            Every grant is a 'member-grant' event of the signed audit log, written in the same transaction: in a \
            store with a key list it is signed with your key ($HIRESCORE_KEY), which must be registered as HR's \
            under the --actor name. Copy an existing store in with 'store copy' before granting: the copy needs an \
            empty log.

            EXAMPLES:
              hirescore store grant --store postgresql://db.example/hiring \\
                  --interviewer-id a-schmidt anna interviewer
              hirescore store grant --store postgresql://db.example/hiring lena recruiter
            """,
        de: """
            Der Benutzer muss existieren (CREATE ROLE name LOGIN PASSWORD '...' oder die Konsole Ihres Anbieters). Ein \
            Mitglied hat eine Rolle in der Ablage; eine andere zu vergeben ersetzt sie. Interviewende sind an eine \
            Interviewer-ID gebunden, die ihre Bewertungsbögen benennt: Die Datenbank lässt sie nur diese lesen und \
            schreiben und die Bögen der Kolleg*innen zu einer Kandidatin oder einem Kandidaten erst, nachdem sie den \
            eigenen abgegeben haben. Die Rolle gehört dieser Ablage allein: In einer anderen Ablage desselben Servers \
            gibt sie nichts, und 'store revoke' hier lässt die Rollen des Mitglieds dort, wie sie sind.

            Jede Vergabe ist ein Ereignis 'member-grant' des signierten Prüfprotokolls, in derselben Transaktion \
            geschrieben: In einer Ablage mit Schlüsselliste wird es mit Ihrem Schlüssel ($HIRESCORE_KEY) signiert, \
            der unter dem Namen von --actor als HR-Schlüssel registriert sein muss. Kopieren Sie eine bestehende \
            Ablage mit 'store copy' hinein, bevor Sie Rollen vergeben: Die Kopie braucht ein leeres Protokoll.

            BEISPIELE:
              hirescore store grant --store postgresql://db.example/hiring \\
                  --interviewer-id a-schmidt anna interviewer
              hirescore store grant --store postgresql://db.example/hiring lena recruiter
            """)

    /// The help of the `--store` option in `hirescore store grant`.
    static let grantStore = LocalizedText(
        en: "The database store: postgresql://USER@HOST:PORT/DATABASE (default: $HIRESCORE_STORE).",
        de: "Die Datenbank-Ablage: postgresql://USER@HOST:PORT/DATABASE (Standard: $HIRESCORE_STORE).")

    /// The help of the `--interviewer-id` option in `hirescore store grant`.
    static let grantInterviewerID = LocalizedText(
        en: "For an interviewer: the id that names their scorecards.",
        de: "Für Interviewende: die ID, die ihre Bewertungsbögen benennt.")

    /// The help of the `<user>` argument in `hirescore store grant`.
    static let grantUser = LocalizedText(
        en: "The database user.",
        de: "Der Datenbankbenutzer.")

    /// The help of the `<role>` argument in `hirescore store grant`.
    static let grantRole = LocalizedText(
        en: "interviewer, recruiter, data-protection-officer (or dpo) or owner.",
        de: "interviewer, recruiter, data-protection-officer (oder dpo) oder owner.")

    /// `hirescore store init`: the one-line summary.
    static let initAbstract = LocalizedText(
        en: "Create or upgrade the schema of a PostgreSQL store (tables, group roles, row-level security).",
        de:
            "Legt das Schema einer PostgreSQL-Ablage an oder aktualisiert es (Tabellen, Gruppenrollen, Row-Level-Security)."
    )

    /// `hirescore store init`: the discussion, with examples.
    static let initDiscussion = LocalizedText(
        en: """
            Run once by the database's administrator (a superuser, or the owner of the database who may create \
            roles), and again after updating hirescore. Each migration runs in its own transaction and is \
            recorded with its version; a store newer than this hirescore is refused and left unchanged.

            --colleagues-cards never makes the database hide every colleague's scorecard from interviewers, even \
            after they submitted their own (the recruiter and the data-protection officer read as before); \
            after-submitting (the default of a new store) shows a candidate's submitted cards to an interviewer \
            once they submitted theirs. Without the option, init leaves the setting as it is.

            With --rubric ID the setting is that rubric's (its id, every version): interviewers never read \
            colleagues' cards written with it, whatever the store's setting; the stricter of the two wins.

            Every change of the setting is a 'store-setting' event of the signed audit log (the setting, its old \
            and new value, the rubric), written in the same transaction: in a store with a key list it is signed \
            with your key ($HIRESCORE_KEY), which must be registered as HR's under the --actor name, as for 'store \
            grant' ('audit show --settings' lists them). A value the store already has changes and logs nothing.

            EXAMPLES:
              hirescore store init --store postgresql://db.example/hiring
              hirescore store init --store postgresql://db.example/hiring \\
                  --colleagues-cards never --actor "Hanna Berg"
              hirescore store init --store postgresql://db.example/hiring \\
                  --colleagues-cards never --rubric claims-handler --actor "Hanna Berg"
            """,
        de: """
            Einmal von der Administration der Datenbank auszuführen (ein Superuser oder der Eigentümer der Datenbank, \
            der Rollen anlegen darf) und erneut nach einem Update von hirescore. Jede Migration läuft in ihrer eigenen \
            Transaktion und wird mit ihrer Version festgehalten; eine Ablage, die neuer ist als dieses hirescore, wird \
            abgelehnt und bleibt unverändert.

            --colleagues-cards never lässt die Datenbank jeden Bewertungsbogen der Kolleg*innen vor Interviewenden \
            verbergen, auch nachdem sie den eigenen abgegeben haben (Recruiting und Datenschutzbeauftragte lesen wie \
            bisher); after-submitting (der Standard einer neuen Ablage) zeigt Interviewenden die abgegebenen Bögen zu \
            einer Kandidatin oder einem Kandidaten, sobald sie den eigenen abgegeben haben. Ohne die Option lässt init \
            die Einstellung, wie sie ist.

            Mit --rubric ID gilt die Einstellung für diese Vorlage (ihre Kennung, jede Version): Interviewende lesen \
            die damit geschriebenen Bögen der Kolleg*innen nie, wie auch immer die Ablage eingestellt ist; die \
            strengere der beiden Einstellungen gilt.

            Jede Änderung der Einstellung ist ein Ereignis 'store-setting' des signierten Prüfprotokolls (die \
            Einstellung, ihr alter und neuer Wert, die Vorlage), in derselben Transaktion geschrieben: In einer \
            Ablage mit Schlüsselliste wird es mit Ihrem Schlüssel ($HIRESCORE_KEY) signiert, der unter dem Namen von \
            --actor als HR-Schlüssel registriert sein muss, wie bei 'store grant' ('audit show --settings' listet sie \
            auf). Ein Wert, den die Ablage schon hat, ändert und protokolliert nichts.

            BEISPIELE:
              hirescore store init --store postgresql://db.example/hiring
              hirescore store init --store postgresql://db.example/hiring \\
                  --colleagues-cards never --actor "Hanna Berg"
              hirescore store init --store postgresql://db.example/hiring \\
                  --colleagues-cards never --rubric claims-handler --actor "Hanna Berg"
            """)

    /// The help of the `--rubric` option in `hirescore store init`.
    static let initRubric = LocalizedText(
        en: "With --colleagues-cards: the setting is this rubric's (its id), not the whole store's.",
        de: "Mit --colleagues-cards: Die Einstellung gilt für diese Vorlage (ihre Kennung), nicht für die ganze Ablage."
    )

    /// The help of the `--colleagues-cards` option in `hirescore store init`.
    static let initColleaguesCards = LocalizedText(
        en: "When interviewers read colleagues' cards: after-submitting or never (default: unchanged).",
        de: "Wann Interviewende die Bögen der Kolleg*innen lesen: after-submitting oder never (Standard: unverändert).")

    /// `hirescore store revoke`: the one-line summary.
    static let revokeAbstract = LocalizedText(
        en: "Take a member's store role away: the database refuses them from then on.",
        de: "Nimmt einem Mitglied seine Rolle in der Ablage: Die Datenbank weist es von da an ab.")

    /// `hirescore store revoke`: the discussion, with examples.
    static let revokeDiscussion = LocalizedText(
        en: """
            A member has one store role, so revoking it removes the member. Their database login stays (drop \
            it with DROP ROLE, or in your provider's console); the cards they wrote and their audit log lines \
            stay. To change a member's role instead, grant the new one with 'store grant'. Every revocation is a \
            'member-revoke' event of the signed audit log, signed with your key as a grant is ('audit show \
            --members' lists them); the table hirescore.member_events also records which database user made it.

            EXAMPLES:
              hirescore store revoke --store postgresql://db.example/hiring anna
            """,
        de: """
            Ein Mitglied hat eine Rolle in der Ablage; sie zu widerrufen entfernt also das Mitglied. Seine \
            Datenbankanmeldung bleibt (löschen Sie sie mit DROP ROLE oder in der Konsole Ihres Anbieters); die Bögen, \
            die es geschrieben hat, und seine Zeilen im Prüfprotokoll bleiben. Um stattdessen die Rolle eines \
            Mitglieds zu ändern, vergeben Sie die neue mit 'store grant'. Jeder Widerruf ist ein Ereignis \
            'member-revoke' des signierten Prüfprotokolls, wie eine Vergabe mit Ihrem Schlüssel signiert ('audit show \
            --members' listet sie auf); die Tabelle hirescore.member_events hält zudem fest, welcher Datenbankbenutzer \
            ihn vorgenommen hat.

            BEISPIELE:
              hirescore store revoke --store postgresql://db.example/hiring anna
            """)

    /// `hirescore store`: the one-line summary.
    static let storeAbstract = LocalizedText(
        en: "Set up a shared PostgreSQL store, grant and revoke its roles, and copy a store into or out of it.",
        de:
            "Richtet eine gemeinsame PostgreSQL-Ablage ein, vergibt und widerruft ihre Rollen und kopiert eine Ablage hinein oder heraus."
    )

    /// `hirescore store`: the discussion, with examples.
    static let storeDiscussion = LocalizedText(
        en: """
            A store is a folder (the default) or a PostgreSQL database named by a URL: \
            --store postgresql://USER@HOST:PORT/DATABASE, or HIRESCORE_STORE. Settings the URL leaves out come \
            from PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD or ~/.pgpass, and sslmode, as in psql. A host \
            other than this machine is reached over TLS only, unless the URL says sslmode=disable. \
            See docs/store.md.

            EXAMPLES:
              hirescore store init --store postgresql://db.example/hiring
              hirescore store init --store postgresql://db.example/hiring \\
                  --colleagues-cards never
              hirescore store revoke --store postgresql://db.example/hiring anna
              hirescore store copy scorecards postgresql://db.example/hiring
            """,
        de: """
            Eine Ablage ist ein Ordner (der Standard) oder eine PostgreSQL-Datenbank, die eine URL nennt: --store \
            postgresql://USER@HOST:PORT/DATABASE oder HIRESCORE_STORE. Was die URL auslässt, kommt aus PGHOST, PGPORT, \
            PGUSER, PGDATABASE, PGPASSWORD oder ~/.pgpass, und sslmode, wie bei psql. Ein anderer Rechner als dieser \
            wird nur über TLS erreicht, außer die URL sagt sslmode=disable. Siehe docs/store.md.

            BEISPIELE:
              hirescore store init --store postgresql://db.example/hiring
              hirescore store init --store postgresql://db.example/hiring \\
                  --colleagues-cards never
              hirescore store revoke --store postgresql://db.example/hiring anna
              hirescore store copy scorecards postgresql://db.example/hiring
            """)

    /// Every entry.
    static let entries: [(name: String, text: LocalizedText)] = [
        ("copyAbstract", copyAbstract),
        ("copyDiscussion", copyDiscussion),
        ("copyFrom", copyFrom),
        ("copyTo", copyTo),
        ("grantAbstract", grantAbstract),
        ("grantDiscussion", grantDiscussion),
        ("grantStore", grantStore),
        ("grantInterviewerID", grantInterviewerID),
        ("grantUser", grantUser),
        ("grantRole", grantRole),
        ("initAbstract", initAbstract),
        ("initDiscussion", initDiscussion),
        ("initColleaguesCards", initColleaguesCards),
        ("initRubric", initRubric),
        ("revokeAbstract", revokeAbstract),
        ("revokeDiscussion", revokeDiscussion),
        ("storeAbstract", storeAbstract),
        ("storeDiscussion", storeDiscussion),
    ]
}
