import ScoringCore

/// The help of `hirescore enter`, in both languages: the abstracts, discussions and help of each option and argument,
/// which ArgumentParser shows in ``HelpLanguage/current``.
enum EnterCommandHelp: MessageCatalogue {
    /// `hirescore enter`: the one-line summary.
    static let enterAbstract = LocalizedText(
        en: "Enter your ratings for one candidate, criterion by criterion; every answer is saved at once.",
        de:
            "Erfasst Ihre Bewertungen einer Kandidatin oder eines Kandidaten, Kriterium für Kriterium; jede Antwort wird sofort gespeichert."
    )

    /// `hirescore enter`: the discussion, with examples.
    static let enterDiscussion = LocalizedText(
        en: """
            Shows each criterion's questions and the anchors of every level, takes a level (n = n/a, ? = help, b = \
            back, q = save and quit; with --lang de: z = zurück, s = speichern und beenden, the English keys work too) \
            and evidence (where required, at least a short sentence), then asks for your own recommendation and a \
            reason, shows the result and a numbered review of everything: type a number there to change that item, y \
            (j) to submit. Nothing of other interviewers' scorecards is shown. On a terminal the text is wrapped to \
            its width (else $COLUMNS, else 80), each anchor takes one line (? shows them in full) and titles are bold \
            unless NO_COLOR is set. Running the same command again resumes a draft. The scorecard is written to \
            STORE/REQUISITION/CANDIDATE/INTERVIEWER.yaml (store: --store, else $HIRESCORE_STORE, else ./scorecards). \
            On a PostgreSQL store (postgresql://...) every answer is saved to the database and to a local copy in \
            $XDG_DATA_HOME/hirescore/drafts; while the server cannot be reached, or only a standby answers and no \
            primary, the entry goes on with the local copy, and the next run syncs it (--keep local or --keep \
            database settles a draft changed on two \
            computers); the submit is one transaction with its audit event. --amend works there too: the correction \
            is drafted the same way (in the same folder and in the database) and recorded as a new card beside the \
            submitted one (see docs/store.md).
            With --answers FILE, or answers piped on standard input, the same flow runs without a terminal: one answer \
            per line, lines starting with # are comments; the first invalid answer stops it and the answers before it \
            stay in the draft.

            EXAMPLES:
              hirescore enter --rubric claims-handler --stage structured-interview \\
                  --candidate c-104 --requisition claims-2026-01 \\
                  --interviewer "Anna Schmidt" --interviewer-id a-schmidt
              hirescore enter --rubric claims-handler --all-stages --candidate c-104 \\
                  --interviewer "Anna Schmidt" --answers answers.txt
              hirescore enter ... --amend --reason "rating typed on the wrong criterion"
              hirescore enter --store postgresql://anna@db.example.org/hiring \\
                  --rubric claims-handler --all-stages --candidate c-104 \\
                  --interviewer "Anna Schmidt" --interviewer-id a-schmidt
            """,
        de: """
            Zeigt zu jedem Kriterium die Fragen und die Anker jeder Stufe, nimmt eine Stufe entgegen (n = k. A., ? = \
            Hilfe, z = zurück, s = speichern und beenden; die englischen Tasten b und q gehen auch) und den Beleg (wo \
            verlangt, mindestens ein kurzer Satz), fragt dann nach Ihrer eigenen Empfehlung und einer Begründung, \
            zeigt das Ergebnis und eine nummerierte Übersicht über alles: Eine Nummer dort ändert diesen Punkt, j (y) \
            gibt ab. Von den Bewertungsbögen der anderen Interviewenden wird nichts gezeigt. Im Terminal wird der Text \
            auf dessen Breite umbrochen (sonst $COLUMNS, sonst 80), jeder Anker nimmt eine Zeile ein (? zeigt sie \
            ganz) und Überschriften sind fett, außer wenn NO_COLOR gesetzt ist. Derselbe Befehl noch einmal setzt \
            einen Entwurf fort. Der Bewertungsbogen wird nach STORE/REQUISITION/CANDIDATE/INTERVIEWER.yaml geschrieben \
            (Ablage: --store, sonst $HIRESCORE_STORE, sonst ./scorecards). \
            In einer PostgreSQL-Ablage (postgresql://...) wird jede Antwort in der Datenbank und in einer lokalen \
            Kopie unter $XDG_DATA_HOME/hirescore/drafts gesichert; solange der Server nicht erreichbar ist oder nur \
            ein Standby-Server antwortet und kein Primärserver, geht die Eingabe mit der lokalen Kopie weiter, und \
            der nächste Aufruf gleicht sie ab (--keep local oder --keep \
            database entscheidet über einen Entwurf, der auf zwei Rechnern geändert wurde); die Abgabe ist eine \
            Transaktion mit ihrem Ereignis im Prüfprotokoll. --amend geht dort auch: die Korrektur wird ebenso \
            entworfen (im selben Ordner und in der Datenbank) und als neuer Bogen neben dem abgegebenen erfasst \
            (siehe docs/store.md).
            Mit --answers DATEI oder mit Antworten über die Standardeingabe läuft derselbe Ablauf ohne Terminal: eine \
            Antwort je Zeile, Zeilen mit # am Anfang sind Kommentare; die erste ungültige Antwort hält ihn an, und die \
            Antworten davor bleiben im Entwurf.

            BEISPIELE:
              hirescore enter --rubric claims-handler --stage structured-interview \\
                  --candidate c-104 --requisition claims-2026-01 \\
                  --interviewer "Anna Schmidt" --interviewer-id a-schmidt
              hirescore enter --rubric claims-handler --all-stages --candidate c-104 \\
                  --interviewer "Anna Schmidt" --answers antworten.txt
              hirescore enter ... --amend --reason "Bewertung beim falschen Kriterium eingetragen"
              hirescore enter --store postgresql://anna@db.example.org/hiring \\
                  --rubric claims-handler --all-stages --candidate c-104 \\
                  --interviewer "Anna Schmidt" --interviewer-id a-schmidt
            """)

    /// The help of the `--rubric` option in `hirescore enter`.
    static let rubric = LocalizedText(
        en: "The rubric id, optionally with @version.",
        de: "Die ID der Bewertungsvorlage, wahlweise mit @Version.")

    /// The help of the `--candidate` option in `hirescore enter`.
    static let candidate = LocalizedText(
        en: "The candidate's pseudonymous id.",
        de: "Die pseudonyme ID der Kandidatin oder des Kandidaten.")

    /// The help of the `--interviewer` option in `hirescore enter`.
    static let interviewer = LocalizedText(
        en: "Your name, as it should appear on the scorecard.",
        de: "Ihr Name, wie er auf dem Bewertungsbogen stehen soll.")

    /// The help of the `--interviewer-id` option in `hirescore enter`.
    static let interviewerID = LocalizedText(
        en:
            "A stable id for you that names your scorecard files (kebab-case ASCII, e.g. a-schmidt; default: derived from your name). Use the same id every time.",
        de:
            "Eine feste ID für Sie, die Ihre Bewertungsbögen benennt (Kleinbuchstaben mit Bindestrichen, ASCII, z. B. a-schmidt; Standard: aus Ihrem Namen abgeleitet). Verwenden Sie jedes Mal dieselbe ID."
    )

    /// The help of the `--requisition` option in `hirescore enter`.
    static let requisition = LocalizedText(
        en: "The requisition (opening) id.",
        de: "Die ID der Ausschreibung (der offenen Stelle).")

    /// The help of the `--stage` option in `hirescore enter`.
    static let stage = LocalizedText(
        en:
            "The stage of the rubric's interview plan you run; only its criteria are shown and rated (required when the plan has several stages).",
        de:
            "Die Stufe des Interviewplans der Vorlage, die Sie führen; nur ihre Kriterien werden gezeigt und bewertet (Pflicht, wenn der Plan mehrere Stufen hat)."
    )

    /// The help of the `--all-stages` flag in `hirescore enter`.
    static let allStages = LocalizedText(
        en:
            "Rate every criterion of a rubric with an interview plan, as in a panel interview that runs all stages together; the scorecard records no stage.",
        de:
            "Jedes Kriterium einer Vorlage mit Interviewplan bewerten, wie in einem Panel-Interview, das alle Stufen zusammen führt; der Bewertungsbogen verzeichnet keine Stufe."
    )

    /// The help of the `--store` option in `hirescore enter`.
    static let store = LocalizedText(
        en: "The scorecard store folder (default: $HIRESCORE_STORE, else ./scorecards).",
        de: "Der Ordner der Ablage für Bewertungsbögen (Standard: $HIRESCORE_STORE, sonst ./scorecards).")

    /// The help of the `--shuffle` flag in `hirescore enter`.
    static let shuffle = LocalizedText(
        en: "Present the criteria of each section in random order (reduces halo effects); the order is recorded.",
        de:
            "Die Kriterien jedes Abschnitts in zufälliger Reihenfolge zeigen (mindert Halo-Effekte); die Reihenfolge wird festgehalten."
    )

    /// The help of the `--answers` option in `hirescore enter`.
    static let answers = LocalizedText(
        en: "Read the answers from a file instead of the terminal.",
        de: "Die Antworten aus einer Datei statt vom Terminal lesen.")

    /// The help of the `--interview-date` option in `hirescore enter`.
    static let interviewDate = LocalizedText(
        en: "The day of the interview, YYYY-MM-DD (default: today); set when a new scorecard is started.",
        de:
            "Der Tag des Interviews, JJJJ-MM-TT (Standard: heute); wird gesetzt, wenn ein neuer Bewertungsbogen begonnen wird."
    )

    /// The help of the `--amend` flag in `hirescore enter`.
    static let amend = LocalizedText(
        en:
            "Correct your own submitted scorecard: start from it, change what was wrong, submit again. The submitted card is kept, the correction becomes a new sealed card, and the audit log records both with the reason. Refused once a decision on the candidate is recorded.",
        de:
            "Den eigenen abgegebenen Bewertungsbogen korrigieren: von ihm ausgehen, ändern, was falsch war, erneut abgeben. Der abgegebene Bogen bleibt erhalten, die Korrektur wird ein neuer versiegelter Bogen, und das Prüfprotokoll verzeichnet beide mit dem Grund. Abgelehnt, sobald eine Entscheidung über die Kandidatin oder den Kandidaten erfasst ist."
    )

    /// The help of the `--reason` option in `hirescore enter`.
    static let reason = LocalizedText(
        en: "Why the scorecard is amended (required with --amend).",
        de: "Warum der Bewertungsbogen korrigiert wird (Pflicht mit --amend).")

    /// The help of the `--keep` option in `hirescore enter`.
    static let keep = LocalizedText(
        en:
            "On a PostgreSQL store, when the draft changed both on this computer and in the database since they last matched: which to keep, local or database.",
        de:
            "In einer PostgreSQL-Ablage, wenn der Entwurf seit dem letzten Abgleich auf diesem Rechner und in der Datenbank geändert wurde: welcher gilt, local (der lokale) oder database (der in der Datenbank)."
    )

    /// Every entry.
    static let entries: [(name: String, text: LocalizedText)] = [
        ("enterAbstract", enterAbstract),
        ("enterDiscussion", enterDiscussion),
        ("rubric", rubric),
        ("candidate", candidate),
        ("interviewer", interviewer),
        ("interviewerID", interviewerID),
        ("requisition", requisition),
        ("stage", stage),
        ("allStages", allStages),
        ("store", store),
        ("shuffle", shuffle),
        ("answers", answers),
        ("interviewDate", interviewDate),
        ("amend", amend),
        ("reason", reason),
        ("keep", keep),
    ]
}
