import ScoringCore

/// What `audit verify --checkpoint` finds wrong: a text that is no checkpoint, a checkpoint signature that fails,
/// and a log that no longer holds the head the checkpoint recorded.
package enum CheckpointMessages: MessageCatalogue {
    /// A text that is not a checkpoint in its canonical form.
    package static let notACheckpoint = LocalizedText(
        en:
            "the checkpoint is not a HireScore checkpoint (one line of canonical JSON as 'hirescore audit checkpoint' prints it)",
        de:
            "der Prüfpunkt ist kein HireScore-Prüfpunkt (eine Zeile kanonisches JSON, wie 'hirescore audit checkpoint' sie ausgibt)"
    )

    /// A checkpoint signature that is not in HireScore's form (the reason says how).
    package static func malformedSignature(_ reason: LocalizedText) -> LocalizedText {
        .init(
            en: "the checkpoint's signature: \(reason.text(in: .en))",
            de: "die Signatur des Prüfpunkts: \(reason.text(in: .de))")
    }

    /// A checkpoint signature that does not verify, or is by someone other than the checkpoint's actor.
    package static func signatureMismatch(actor: String) -> LocalizedText {
        .init(
            en:
                "the checkpoint's signature does not match it (the checkpoint was altered, or not signed by '\(actor)')",
            de:
                "die Signatur des Prüfpunkts passt nicht (der Prüfpunkt wurde verändert oder nicht von '\(actor)' signiert)"
        )
    }

    /// A checkpoint signed with a key the log's key list no longer holds.
    package static func unknownKey(_ keyID: String) -> LocalizedText {
        .init(
            en:
                "the checkpoint is signed with key \(keyID), which the log's key list no longer holds: its key registrations were removed or rewritten",
            de:
                "der Prüfpunkt ist mit dem Schlüssel \(keyID) signiert, den die Schlüsselliste des Protokolls nicht mehr enthält: seine Registrierungen wurden entfernt oder umgeschrieben"
        )
    }

    /// The log is gone, though the checkpoint recorded events.
    package static func logMissing(time: String, events: Int) -> LocalizedText {
        .init(
            en:
                "the audit log is missing, but the checkpoint of \(time) recorded \(events) events: the log was deleted",
            de:
                "das Protokoll fehlt, aber der Prüfpunkt vom \(time) verzeichnete \(events) Ereignisse: das Protokoll wurde gelöscht"
        )
    }

    /// The log has fewer events than the checkpoint recorded.
    package static func eventsRemoved(found: Int, time: String, recorded: Int) -> LocalizedText {
        .init(
            en:
                "the log has \(found) events, but the checkpoint of \(time) recorded \(recorded): events were removed from it (truncated or emptied)",
            de:
                "das Protokoll hat \(found) Ereignisse, aber der Prüfpunkt vom \(time) verzeichnete \(recorded): Ereignisse wurden entfernt (gekürzt oder geleert)"
        )
    }

    /// The event at the checkpoint's head is not the one it recorded.
    package static func headRewritten(event: Int, time: String) -> LocalizedText {
        .init(
            en:
                "event \(event) is not the one the checkpoint of \(time) recorded: the log was rewritten at or below it",
            de:
                "Ereignis \(event) ist nicht das, welches der Prüfpunkt vom \(time) verzeichnete: das Protokoll wurde an oder unter dieser Stelle umgeschrieben"
        )
    }

    /// Every entry, with sample arguments.
    package static let entries: [(name: String, text: LocalizedText)] = [
        ("notACheckpoint", notACheckpoint), ("malformedSignature", malformedSignature(KeyFileMessages.signatureForm)),
        ("signatureMismatch", signatureMismatch(actor: "HR Office")), ("unknownKey", unknownKey("3f2a9c01b7de")),
        ("logMissing", logMissing(time: "2026-12-01T09:00:00Z", events: 40)),
        ("eventsRemoved", eventsRemoved(found: 12, time: "2026-12-01T09:00:00Z", recorded: 40)),
        ("headRewritten", headRewritten(event: 40, time: "2026-12-01T09:00:00Z")),
    ]
}
