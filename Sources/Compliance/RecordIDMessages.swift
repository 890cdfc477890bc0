import ScoringCore

/// The names of the ids a record-changing command checks, and what is said when the store holds no such
/// candidate.
package enum RecordIDMessages: MessageCatalogue {
    /// What a candidate id is called in the message about an invalid id ("Kandidaten-ID").
    package static let candidateKind = LocalizedText(en: "candidate", de: "Kandidaten")
    /// What a requisition id is called in the message about an invalid id ("Ausschreibungs-ID").
    package static let requisitionKind = LocalizedText(en: "requisition", de: "Ausschreibungs")

    /// A candidate the store holds no folder of.
    package static func noCandidate(_ candidate: String) -> LocalizedText {
        .init(en: "no candidate '\(candidate)' in the store", de: "kein*e Kandidat*in '\(candidate)' in der Ablage")
    }

    /// A candidate the store at `store` holds no folder of.
    package static func noCandidate(_ candidate: String, store: String) -> LocalizedText {
        .init(
            en: "no candidate '\(candidate)' in the store \(store)",
            de: "kein*e Kandidat*in '\(candidate)' in der Ablage \(store)")
    }

    /// Every entry, with sample arguments.
    package static let entries: [(name: String, text: LocalizedText)] = [
        ("candidateKind", candidateKind), ("requisitionKind", requisitionKind), ("noCandidate", noCandidate("c-101")),
        ("noCandidate(store)", noCandidate("c-101", store: "scorecards")),
    ]
}
