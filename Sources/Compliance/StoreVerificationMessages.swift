import ScoringCore

/// What `verify` and `audit verify` report about the store beside the log itself: interrupted commands, scorecards
/// outside the log, refused signatures, ledger files that disagree with the log and leftovers of a purge.
enum StoreVerificationMessages: MessageCatalogue {
    /// How an interrupted command is completed.
    static let repairCompletes = LocalizedText(
        en: "'hirescore audit repair' completes it", de: "'hirescore audit repair' schließt es ab")

    /// A command was interrupted while committing an event.
    static func interruptedCommit(event: Int, folder: String) -> LocalizedText {
        .init(
            en:
                "a command was interrupted while committing event \(event) (\(folder)/pending is left); \(repairCompletes.text(in: .en))",
            de:
                "ein Befehl wurde beim Festschreiben von Ereignis \(event) unterbrochen (\(folder)/pending ist übrig); \(repairCompletes.text(in: .de))"
        )
    }

    /// A scorecard in the wrong place (the problem says which), to be moved back or removed.
    static func misplacedCard(_ relative: String, problem: LocalizedText) -> LocalizedText {
        .init(
            en: "\(relative): \(problem.text(in: .en)); move it back or remove it",
            de: "\(relative): \(problem.text(in: .de)); legen Sie ihn zurück oder entfernen Sie ihn")
    }

    /// A scorecard whose signature is refused, with the reason.
    static func signatureRefused(_ relative: String, reason: LocalizedText) -> LocalizedText {
        .init(
            en: "\(relative): its signature is refused: \(reason.text(in: .en))",
            de: "\(relative): seine Signatur wird abgelehnt: \(reason.text(in: .de))")
    }

    /// A sealed scorecard that the log never saw submitted.
    static func sealedWithoutSubmitEvent(_ relative: String, seal: String) -> LocalizedText {
        .init(
            en:
                "\(relative) is sealed (\(seal)…) but the audit log has no submit event for it; if its submission was interrupted, 'hirescore audit repair' records it, otherwise it was added behind the log's back",
            de:
                "\(relative) ist versiegelt (\(seal)…), aber das Protokoll hat kein Abgabe-Ereignis dafür; wurde die Abgabe unterbrochen, erfasst 'hirescore audit repair' sie, sonst wurde er am Protokoll vorbei hinzugefügt"
        )
    }

    /// A ledger file that disagrees with the log.
    static func ledgerFileDiffers(_ path: String) -> LocalizedText {
        .init(
            en:
                "\(path) does not match the audit log (edited, deleted or damaged); the log is what counts: 'hirescore audit repair' rewrites the file from it",
            de:
                "\(path) stimmt nicht mit dem Protokoll überein (bearbeitet, gelöscht oder beschädigt); es gilt das Protokoll: 'hirescore audit repair' schreibt die Datei daraus neu"
        )
    }

    /// A purged candidate with purged files still there.
    static func purgedFilesLeft(_ key: String, count: Int) -> LocalizedText {
        .init(
            en: "\(key) was purged, but \(count) of its purged files are still there; \(repairCompletes.text(in: .en))",
            de:
                "\(key) wurde gelöscht, aber \(count) der gelöschten Dateien sind noch da; \(repairCompletes.text(in: .de))"
        )
    }

    /// A superseded scorecard version the log does not know.
    static func supersededUnknown(_ relative: String) -> LocalizedText {
        .init(
            en: "\(relative): \(AmendmentMessages.supersededUnknown.text(in: .en))",
            de: "\(relative): \(AmendmentMessages.supersededUnknown.text(in: .de))")
    }

    /// Every entry, with sample arguments.
    static let entries: [(name: String, text: LocalizedText)] = [
        ("repairCompletes", repairCompletes), ("interruptedCommit", interruptedCommit(event: 12, folder: ".hirescore")),
        ("misplacedCard", misplacedCard("r/c/a.yaml", problem: repairCompletes)),
        ("signatureRefused", signatureRefused("r/c/a.yaml", reason: repairCompletes)),
        ("sealedWithoutSubmitEvent", sealedWithoutSubmitEvent("r/c/a.yaml", seal: "sha256:0123456789ab")),
        ("ledgerFileDiffers", ledgerFileDiffers(".hirescore/decisions.yaml")),
        ("purgedFilesLeft", purgedFilesLeft("r/c", count: 2)), ("supersededUnknown", supersededUnknown("r/c/a.yaml")),
    ]
}
