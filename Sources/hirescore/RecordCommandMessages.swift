import ScoringCore

/// What the record-changing commands `decide` and `hold` print when they succeed, and why `export` fails when the
/// export is incomplete (their refusals come from Compliance's catalogues).
enum RecordCommandMessages: MessageCatalogue {
    /// `decide` recorded a decision: the outcome, the panel's recommendation and the retention date.
    static func decisionRecorded(
        _ candidate: String, outcome: String, date: String, panel: String, retainUntil: String
    ) -> LocalizedText {
        .init(
            en:
                "Decision recorded: \(candidate) \(outcome) on \(date) (panel: \(panel)); kept until \(retainUntil)",
            de:
                "Entscheidung erfasst: \(candidate) \(outcome) am \(date) (Panel: \(panel)); aufbewahrt bis \(retainUntil)"
        )
    }

    /// `hold` placed a legal hold.
    static func holdPlaced(_ candidate: String) -> LocalizedText {
        .init(
            en: "Hold placed: \(candidate) is kept until released",
            de: "Sperre gesetzt: \(candidate) wird bis zur Aufhebung aufbewahrt")
    }

    /// `hold --release` released one.
    static func holdReleased(_ candidate: String) -> LocalizedText {
        .init(en: "Hold released: \(candidate)", de: "Sperre aufgehoben: \(candidate)")
    }

    /// `export` could not export everything; the list names each file and why, one per line.
    static func exportIncomplete(_ list: String) -> LocalizedText {
        .init(
            en: "the export is incomplete; not exported in full:\n" + list,
            de: "die Auskunft ist unvollständig; nicht vollständig exportiert:\n" + list)
    }

    /// Every entry, with sample arguments.
    static let entries: [(name: String, text: LocalizedText)] = [
        (
            "decisionRecorded",
            decisionRecorded(
                "c-101", outcome: "hired", date: "2026-12-01", panel: "yes", retainUntil: "2027-06-01")
        ),
        ("holdPlaced", holdPlaced("c-101")), ("holdReleased", holdReleased("c-101")),
        ("exportIncomplete", exportIncomplete("  - r/c/a.yaml: unreadable")),
    ]
}
