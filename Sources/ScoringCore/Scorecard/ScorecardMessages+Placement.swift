/// Where a scorecard lies in the store and what it says about itself (``ScorecardHeader``): shown by `merge`,
/// `verify` and `enter` for a card in the wrong place.
extension ScorecardMessages {
    /// A card about another candidate than its folder's.
    static func otherCandidate(_ candidate: String, folder: String) -> LocalizedText {
        .init(
            en:
                "the scorecard is about candidate '\(candidate.shortened)' but lies in the folder of candidate '\(folder.shortened)'",
            de: "der Bogen gilt Kandidat*in '\(candidate.shortened)', liegt aber im Ordner von '\(folder.shortened)'"
        )
    }

    /// A card for another requisition than its folder's.
    static func otherRequisition(_ requisition: String, folder: String) -> LocalizedText {
        .init(
            en:
                "the scorecard is for requisition '\(requisition.shortened)' but lies in the folder of requisition '\(folder.shortened)'",
            de:
                "der Bogen gehört zur Ausschreibung '\(requisition.shortened)', liegt aber im Ordner der Ausschreibung '\(folder.shortened)'"
        )
    }

    /// A card by another interviewer id than its file name says.
    static func otherInterviewerID(_ id: String, file: String) -> LocalizedText {
        .init(
            en: "the scorecard is by interviewer id '\(id.shortened)' but lies in the file of '\(file.shortened)'",
            de: "der Bogen stammt von der Kennung '\(id.shortened)', liegt aber in der Datei von '\(file.shortened)'")
    }

    /// A card by another interviewer than its file name says.
    static func otherInterviewer(_ interviewer: String, file: String) -> LocalizedText {
        .init(
            en:
                "the scorecard is by interviewer '\(interviewer.shortened)' but lies in the file of '\(file.shortened)'",
            de: "der Bogen stammt von '\(interviewer.shortened)', liegt aber in der Datei von '\(file.shortened)'")
    }

    /// A card in a store, but not two folders below its root.
    static func notAtStorePlace(_ relative: String) -> LocalizedText {
        .init(
            en:
                "the scorecard lies at '\(relative)' in the store, not at REQUISITION/CANDIDATE/INTERVIEWER.yaml",
            de:
                "der Bogen liegt unter '\(relative)' in der Ablage, nicht unter AUSSCHREIBUNG/KANDIDAT/INTERVIEWER.yaml"
        )
    }

    static let placementEntries: [(name: String, text: LocalizedText)] = [
        ("otherCandidate", otherCandidate("c-1042", folder: "c-1043")),
        ("otherRequisition", otherRequisition("claims-2026-01", folder: "claims-2026-02")),
        ("otherInterviewerID", otherInterviewerID("anna", file: "bernd")),
        ("otherInterviewer", otherInterviewer("Anna Schmidt", file: "bernd")),
        ("notAtStorePlace", notAtStorePlace("c-1042/anna.yaml")),
    ]
}
