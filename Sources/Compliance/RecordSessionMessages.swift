import ScoringCore

/// What a record session says about the store's lock and the commit of an event: a store that cannot be locked,
/// an interrupted command finished or rolled back when the store is opened, and an event that could not be
/// committed. `reason` arguments are the system's own words (strerror), shown as they are.
package enum RecordSessionMessages: MessageCatalogue {
    /// The store's folder cannot be opened to lock it.
    package static func cannotOpenToLock(_ folder: String, reason: String) -> LocalizedText {
        .init(
            en: "cannot open \(folder) to lock the store: \(reason)",
            de: "\(folder) kann zum Sperren der Ablage nicht geöffnet werden: \(reason)")
    }

    /// The store cannot be locked.
    package static func cannotLock(_ store: String, reason: String) -> LocalizedText {
        .init(
            en: "cannot lock the store \(store): \(reason)",
            de: "die Ablage \(store) kann nicht gesperrt werden: \(reason)")
    }

    /// Opening the store found an interrupted command that had not logged its event: it is rolled back.
    package static let interruptedNotRecorded = LocalizedText(
        en: "an interrupted command had not recorded its event; nothing had changed, and nothing is left of it",
        de:
            "ein unterbrochener Befehl hatte sein Ereignis nicht protokolliert; nichts war geändert, und nichts bleibt davon"
    )

    /// Opening the store completed an interrupted command whose event was logged.
    package static func completedInterrupted(_ event: String, candidate: String, sequence: Int) -> LocalizedText {
        .init(
            en: "completed the interrupted \(event) of '\(candidate)' (event \(sequence) of the audit log)",
            de:
                "unterbrochenes Ereignis \(event) für '\(candidate)' abgeschlossen (Ereignis \(sequence) des Protokolls)"
        )
    }

    /// The intent file of a commit cannot be written, so nothing was done.
    package static func intentNotWritten(_ path: String, reason: String) -> LocalizedText {
        .init(
            en: "cannot write \(path): \(reason); nothing was recorded and nothing changed",
            de: "\(path) kann nicht geschrieben werden (\(reason)); nichts wurde protokolliert und nichts geändert")
    }

    /// An event that is logged but whose effects failed (the error says which); the next command completes it.
    package static func notApplied(_ event: String, sequence: Int, error: LocalizedText) -> LocalizedText {
        .init(
            en:
                "the \(event) is recorded in the audit log (event \(sequence)) but could not be applied completely: \(error.text(in: .en)); the next record-changing command or 'hirescore audit repair' completes it",
            de:
                "das Ereignis \(event) ist im Protokoll erfasst (Ereignis \(sequence)), konnte aber nicht vollständig angewandt werden: \(error.text(in: .de)); der nächste ändernde Befehl oder 'hirescore audit repair' schließt es ab"
        )
    }

    /// Every entry, with sample arguments.
    package static let entries: [(name: String, text: LocalizedText)] = [
        ("cannotOpenToLock", cannotOpenToLock("scorecards/.hirescore", reason: "Permission denied")),
        ("cannotLock", cannotLock("scorecards", reason: "No locks available")),
        ("interruptedNotRecorded", interruptedNotRecorded),
        ("completedInterrupted", completedInterrupted("purge", candidate: "c-103", sequence: 12)),
        ("intentNotWritten", intentNotWritten("scorecards/.hirescore/pending", reason: "No space left on device")),
        (
            "notApplied",
            notApplied(
                "decision", sequence: 12,
                error: StoreLedgerMessages.cannotDelete("r/c/a.yaml", reason: "Permission denied"))
        ),
    ]
}
