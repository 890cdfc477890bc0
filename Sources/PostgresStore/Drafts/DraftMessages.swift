import ScoringCore

/// What `enter` says about drafts on a PostgreSQL store and their local copies, in English and German.
package enum DraftMessages {
    /// The server cannot be reached: the entry goes on with the local copy.
    package static func offline(_ server: String, copy: String) -> LocalizedText {
        .init(
            en:
                "the PostgreSQL store \(server) cannot be reached: your answers are saved on this computer (\(copy)) and go to the database the next time you run this command",
            de:
                "die PostgreSQL-Ablage \(server) ist nicht erreichbar: Ihre Antworten werden auf diesem Rechner gespeichert (\(copy)) und gehen in die Datenbank, wenn Sie diesen Befehl das nächste Mal ausführen"
        )
    }

    /// Only a read-only server (a hot standby) answers, of a list of hosts or as the one host named: the entry goes on
    /// with the local copy.
    package static func readOnly(_ server: String, copy: String) -> LocalizedText {
        .init(
            en:
                "the PostgreSQL store \(server) is read-only right now: only a standby answers, no primary; your answers are kept on this computer (\(copy)) and go to the database the next time you run this command once a primary is back",
            de:
                "die PostgreSQL-Ablage \(server) nimmt gerade keine Änderungen an: nur ein Standby antwortet, kein Primärserver; Ihre Antworten bleiben auf diesem Rechner (\(copy)) und gehen in die Datenbank, wenn Sie diesen Befehl wieder ausführen, sobald ein Primärserver zurück ist"
        )
    }

    /// The database's row changed on another computer during the entry.
    package static func changedElsewhere(_ server: String, copy: String) -> LocalizedText {
        .init(
            en:
                "the draft in \(server) was changed on another computer meanwhile: your answers are saved on this computer only (\(copy)); run this command again to choose which copy to keep",
            de:
                "der Entwurf in \(server) wurde inzwischen auf einem anderen Rechner geändert: Ihre Antworten sind nur auf diesem Rechner gespeichert (\(copy)); führen Sie diesen Befehl erneut aus, um zu wählen, welche Fassung bleibt"
        )
    }

    /// Answers saved offline went to the database.
    package static func pushed(revision: Int) -> LocalizedText {
        .init(
            en:
                "the answers saved on this computer while the database could not be reached are now in the database (revision \(revision))",
            de:
                "die Antworten, die auf diesem Rechner gespeichert wurden, als die Datenbank nicht erreichbar war, sind jetzt in der Datenbank (Revision \(revision))"
        )
    }

    /// The database's draft is newer than the local copy.
    package static func pulled(database: Int, local: Int) -> LocalizedText {
        .init(
            en:
                "continuing from the database's draft (revision \(database)), which is newer than the copy on this computer (revision \(local))",
            de:
                "es geht weiter mit dem Entwurf aus der Datenbank (Revision \(database)), der neuer ist als die Fassung auf diesem Rechner (Revision \(local))"
        )
    }

    /// Both copies changed since they last matched.
    package static func conflict(copy: String, local: Int, synced: Int, database: Int) -> LocalizedText {
        .init(
            en:
                "the draft was changed both on this computer (revision \(local), \(copy)) and in the database (revision \(database)) since they last matched (revision \(synced)); nothing was overwritten: run the command again with --keep local to keep this computer's answers, or --keep database to keep the database's",
            de:
                "der Entwurf wurde seit dem letzten Abgleich (Revision \(synced)) sowohl auf diesem Rechner (Revision \(local), \(copy)) als auch in der Datenbank (Revision \(database)) geändert; nichts wurde überschrieben: führen Sie den Befehl erneut mit --keep local aus, um die Antworten dieses Rechners zu behalten, oder mit --keep database für die der Datenbank"
        )
    }

    /// The local draft of an amendment was synced with the database's, which is gone: that amendment was recorded
    /// meanwhile (from another computer, or by a run that ended before removing it), and the local copy, with no
    /// answers since, is dropped.
    package static func amendmentRecordedElsewhere(copy: String) -> LocalizedText {
        .init(
            en:
                "the amendment drafted on this computer (\(copy)) was recorded meanwhile (its draft is no longer in the database); its copy here is removed and a new correction starts from the card now in force",
            de:
                "die auf diesem Rechner entworfene Korrektur (\(copy)) wurde inzwischen festgehalten (ihr Entwurf ist nicht mehr in der Datenbank); ihre Fassung hier wird entfernt, und eine neue Korrektur beginnt mit dem jetzt geltenden Bogen"
        )
    }

    /// As ``amendmentRecordedElsewhere(copy:)``, but the local copy has answers the database never had.
    package static func amendmentRecordedElsewhereConflict(copy: String, local: Int) -> LocalizedText {
        .init(
            en:
                "the amendment drafted on this computer was recorded meanwhile (its draft is no longer in the database), and this computer's copy (revision \(local), \(copy)) has answers given since; nothing was overwritten: run the command again with --keep local to continue this copy as a new correction, or --keep database to drop it and start from the card now in force",
            de:
                "die auf diesem Rechner entworfene Korrektur wurde inzwischen festgehalten (ihr Entwurf ist nicht mehr in der Datenbank), und die Fassung dieses Rechners (Revision \(local), \(copy)) hat seither gegebene Antworten; nichts wurde überschrieben: führen Sie den Befehl erneut mit --keep local aus, um diese Fassung als neue Korrektur fortzusetzen, oder mit --keep database, um sie zu verwerfen und mit dem jetzt geltenden Bogen zu beginnen"
        )
    }

    /// The card's interviewer id is not the user's in the store.
    package static func notYourID(_ asked: String, yours: String, user: String) -> LocalizedText {
        .init(
            en:
                "'\(TerminalText.line(user))' is interviewer '\(yours)' in this store, not '\(TerminalText.line(asked))': enter with --interviewer-id \(yours)",
            de:
                "'\(TerminalText.line(user))' ist in dieser Ablage Interviewer '\(yours)', nicht '\(TerminalText.line(asked))': geben Sie --interviewer-id \(yours) an"
        )
    }

    /// The local copy cannot be written.
    package static func cannotWriteLocal(_ path: String, reason: String) -> LocalizedText {
        .init(
            en: "cannot write the local copy of the draft \(path): \(reason); free space there or set XDG_DATA_HOME",
            de:
                "die lokale Fassung des Entwurfs \(path) lässt sich nicht schreiben: \(reason); schaffen Sie dort Platz oder setzen Sie XDG_DATA_HOME"
        )
    }

    /// The sealed card could not be submitted.
    package static func sealedNotSubmitted(_ copy: String) -> LocalizedText {
        .init(
            en:
                "the scorecard is sealed and kept on this computer (\(copy)) but was not submitted; run the same command again to submit it",
            de:
                "der Bewertungsbogen ist versiegelt und auf diesem Rechner gespeichert (\(copy)), wurde aber nicht abgegeben; führen Sie denselben Befehl erneut aus, um ihn abzugeben"
        )
    }

    /// The submission changed more than the card and the log (a guard; the file store's submission never does).
    package static func submissionChangedOthers(_ card: String) -> LocalizedText {
        .init(
            en: "submitting \(card) would change other scorecards too; nothing was changed",
            de: "die Abgabe von \(card) würde auch andere Bewertungsbögen ändern; nichts wurde geändert")
    }
}
