import ScoringCore

/// What the audit log says when an event cannot be appended, and what `audit verify` finds wrong in it, line by
/// line. `reason` arguments are the system's own words (strerror), shown as they are; `problem` arguments are the
/// key list's or the loader's own messages.
package enum AuditLogMessages: MessageCatalogue {
    /// A file of the log (its lock file) cannot be opened.
    package static func cannotOpen(_ path: String, reason: String) -> LocalizedText {
        .init(en: "cannot open \(path): \(reason)", de: "\(path) kann nicht geöffnet werden: \(reason)")
    }

    /// The log's last line cannot be read, so nothing is appended after it.
    package static func lastLineDamaged(_ path: String) -> LocalizedText {
        .init(
            en:
                "the last line of \(path) is damaged; run 'hirescore audit verify' and restore the log before adding to it",
            de:
                "die letzte Zeile von \(path) ist beschädigt; prüfen Sie mit 'hirescore audit verify' und stellen Sie das Protokoll wieder her"
        )
    }

    /// What to do when a signing store gets an event and the acting person has no key.
    package static let createYourKey = LocalizedText(
        en: "this store signs its records: create your key with 'hirescore keys init' and have HR register it",
        de:
            "diese Ablage signiert ihre Einträge: legen Sie Ihren Schlüssel mit 'hirescore keys init' an und lassen Sie ihn von HR registrieren"
    )

    /// Which key the acting person used, when the store refuses its signature.
    package static func yourKey(_ keyID: String, path: String) -> LocalizedText {
        .init(en: "your key is \(keyID) (\(path))", de: "Ihr Schlüssel ist \(keyID) (\(path))")
    }

    /// An event the key list refuses (the problem says why, the hint what to do); nothing is written.
    package static func cannotRecord(
        _ event: String, actor: String, problem: LocalizedText, hint: LocalizedText
    ) -> LocalizedText {
        .init(
            en:
                "the \(event) by '\(actor)' cannot be recorded: \(problem.text(in: .en)); \(hint.text(in: .en)); nothing was recorded",
            de:
                "das Ereignis \(event) von '\(actor)' kann nicht erfasst werden: \(problem.text(in: .de)); \(hint.text(in: .de)); nichts wurde erfasst"
        )
    }

    /// The new line could not be written whole; the log was cut back to what it was.
    package static func cannotWriteCompletely(_ path: String, reason: String) -> LocalizedText {
        .init(
            en: "cannot write \(path) completely (\(reason)); nothing was recorded and nothing changed",
            de:
                "\(path) kann nicht vollständig geschrieben werden (\(reason)); nichts wurde protokolliert und nichts geändert"
        )
    }

    /// A torn last line left by a crash cannot be removed.
    package static func cannotRepairTornLine(_ path: String, reason: String) -> LocalizedText {
        .init(
            en: "cannot repair the torn last line of \(path): \(reason)",
            de: "die abgerissene letzte Zeile von \(path) kann nicht repariert werden: \(reason)")
    }

    /// A line that decodes but is not in the log's canonical JSON.
    package static func notCanonical(line: Int) -> LocalizedText {
        .init(
            en:
                "line \(line) is not in the log's one encoding (canonical JSON: sorted keys, no duplicate or unknown keys, no spaces); it was written or edited by hand",
            de:
                "Zeile \(line) ist nicht in der einzigen Kodierung des Protokolls (kanonisches JSON: sortierte Schlüssel, keine doppelten oder unbekannten Schlüssel, keine Leerzeichen); sie wurde von Hand geschrieben oder bearbeitet"
        )
    }

    /// A line that is no audit event at all.
    package static func unreadableLine(_ line: Int) -> LocalizedText {
        .init(
            en: "line \(line) is not a valid audit event (edited or damaged)",
            de: "Zeile \(line) ist kein gültiges Protokollereignis (bearbeitet oder beschädigt)")
    }

    /// An event whose signature the key list refuses, with the key list's reason.
    package static func signatureRefused(
        line: Int, sequence: Int, event: String, actor: String, problem: LocalizedText
    ) -> LocalizedText {
        .init(
            en: "line \(line) (event \(sequence), \(event) by '\(actor)'): \(problem.text(in: .en))",
            de: "Zeile \(line) (Ereignis \(sequence), \(event) von '\(actor)'): \(problem.text(in: .de))")
    }

    /// An event whose hash does not match its content.
    package static func changedAfterWriting(line: Int, sequence: Int, event: String) -> LocalizedText {
        .init(
            en:
                "line \(line) (event \(sequence), \(event)) was changed after it was written: its hash does not match its content",
            de:
                "Zeile \(line) (Ereignis \(sequence), \(event)) wurde nachträglich geändert: ihr Hash passt nicht zum Inhalt"
        )
    }

    /// An event that does not chain to the one before it.
    package static func chainBroken(line: Int) -> LocalizedText {
        .init(
            en:
                "line \(line) does not follow from the line before it: the chain is broken here (a line was edited, removed or inserted)",
            de:
                "Zeile \(line) folgt nicht auf die Zeile davor: die Kette ist hier unterbrochen (eine Zeile wurde bearbeitet, entfernt oder eingefügt)"
        )
    }

    /// An event with the wrong sequence number.
    package static func wrongSequence(line: Int, found: Int, expected: Int) -> LocalizedText {
        .init(
            en: "line \(line) has sequence number \(found), expected \(expected)",
            de: "Zeile \(line) hat die laufende Nummer \(found), erwartet \(expected)")
    }

    /// A scorecard the log refers to that is gone without a purge.
    package static func referencedFileMissing(_ path: String, line: Int) -> LocalizedText {
        .init(
            en: "\(path), referenced on line \(line), is missing (deleted without a purge)",
            de: "\(path), auf Zeile \(line) verwiesen, fehlt (ohne Löschlauf entfernt)")
    }

    /// A scorecard the log refers to whose rubric changed or is gone (the loader's problem says which).
    package static func referencedFileUncheckable(_ path: String, line: Int, problem: LocalizedText) -> LocalizedText {
        .init(
            en:
                "\(path), referenced on line \(line), cannot be checked: \(problem.text(in: .en)); restore the rubric (the scorecard still carries its logged seal)",
            de:
                "\(path), auf Zeile \(line) verwiesen, kann nicht geprüft werden: \(problem.text(in: .de)); stellen Sie die Bewertungsvorlage wieder her (der Bogen trägt noch sein protokolliertes Siegel)"
        )
    }

    /// A scorecard the log refers to that was changed since.
    package static func referencedFileChanged(_ path: String, line: Int) -> LocalizedText {
        .init(
            en: "\(path), referenced on line \(line), has changed since then (its seal no longer matches)",
            de: "\(path), auf Zeile \(line) verwiesen, wurde seitdem geändert (sein Siegel passt nicht mehr)")
    }

    /// A log that cannot be read while the records are replayed from it.
    package static func damaged(_ path: String, line: Int, problem: LocalizedText) -> LocalizedText {
        .init(
            en:
                "\(path):\(line): the audit log is damaged; run 'hirescore audit verify' and restore it from a backup (\(problem.text(in: .en)); while a line cannot be read, the records are unknown)",
            de:
                "\(path):\(line): das Protokoll ist beschädigt; prüfen Sie mit 'hirescore audit verify' und stellen Sie es aus einer Sicherung wieder her (\(problem.text(in: .de)); solange eine Zeile unlesbar ist, sind die Aufzeichnungen unbekannt)"
        )
    }

    /// Every entry, with sample arguments.
    package static let entries: [(name: String, text: LocalizedText)] = [
        ("cannotOpen", cannotOpen(".hirescore/audit.lock", reason: "Permission denied")),
        ("lastLineDamaged", lastLineDamaged(".hirescore/audit.jsonl")), ("createYourKey", createYourKey),
        ("yourKey", yourKey("3f2a9c01b7de", path: "~/.hirescore/signing-key")),
        ("cannotRecord", cannotRecord("hold", actor: "HR Office", problem: unreadableLine(3), hint: createYourKey)),
        ("cannotWriteCompletely", cannotWriteCompletely(".hirescore/audit.jsonl", reason: "No space left on device")),
        ("cannotRepairTornLine", cannotRepairTornLine(".hirescore/audit.jsonl", reason: "Read-only file system")),
        ("notCanonical", notCanonical(line: 4)), ("unreadableLine", unreadableLine(4)),
        (
            "signatureRefused",
            signatureRefused(line: 4, sequence: 4, event: "hold", actor: "HR Office", problem: unreadableLine(4))
        ),
        ("changedAfterWriting", changedAfterWriting(line: 4, sequence: 4, event: "decision")),
        ("chainBroken", chainBroken(line: 5)), ("wrongSequence", wrongSequence(line: 5, found: 7, expected: 5)),
        ("referencedFileMissing", referencedFileMissing("r/c/a.yaml", line: 2)),
        ("referencedFileUncheckable", referencedFileUncheckable("r/c/a.yaml", line: 2, problem: unreadableLine(2))),
        ("referencedFileChanged", referencedFileChanged("r/c/a.yaml", line: 2)),
        ("damaged", damaged(".hirescore/audit.jsonl", line: 3, problem: unreadableLine(3))),
    ]
}
