import CommandKit
import ScoringCore

/// The sentences `enter` prints around an entry session (answers file, outcome), each in German and English.
enum EnterCommandMessages {
    /// The answers file is larger than a scorecard may be.
    static func answersTooLarge(_ path: String, limit: Int) -> LocalizedText {
        .init(
            en: "the answers file \(path) is larger than the limit of \(limit) bytes",
            de: "die Antwortdatei \(path) ist größer als die Grenze von \(limit) Bytes")
    }

    /// The answers file is a folder, pipe or device.
    static func answersNotRegular(_ path: String) -> LocalizedText {
        .init(
            en: "the answers file \(path) is not a regular file (a folder, pipe or device)",
            de: "die Antwortdatei \(path) ist keine gewöhnliche Datei (ein Ordner, eine Pipe oder ein Gerät)")
    }

    /// The answers file cannot be read.
    static func answersUnreadable(_ path: String) -> LocalizedText {
        .init(
            en: "the answers file \(path) cannot be read",
            de: "die Antwortdatei \(path) kann nicht gelesen werden")
    }

    /// `--keep` names neither copy.
    static func badKeep(_ value: String) -> LocalizedText {
        .init(
            en: "--keep must be local or database, not '\(TerminalText.line(value))'",
            de: "--keep muss local oder database sein, nicht '\(TerminalText.line(value))'")
    }

    /// After `q`: the draft is saved.
    static func draftSaved(_ path: String) -> LocalizedText {
        .init(
            en: "\nDraft saved: \(path); run the same command again to continue.\n",
            de: "\nEntwurf gespeichert: \(path); derselbe Befehl setzt fort.\n")
    }

    /// At the end of piped or scripted input.
    static func endOfInput(_ path: String) -> LocalizedText {
        .init(
            en: "\nend of input: the draft is saved in \(path); run the same command again to continue.\n",
            de: "\nEnde der Eingabe: Entwurf gespeichert in \(path); derselbe Befehl setzt fort.\n")
    }

    /// After an invalid scripted answer: where the answers before it are.
    static func answersBeforeSaved(_ path: String) -> LocalizedText {
        .init(
            en: "\n  the answers before it are saved in the draft \(path)",
            de: "\n  die Antworten davor sind im Entwurf \(path) gespeichert")
    }

    /// The heading of what is missing before submission.
    static let cannotSubmitYet = LocalizedText(
        en: "cannot submit yet; missing:\n", de: "Abgabe nicht möglich, es fehlt:\n")

    /// After the list of what is missing.
    static func draftStaysSaved(_ path: String) -> LocalizedText {
        .init(en: "\n  the draft stays saved: \(path)", de: "\n  der Entwurf bleibt gespeichert: \(path)")
    }

    /// Saving the draft failed.
    static let savingFailed = LocalizedText(en: "saving failed: ", de: "Speichern fehlgeschlagen: ")

    /// The amendment is sealed, but the log could not record it.
    static func amendmentNotRecorded(_ draftPath: String) -> LocalizedText {
        .init(
            en:
                "the amendment is sealed in \(draftPath), but it could not be recorded, and the submitted card stays in force: ",
            de:
                "die Korrektur ist in \(draftPath) versiegelt, konnte aber nicht erfasst werden, und der abgegebene Bogen gilt weiter: "
        )
    }

    /// How an unrecorded amendment is completed.
    static let amendmentRetry = LocalizedText(
        en: "; run the same command again to record it",
        de: "; derselbe Befehl erfasst sie erneut")

    /// The draft of an amendment cannot be read.
    static func amendmentDraftUnreadable(_ path: String) -> LocalizedText {
        .init(
            en:
                "the amendment draft \(path) cannot be read; it is left unchanged (delete it to start the amendment over)",
            de:
                "der Korrekturentwurf \(path) kann nicht gelesen werden; er bleibt unverändert (löschen Sie ihn, um die Korrektur neu zu beginnen)"
        )
    }

    /// The card to amend is for another rubric than the one named.
    static func amendmentRubricDiffers(_ path: String, cardRubric: String) -> LocalizedText {
        .init(
            en: "\(path) was entered with rubric '\(cardRubric)'; amend it with --rubric \(cardRubric)",
            de:
                "\(path) wurde mit der Bewertungsvorlage '\(cardRubric)' eingegeben; korrigieren Sie ihn mit --rubric \(cardRubric)"
        )
    }

    /// `--rubric ID@X` whose version is not a whole number from 1.
    static func badRubricVersion(_ typed: String, id: String) -> LocalizedText {
        .init(
            en: "--rubric \(typed): the version after '@' must be a whole number from 1, for example \(id)@1",
            de: "--rubric \(typed): die Version nach '@' muss eine ganze Zahl ab 1 sein, zum Beispiel \(id)@1")
    }

    /// `--all-stages` together with `--stage`.
    static func allStagesAndStage(_ stage: String) -> LocalizedText {
        .init(
            en: "--all-stages and --stage \(stage) exclude each other; give only one",
            de: "--all-stages und --stage \(stage) schließen sich aus; geben Sie nur eines an")
    }

    /// A sealed card whose submission a crash cut off, logged on the rerun.
    static func interruptedSubmissionLogged(_ path: String) -> LocalizedText {
        .init(
            en: "\(path) was already sealed, but its submission had not been logged (interrupted); it is logged now\n",
            de:
                "\(path) war schon versiegelt, aber seine Abgabe war nicht protokolliert (unterbrochen); sie ist jetzt protokolliert\n"
        )
    }

    /// A draft started with another version of the rubric.
    static func draftRubricChanged(_ path: String, started: String, now: String, hash: String) -> LocalizedText {
        .init(
            en:
                "the draft \(path) was started with \(started), but the rubric is now \(now) (hash \(hash)…); finish it with --rubric \(started), or delete the draft to start over",
            de:
                "der Entwurf \(path) wurde mit \(started) begonnen, die Vorlage ist jetzt \(now) (Hash \(hash)…); setzen Sie ihn mit --rubric \(started) fort oder löschen Sie ihn, um neu zu beginnen"
        )
    }

    /// A draft that cannot be read.
    static func draftUnreadable(_ path: String) -> LocalizedText {
        .init(
            en: "the draft \(path) cannot be read; it is left unchanged",
            de: "der Entwurf \(path) kann nicht gelesen werden; er bleibt unverändert")
    }

    /// A draft for another rubric.
    static func draftForOtherRubric(_ path: String, draft: String, asked: String) -> LocalizedText {
        .init(
            en: "the draft \(path) is for rubric '\(draft)', not '\(asked)'",
            de: "der Entwurf \(path) gehört zur Vorlage '\(draft)', nicht '\(asked)'")
    }

    /// A draft for another stage (or none).
    static func draftForOtherStage(_ path: String, draft: String?, asked: String) -> LocalizedText {
        .init(
            en:
                "the draft \(path) is for stage '\(draft ?? "no stage")', not '\(asked)'; continue it with --stage \(draft ?? "")",
            de:
                "der Entwurf \(path) ist für die Stufe '\(draft ?? "keine Stufe")', nicht '\(asked)'; setzen Sie ihn mit --stage \(draft ?? "") fort"
        )
    }

    /// After submitting.
    static func submitted(_ path: String, seal: String) -> LocalizedText {
        .init(
            en: "\nSubmitted and sealed: \(path)\n  seal \(seal)\n",
            de: "\nAbgegeben und versiegelt: \(path)\n  Siegel \(seal)\n")
    }

    /// A sealed card that cannot be read back.
    static func unreadableAfterSealing(_ path: String) -> LocalizedText {
        .init(en: "\(path) cannot be read back after sealing", de: "\(path) ist nach dem Versiegeln nicht lesbar")
    }

    /// Submitted, but the log could not record it.
    static func submittedNotLogged(_ reason: LocalizedText) -> LocalizedText {
        .init(
            en:
                "submitted, but the audit log could not be written: \(reason.text(in: .en)); 'hirescore audit repair' records the submission",
            de:
                "abgegeben, aber das Protokoll konnte nicht geschrieben werden: \(reason.text(in: .de)); 'hirescore audit repair' trägt die Abgabe nach"
        )
    }

    /// `--stage` for a rubric without a plan.
    static func noPlan(_ rubric: String, stage: String) -> LocalizedText {
        .init(
            en: "rubric \(rubric) has no interview plan, so no stage '\(stage)'; leave out --stage",
            de:
                "die Bewertungsvorlage \(rubric) hat keinen Interviewplan, also keine Stufe '\(stage)'; lassen Sie --stage weg"
        )
    }

    /// No `--stage` for a plan with several.
    static func stageNeeded(_ rubric: String, stages: String) -> LocalizedText {
        .init(
            en: "rubric \(rubric) plans several stages; name yours with --stage:\n\(stages)",
            de: "die Bewertungsvorlage \(rubric) plant mehrere Stufen; geben Sie Ihre mit --stage an:\n\(stages)")
    }

    /// A stage the plan does not have.
    static func unknownStage(_ stage: String, rubric: String, stages: String) -> LocalizedText {
        .init(
            en: "'\(stage)' is not a stage of \(rubric); its stages:\n\(stages)",
            de: "'\(stage)' ist keine Stufe von \(rubric); die Stufen:\n\(stages)")
    }

    /// A scorecard that would be larger than readers accept.
    static func scorecardTooLarge(size: Int, limit: Int) -> LocalizedText {
        .init(
            en:
                "the scorecard would be \(size) bytes, more than the limit of \(limit) bytes that readers accept; shorten the last evidence",
            de:
                "der Bewertungsbogen würde \(size) Bytes groß, mehr als die Grenze von \(limit) Bytes, die beim Lesen gilt; kürzen Sie den letzten Beleg"
        )
    }
}
