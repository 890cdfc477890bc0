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
}
