import ScoringCore

/// The sentences about amending a submitted scorecard, each with its German and English text: what the
/// amendment transaction refuses and reports, and what `enter --amend`, `verify` and `status` show.
public enum AmendmentMessages {
    /// An amendment without a reason.
    public static let reasonMissing = LocalizedText(
        en:
            "an amendment needs a reason: --reason \"...\" (what was wrong, for example a rating typed on the wrong criterion)",
        de:
            "eine Korrektur braucht einen Grund: --reason \"...\" (was falsch war, zum Beispiel eine Bewertung beim falschen Kriterium)"
    )

    /// There is no submitted card at the path to amend.
    public static func nothingToAmend(_ path: String) -> LocalizedText {
        .init(
            en:
                "there is no submitted scorecard at \(path) to amend; run 'hirescore enter' without --amend to enter it",
            de:
                "unter \(path) gibt es keinen abgegebenen Bewertungsbogen zum Korrigieren; geben Sie ihn mit 'hirescore enter' ohne --amend ein"
        )
    }

    /// The card to amend is not intact (its seal does not match).
    public static func originalNotIntact(_ path: String) -> LocalizedText {
        .init(
            en:
                "\(path) was changed after submission (its seal no longer matches), so it cannot be amended; run 'hirescore verify' and restore it first",
            de:
                "\(path) wurde nach der Abgabe geändert (sein Siegel passt nicht mehr) und kann nicht korrigiert werden; prüfen Sie mit 'hirescore verify' und stellen Sie ihn zuerst wieder her"
        )
    }

    /// The card to amend has no submit or amend event in the log.
    public static func originalNotLogged(_ path: String) -> LocalizedText {
        .init(
            en:
                "\(path) is sealed, but the audit log does not record it as the current card; run 'hirescore audit verify' (and 'hirescore audit repair' for an interrupted submission) first",
            de:
                "\(path) ist versiegelt, aber das Protokoll führt ihn nicht als aktuellen Bogen; prüfen Sie zuerst mit 'hirescore audit verify' (und 'hirescore audit repair' für eine unterbrochene Abgabe)"
        )
    }

    /// A decision is recorded: the cards it rests on stay as they are.
    public static func decided(candidate: String, outcome: String, date: String) -> LocalizedText {
        .init(
            en:
                "a decision is recorded for '\(candidate)' (\(outcome), \(date)); the scorecards it rests on can no longer be amended, so that the record shows what the decision was based on; tell HR what was wrong instead",
            de:
                "für '\(candidate)' ist eine Entscheidung erfasst (\(outcome), \(date)); die Bögen, auf denen sie beruht, können nicht mehr korrigiert werden, damit die Akte zeigt, worauf die Entscheidung beruhte; teilen Sie HR stattdessen mit, was falsch war"
        )
    }

    /// The amended card differs from the card it replaces in who or what it is about.
    public static func notTheSameCard(_ path: String, field: String) -> LocalizedText {
        .init(
            en:
                "the amended card \(path) differs from the submitted one in '\(field)'; an amendment corrects ratings, evidence and the recommendation only",
            de:
                "der korrigierte Bogen \(path) weicht vom abgegebenen in '\(field)' ab; eine Korrektur ändert nur Bewertungen, Belege und die Empfehlung"
        )
    }

    /// The amended card is identical to the submitted one.
    public static func unchanged(_ path: String) -> LocalizedText {
        .init(
            en: "the amended card is the same as the submitted one; \(path) stays as it was and nothing was recorded",
            de: "der korrigierte Bogen gleicht dem abgegebenen; \(path) bleibt, wie er war, und nichts wurde erfasst")
    }

    /// The amended card is not submitted and sealed.
    public static func amendedNotSealed(_ path: String) -> LocalizedText {
        .init(
            en: "the amended card \(path) is not submitted and sealed; nothing was recorded",
            de: "der korrigierte Bogen \(path) ist nicht abgegeben und versiegelt; nichts wurde erfasst")
    }

    /// An amendment's effects cannot be applied: a file it needs is gone.
    public static func fileMissing(_ path: String) -> LocalizedText {
        .init(
            en: "\(path) is missing or changed, so the amendment cannot be completed; restore it from a backup",
            de:
                "\(path) fehlt oder wurde geändert, daher kann die Korrektur nicht abgeschlossen werden; stellen Sie sie aus einer Sicherung wieder her"
        )
    }

    /// A file of the amendment cannot be written or moved.
    public static func cannotWrite(_ path: String, reason: String) -> LocalizedText {
        .init(
            en: "cannot write \(path): \(reason)",
            de: "\(path) kann nicht geschrieben werden: \(reason)")
    }

    /// A sealed rerun of `enter`: how a mistake is corrected.
    public static func alreadySubmitted(_ path: String) -> LocalizedText {
        .init(
            en:
                "\(path) is already submitted and sealed; to correct a mistake, run the same command with --amend --reason \"what was wrong\"",
            de:
                "\(path) ist bereits abgegeben und versiegelt; um einen Fehler zu korrigieren, führen Sie denselben Befehl mit --amend --reason \"was falsch war\" aus"
        )
    }

    /// The first line of `enter --amend`: what happens.
    public static func starting(_ path: String, reason: String) -> LocalizedText {
        .init(
            en:
                "Amending \(path) (reason: \(reason)). The submitted card is kept; your correction becomes a new sealed card.\n",
            de:
                "Korrektur von \(path) (Grund: \(reason)). Der abgegebene Bogen bleibt erhalten; Ihre Korrektur wird ein neuer versiegelter Bogen.\n"
        )
    }

    /// After a successful amendment.
    public static func amended(_ path: String, seal: String, supersededPath: String) -> LocalizedText {
        .init(
            en: "\nAmended and sealed: \(path)\n  seal \(seal)\n  the previous card is kept as \(supersededPath)\n",
            de:
                "\nKorrigiert und versiegelt: \(path)\n  Siegel \(seal)\n  der vorige Bogen bleibt erhalten als \(supersededPath)\n"
        )
    }

    /// An amendment that was sealed but not recorded (interrupted) and is recorded now.
    public static func completedInterrupted(_ path: String) -> LocalizedText {
        .init(
            en: "the amendment of \(path) was sealed but not recorded (interrupted); it is recorded now\n",
            de: "die Korrektur von \(path) war versiegelt, aber nicht erfasst (unterbrochen); sie ist jetzt erfasst\n")
    }

    /// The saved amendment draft, after `q`.
    public static func draftSaved(_ draftPath: String) -> LocalizedText {
        .init(
            en:
                "\nAmendment draft saved: \(draftPath); the submitted card stays in force until you submit; run the same command again to continue.\n",
            de:
                "\nKorrekturentwurf gespeichert: \(draftPath); der abgegebene Bogen gilt weiter, bis Sie abgeben; derselbe Befehl setzt fort.\n"
        )
    }

    /// `--amend` and `--reason` belong together.
    public static let reasonWithoutAmend = LocalizedText(
        en: "--reason is the reason of an amendment; give it together with --amend",
        de: "--reason ist der Grund einer Korrektur; geben Sie es zusammen mit --amend an")

    /// How an amended card is shown: "amended 2026-12-06: reason".
    public static func label(_ amendment: Amendment) -> LocalizedText {
        .init(
            en: "amended \(amendment.time.prefix(10)) by \(amendment.actor): \(amendment.reason)",
            de: "korrigiert am \(amendment.time.prefix(10)) von \(amendment.actor): \(amendment.reason)")
    }

    /// A superseded card checked by `verify`.
    public static func supersededIntact(by seal: String) -> LocalizedText {
        .init(
            en: "superseded by the amended card \(seal.prefix(19))…, kept unchanged",
            de: "ersetzt durch den korrigierten Bogen \(seal.prefix(19))…, unverändert erhalten")
    }

    /// A superseded card whose seal the log does not name.
    public static let supersededUnknown = LocalizedText(
        en: "lies among the superseded cards, but the audit log records no amendment that kept it",
        de: "liegt bei den ersetzten Bögen, aber das Protokoll verzeichnet keine Korrektur, die ihn aufbewahrt hat")

    /// A superseded card the log names is missing.
    public static func supersededMissing(_ path: String, line: Int) -> LocalizedText {
        .init(
            en: "\(path), the card superseded on line \(line), is missing (deleted without a purge)",
            de: "\(path), der auf Zeile \(line) ersetzte Bogen, fehlt (ohne Löschlauf entfernt)")
    }
}
