import ScoringCore

/// Every sentence the PostgreSQL store says to a user, in English and German.
package enum PostgresStoreMessages {
    /// The host list and the port list cannot be paired (libpq's "could not match N port numbers to M hosts").
    static func portsDoNotMatch(_ ports: Int, hosts: Int) -> LocalizedText {
        .init(
            en:
                "could not match \(ports) port numbers to \(hosts) hosts (the store URL, PGHOST and PGPORT); give one port for every host or one per host, in the same order",
            de:
                "\(ports) Portnummern lassen sich nicht \(hosts) Servern zuordnen (Ablage-URL, PGHOST und PGPORT); geben Sie einen Port für alle Server oder einen je Server in derselben Reihenfolge an"
        )
    }

    /// An unknown `target_session_attrs`.
    static func badTargetSessionAttributes(_ text: String) -> LocalizedText {
        let valid = PostgresConnectionSettings.TargetSessionAttributes.allCases.map(\.rawValue).joined(separator: ", ")
        return .init(
            en: "unknown target_session_attrs '\(TerminalText.line(text))'; use one of \(valid)",
            de: "unbekanntes target_session_attrs '\(TerminalText.line(text))'; verwenden Sie einen von \(valid)")
    }

    /// No server of the host list could be used; `failures` names each server and why.
    static func noUsableServer(
        _ store: String, target: PostgresConnectionSettings.TargetSessionAttributes,
        failures: [(server: String, reason: LocalizedText)]
    ) -> LocalizedText {
        func list(_ language: String) -> String {
            failures.map { "\($0.server): \($0.reason.text(in: language))" }.joined(separator: "; ")
        }
        let wanted = target == .any ? "" : " (target_session_attrs=\(target.rawValue))"
        return .init(
            en:
                "no server of the PostgreSQL store \(store) could be used\(wanted): \(list("en")); check that a server runs and that --store or HIRESCORE_STORE names it",
            de:
                "kein Server der PostgreSQL-Ablage \(store) war verwendbar\(wanted): \(list("de")); prüfen Sie, ob ein Server läuft und --store oder HIRESCORE_STORE ihn nennt"
        )
    }

    /// Why a server could not be reached: it refused the connection.
    static let connectionRefused = LocalizedText(en: "connection refused", de: "Verbindung abgelehnt")

    /// Why a server could not be reached: no socket of a server in the folder.
    static let noSocket = LocalizedText(
        en: "no server socket in that folder", de: "kein Server-Socket in diesem Ordner")

    /// Why a server could not be reached: no answer in time.
    static func noAnswer(_ seconds: Int64) -> LocalizedText {
        .init(en: "no answer within \(seconds) s", de: "keine Antwort innerhalb von \(seconds) s")
    }

    /// Why a server could not be reached: its name does not resolve.
    static let unknownHost = LocalizedText(
        en: "the host name cannot be resolved", de: "der Servername lässt sich nicht auflösen")

    /// Why a server could not be reached: it closed the connection before the login.
    static let closedBeforeLogin = LocalizedText(
        en: "the server closed the connection", de: "der Server hat die Verbindung beendet")

    /// Why a server was skipped: `target_session_attrs` asks for a server it is not.
    static func notTheWantedSession(_ target: PostgresConnectionSettings.TargetSessionAttributes) -> LocalizedText {
        switch target {
        case .readWrite: return .init(en: "the session is read-only", de: "die Sitzung ist schreibgeschützt")
        case .readOnly:
            return .init(en: "the session is not read-only", de: "die Sitzung ist nicht schreibgeschützt")
        case .primary:
            return .init(en: "the server is a standby", de: "der Server ist ein Standby-Server")
        case .standby, .preferStandby:
            return .init(en: "the server is not a standby", de: "der Server ist kein Standby-Server")
        case .any: return .init(en: "not usable", de: "nicht verwendbar")
        }
    }

    /// A port that is no port.
    static func badPort(_ text: String) -> LocalizedText {
        .init(
            en: "'\(TerminalText.line(text))' is not a port: use a number from 1 to 65535, for example 5432",
            de: "'\(TerminalText.line(text))' ist kein Port: verwenden Sie eine Zahl von 1 bis 65535, zum Beispiel 5432"
        )
    }

    /// An unknown `sslmode`.
    static func badSSLMode(_ text: String) -> LocalizedText {
        let valid = PostgresConnectionSettings.SSLMode.allCases.map(\.rawValue).joined(separator: ", ")
        return .init(
            en: "unknown sslmode '\(TerminalText.line(text))'; use one of \(valid)",
            de: "unbekannter sslmode '\(TerminalText.line(text))'; verwenden Sie einen von \(valid)")
    }

    /// An unknown URL parameter.
    static func unknownParameter(_ key: String) -> LocalizedText {
        let valid = PostgresConnectionSettings.knownParameters.joined(separator: ", ")
        return .init(
            en:
                "unknown parameter '\(TerminalText.line(key))' in the store URL; the parameters understood are \(valid)",
            de: "unbekannter Parameter '\(TerminalText.line(key))' in der Ablage-URL; verstanden werden \(valid)")
    }

    /// A broken percent escape.
    static let badEscape = LocalizedText(
        en: "the store URL has a broken %-escape; write a '%' as %25 and other special characters as %XX",
        de:
            "die Ablage-URL enthält ein fehlerhaftes %-Zeichen; schreiben Sie '%' als %25 und andere Sonderzeichen als %XX"
    )

    /// A password file that others may read.
    static func passwordFileIgnored(_ path: String) -> LocalizedText {
        .init(
            en: "the password file \(path) is ignored: others may read it; make it private with 'chmod 0600 \(path)'",
            de:
                "die Passwortdatei \(path) wird nicht gelesen: andere dürfen sie lesen; machen Sie sie mit 'chmod 0600 \(path)' privat"
        )
    }

    /// The server cannot be reached.
    static func unreachable(_ server: String, reason: LocalizedText) -> LocalizedText {
        .init(
            en:
                "cannot reach the PostgreSQL store \(server): \(reason.text(in: "en")); check that the server runs and that --store or HIRESCORE_STORE names it",
            de:
                "die PostgreSQL-Ablage \(server) ist nicht erreichbar: \(reason.text(in: "de")); prüfen Sie, ob der Server läuft und --store oder HIRESCORE_STORE ihn nennt"
        )
    }

    /// The server refused the login.
    static func loginRefused(_ user: String, reason: String) -> LocalizedText {
        .init(
            en:
                "the database refused the login of '\(user)': \(reason); check the user and the password (PGPASSWORD or ~/.pgpass)",
            de:
                "die Datenbank hat die Anmeldung von '\(user)' abgelehnt: \(reason); prüfen Sie Benutzer und Passwort (PGPASSWORD oder ~/.pgpass)"
        )
    }

    /// The database does not exist.
    static func noDatabase(_ name: String) -> LocalizedText {
        .init(
            en:
                "there is no database '\(name)' on the server; create it first (createdb \(name)), then run 'hirescore store init'",
            de:
                "auf dem Server gibt es keine Datenbank '\(name)'; legen Sie sie zuerst an (createdb \(name)) und führen Sie dann 'hirescore store init' aus"
        )
    }

    /// The server takes no writes (a hot standby, or `default_transaction_read_only=on`): SQLSTATE 25006.
    static func readOnlyServer(_ server: String) -> LocalizedText {
        .init(
            en:
                "the PostgreSQL server of the store \(server) takes no changes (a hot standby, or default_transaction_read_only=on); nothing was changed; name the primary in --store or HIRESCORE_STORE, or list it with the standby and leave out target_session_attrs (a command that changes the store then asks for read-write)",
            de:
                "der PostgreSQL-Server der Ablage \(server) nimmt keine Änderungen an (ein Hot-Standby oder default_transaction_read_only=on); nichts wurde geändert; nennen Sie den Primärserver in --store oder HIRESCORE_STORE, oder listen Sie ihn mit dem Standby und lassen Sie target_session_attrs weg (ein Befehl, der die Ablage ändert, verlangt dann read-write)"
        )
    }

    /// The database refused a statement.
    static func refused(_ reason: String, sqlState: String) -> LocalizedText {
        .init(
            en: "the database refused: \(reason) (SQLSTATE \(sqlState))",
            de: "die Datenbank hat abgelehnt: \(reason) (SQLSTATE \(sqlState))")
    }

    /// TLS is required but the server does not offer it.
    static func tlsUnsupported(_ server: String) -> LocalizedText {
        .init(
            en:
                "\(server) does not offer TLS, and this connection requires it (sslmode=require or stricter, or a host that is not this machine); enable TLS on the server, or add sslmode=disable to the URL if the network is private",
            de:
                "\(server) bietet kein TLS an, und diese Verbindung verlangt es (sslmode=require oder strenger, oder ein Server auf einem anderen Rechner); schalten Sie TLS auf dem Server ein oder ergänzen Sie sslmode=disable in der URL, wenn das Netz privat ist"
        )
    }

    /// The server wants a password and none was found.
    static func passwordNeeded(_ user: String) -> LocalizedText {
        .init(
            en:
                "the server asks a password for '\(user)' and none was given; set PGPASSWORD or add a line to ~/.pgpass (never put it on the command line)",
            de:
                "der Server verlangt ein Passwort für '\(user)', und keines wurde angegeben; setzen Sie PGPASSWORD oder ergänzen Sie ~/.pgpass (nie auf der Befehlszeile)"
        )
    }

    /// The store's schema is newer than the binary.
    static func schemaTooNew(_ found: Int, supported: Int) -> LocalizedText {
        .init(
            en:
                "the store's schema is version \(found), newer than this hirescore understands (version \(supported)); update hirescore before using this store",
            de:
                "das Schema der Ablage hat Version \(found) und ist neuer, als dieses hirescore versteht (Version \(supported)); aktualisieren Sie hirescore, bevor Sie diese Ablage verwenden"
        )
    }

    /// The store's schema is older than the binary, or missing.
    static func schemaTooOld(_ found: Int, current: Int) -> LocalizedText {
        found == 0
            ? .init(
                en: "the database holds no HireScore store yet; create it with 'hirescore store init --store URL'",
                de:
                    "die Datenbank enthält noch keine HireScore-Ablage; legen Sie sie mit 'hirescore store init --store URL' an"
            )
            : .init(
                en:
                    "the store's schema is version \(found), older than this hirescore's (version \(current)); upgrade it with 'hirescore store init --store URL'",
                de:
                    "das Schema der Ablage hat Version \(found) und ist älter als das dieses hirescore (Version \(current)); aktualisieren Sie es mit 'hirescore store init --store URL'"
            )
    }

    /// No such store folder.
    static func noFolder(_ path: String) -> LocalizedText {
        .init(en: "there is no store at \(path)", de: "unter \(path) gibt es keine Ablage")
    }

    /// A file or folder that cannot be read.
    static func unreadable(_ path: String) -> LocalizedText {
        .init(
            en: "\(path) cannot be read; check its permissions",
            de: "\(path) kann nicht gelesen werden; prüfen Sie die Berechtigungen")
    }

    /// A symbolic link in a store being copied.
    static func linkInStore(_ path: String) -> LocalizedText {
        .init(
            en:
                "\(path) is a symbolic link, which a database store cannot hold; replace it by the file it names, or remove it",
            de:
                "\(path) ist ein symbolischer Verweis, den eine Datenbank-Ablage nicht aufnehmen kann; ersetzen Sie ihn durch die Datei, auf die er zeigt, oder entfernen Sie ihn"
        )
    }

    /// A device, socket or pipe in a store being copied.
    static func specialFileInStore(_ path: String) -> LocalizedText {
        .init(
            en: "\(path) is not a regular file; remove it from the store",
            de: "\(path) ist keine gewöhnliche Datei; entfernen Sie sie aus der Ablage")
    }

    /// A scorecard being entered while the store is copied.
    static func lockedCard(_ path: String) -> LocalizedText {
        .init(
            en:
                "\(path): a scorecard is being entered right now; copy the store when the entry has ended (or remove the lock if its process is gone)",
            de:
                "\(path): gerade wird ein Bewertungsbogen erfasst; kopieren Sie die Ablage nach Ende der Erfassung (oder entfernen Sie die Sperre, wenn ihr Prozess nicht mehr läuft)"
        )
    }

    /// A file in a scorecard's place that is not a scorecard.
    static func notAScorecard(_ path: String) -> LocalizedText {
        .init(
            en:
                "\(path) lies where a scorecard belongs but is not a readable scorecard with status draft or submitted; 'hirescore verify' shows why; fix or remove it before copying",
            de:
                "\(path) liegt an der Stelle eines Bewertungsbogens, ist aber kein lesbarer Bogen mit Status draft oder submitted; 'hirescore verify' zeigt den Grund; korrigieren oder entfernen Sie ihn vor dem Kopieren"
        )
    }

    /// A submitted scorecard without a seal.
    static func submittedWithoutSeal(_ path: String) -> LocalizedText {
        .init(
            en:
                "\(path) is submitted but has no seal; 'hirescore verify' reports it; it cannot be copied as a submitted card",
            de:
                "\(path) ist abgegeben, hat aber kein Siegel; 'hirescore verify' meldet es; er kann nicht als abgegebener Bogen kopiert werden"
        )
    }

    /// The copy's target folder holds files already.
    static func targetNotEmpty(_ path: String) -> LocalizedText {
        .init(
            en: "\(path) exists and is not an empty folder; copy into a new folder, so no file is overwritten",
            de:
                "\(path) existiert und ist kein leerer Ordner; kopieren Sie in einen neuen Ordner, damit keine Datei überschrieben wird"
        )
    }

    /// A file that cannot be written.
    static func cannotWrite(_ path: String, reason: String) -> LocalizedText {
        .init(en: "cannot write \(path): \(reason)", de: "\(path) kann nicht geschrieben werden: \(reason)")
    }

    /// The copy's target database holds a store already.
    /// A decision on a panel with cards still in draft.
    static func panelHasDrafts(_ candidate: String, folder: String, drafts: [String]) -> LocalizedText {
        let list = drafts.joined(separator: ", ")
        return .init(
            en:
                "the panel of '\(candidate)' cannot be merged: \(list) in \(folder) \(drafts.count == 1 ? "is" : "are") still a draft; every interviewer submits before the decision; no decision recorded",
            de:
                "das Panel von '\(candidate)' kann nicht zusammengeführt werden: \(list) in \(folder) \(drafts.count == 1 ? "ist" : "sind") noch ein Entwurf; alle Interviewenden reichen vor der Entscheidung ein; keine Entscheidung erfasst"
        )
    }

    /// The database refused an audit event the user's store role may not log.
    static func eventNotForRole(_ event: String, user: String, roles: [String]) -> LocalizedText {
        .init(
            en:
                "the database refused the '\(event)' event of '\(user)' (SQLSTATE 42501): only the store roles \(roles.joined(separator: ", ")) may record it; nothing was changed. The store's owner grants roles with 'hirescore store grant'",
            de:
                "die Datenbank hat das Ereignis '\(event)' von '\(user)' abgelehnt (SQLSTATE 42501): nur die Rollen \(roles.joined(separator: ", ")) der Ablage dürfen es erfassen; nichts wurde geändert. Rollen vergibt der Eigentümer der Ablage mit 'hirescore store grant'"
        )
    }

    /// A command on the folder copy of a database store changed audit lines already written.
    static let auditLogRewritten = LocalizedText(
        en:
            "the command changed lines of the audit log that were already written; the log only grows, so nothing was changed in the store",
        de:
            "der Befehl hat bereits geschriebene Zeilen des Protokolls geändert; das Protokoll wächst nur, daher wurde nichts an der Ablage geändert"
    )

    static func databaseNotEmpty(_ server: String) -> LocalizedText {
        .init(
            en:
                "the database store \(server) already holds scorecards, audit lines or files; copy into an empty store (a new database after 'hirescore store init'), so nothing is overwritten",
            de:
                "die Datenbank-Ablage \(server) enthält bereits Bögen, Protokollzeilen oder Dateien; kopieren Sie in eine leere Ablage (eine neue Datenbank nach 'hirescore store init'), damit nichts überschrieben wird"
        )
    }

    /// `store init --rubric` with an id that is no rubric id.
    static func badRubricID(_ id: String) -> LocalizedText {
        .init(
            en:
                "the rubric id '\(TerminalText.line(id))' is not valid: give a rubric's id as its file says (id:), lowercase letters, digits and single hyphens, for example 'claims-handler'",
            de:
                "die Vorlagen-Kennung '\(TerminalText.line(id))' ist ungültig: geben Sie die Kennung einer Vorlage an, wie ihre Datei sie nennt (id:), Kleinbuchstaben, Ziffern und einzelne Bindestriche, zum Beispiel 'claims-handler'"
        )
    }

    /// `grant ... interviewer` without an id.
    static func interviewerNeedsID(_ user: String) -> LocalizedText {
        .init(
            en:
                "an interviewer needs an interviewer id, which names their scorecards: add --interviewer-id, for example 'hirescore store grant \(user) interviewer --interviewer-id a-schmidt'",
            de:
                "ein Interviewer braucht eine Interviewer-Kennung, nach der seine Bögen heißen: ergänzen Sie --interviewer-id, zum Beispiel 'hirescore store grant \(user) interviewer --interviewer-id a-schmidt'"
        )
    }

    /// `--interviewer-id` with another role.
    static func onlyInterviewersHaveIDs(_ role: String) -> LocalizedText {
        .init(
            en: "--interviewer-id is only for the role interviewer, not \(role)",
            de: "--interviewer-id gilt nur für die Rolle interviewer, nicht für \(role)")
    }

    /// An interviewer id that is not kebab-case.
    static func badInterviewerID(_ id: String) -> LocalizedText {
        .init(
            en:
                "the interviewer id '\(TerminalText.line(id))' is not valid: use lowercase letters, digits and single hyphens, starting with a letter, for example 'a-schmidt'",
            de:
                "die Interviewer-Kennung '\(TerminalText.line(id))' ist ungültig: Kleinbuchstaben, Ziffern und einzelne Bindestriche, mit einem Buchstaben beginnend, zum Beispiel 'a-schmidt'"
        )
    }

    /// The database user does not exist.
    static func noSuchUser(_ user: String) -> LocalizedText {
        .init(
            en:
                "there is no database user '\(TerminalText.line(user))'; create it first, for example with psql: CREATE ROLE \"\(TerminalText.line(user))\" LOGIN PASSWORD '...'",
            de:
                "es gibt keinen Datenbank-Benutzer '\(TerminalText.line(user))'; legen Sie ihn zuerst an, zum Beispiel mit psql: CREATE ROLE \"\(TerminalText.line(user))\" LOGIN PASSWORD '...'"
        )
    }

    /// A store group role named as a member.
    static func groupRoleIsNoMember(_ user: String) -> LocalizedText {
        .init(
            en: "'\(user)' is one of the store's group roles, not a member; name a database user who logs in",
            de:
                "'\(user)' ist eine Gruppenrolle der Ablage, kein Mitglied; nennen Sie einen Datenbank-Benutzer, der sich anmeldet"
        )
    }

    /// `store revoke` for a user who is no member.
    static func notAMember(_ user: String) -> LocalizedText {
        .init(
            en: "'\(TerminalText.line(user))' is not a member of this store; nothing was revoked",
            de: "'\(TerminalText.line(user))' ist kein Mitglied dieser Ablage; nichts wurde entzogen")
    }

    /// `store copy` between two folders.
    static let folderToFolder = LocalizedText(
        en:
            "both stores are folders; copy a folder store with 'cp -a' (store copy moves a store into or out of PostgreSQL)",
        de:
            "beide Ablagen sind Ordner; kopieren Sie eine Ordner-Ablage mit 'cp -a' (store copy bringt eine Ablage in PostgreSQL hinein oder heraus)"
    )

    /// A row this binary cannot read (a schema changed by hand).
    static func undecodableRow(_ table: String) -> LocalizedText {
        .init(
            en:
                "a row of \(table) cannot be read: its columns are not what schema version \(StoreSchema.currentVersion) says; was the schema changed by hand? Nothing was copied",
            de:
                "eine Zeile von \(table) kann nicht gelesen werden: ihre Spalten entsprechen nicht Schemaversion \(StoreSchema.currentVersion); wurde das Schema von Hand geändert? Es wurde nichts kopiert"
        )
    }

    /// No private temporary folder can be made for the copy of a database store.
    static func noTemporaryFolder(_ directory: String, reason: String) -> LocalizedText {
        .init(
            en:
                "cannot make a private temporary folder in \(directory): \(reason); free space there, or name another folder with TMPDIR",
            de:
                "in \(directory) lässt sich kein privater temporärer Ordner anlegen: \(reason); schaffen Sie dort Platz oder nennen Sie mit TMPDIR einen anderen Ordner"
        )
    }

    /// The server ended the connection (stopped, restarted, or an administrator ended it) during a command.
    static func connectionLost(_ server: String) -> LocalizedText {
        .init(
            en:
                "the connection to the PostgreSQL store \(server) was lost (the server stopped or restarted): the unfinished transaction is undone by the server and nothing of it was kept; run the command again when the server is back",
            de:
                "die Verbindung zur PostgreSQL-Ablage \(server) ist abgebrochen (der Server wurde angehalten oder neu gestartet): der Server macht die unfertige Transaktion rückgängig, nichts davon bleibt; führen Sie den Befehl erneut aus, wenn der Server wieder läuft"
        )
    }

    /// Another record-changing command held the store's record lock for longer than the lock wait.
    static let lockBusy = LocalizedText(
        en:
            "another record change holds the store's lock (a decision, hold, purge or export of a colleague that has not finished); nothing was changed; try again",
        de:
            "eine andere Änderung der Unterlagen belegt die Ablage noch (eine nicht beendete Entscheidung, Sperre, Löschung oder ein Export einer Kollegin oder eines Kollegen); nichts wurde geändert; versuchen Sie es erneut"
    )

    /// The server refused a new connection while it starts up or shuts down (SQLSTATE 57P03).
    static func serverNotReady(_ server: String) -> LocalizedText {
        .init(
            en:
                "the PostgreSQL server of the store \(server) is starting up or shutting down and takes no connections now; nothing was changed; run the command again when the server is back",
            de:
                "der PostgreSQL-Server der Ablage \(server) startet gerade oder fährt herunter und nimmt jetzt keine Verbindungen an; nichts wurde geändert; führen Sie den Befehl erneut aus, wenn der Server wieder läuft"
        )
    }

    /// The versions of a card at one place that no `amend` event links into one line (copying into a database).
    static func unlinkedVersions(_ place: String, files: [String]) -> LocalizedText {
        .init(
            en:
                "the scorecards \(files.joined(separator: ", ")) are versions of the card at \(place), but the audit log's 'amend' events do not link them into one line of amendments; 'hirescore verify --verbose' and 'hirescore audit verify' show why; nothing was copied",
            de:
                "die Bögen \(files.joined(separator: ", ")) sind Fassungen des Bogens \(place), aber die 'amend'-Ereignisse des Protokolls verbinden sie nicht zu einer Folge von Korrekturen; 'hirescore verify --verbose' und 'hirescore audit verify' zeigen den Grund; nichts wurde kopiert"
        )
    }

    /// An amendment names a card that is not in the database.
    static func amendedCardMissing(_ place: String, seal: String) -> LocalizedText {
        .init(
            en:
                "the amendment of \(place) corrects the card sealed \(seal), which is not in the database (or not visible to you); nothing was changed",
            de:
                "die Korrektur von \(place) ersetzt den Bogen mit dem Siegel \(seal), der nicht in der Datenbank liegt (oder für Sie nicht sichtbar ist); nichts wurde geändert"
        )
    }
}
