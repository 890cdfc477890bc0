import ScoringCore

extension SignatureMessages: MessageCatalogue {
    /// Every entry, those with arguments shown with sample arguments (the summary in each of its shapes), for the
    /// test that each has both languages.
    package static var entries: [(name: String, text: LocalizedText)] {
        let signer = SignatureSummary.Signer(name: "Anna Schmidt", keyID: "ed25519:1a2b", scorecards: 2)
        let card = SignatureSummary.Card(candidate: "c-104", interviewer: "b-meier", file: "c-104/b-meier.yaml")
        let none = SignatureSummary([])
        var allSigned = none
        allSigned.scorecards = 2
        allSigned.signers = [signer]
        var oneUnsigned = none
        oneUnsigned.scorecards = 1
        oneUnsigned.unsigned = [card]
        var mixed = allSigned
        mixed.scorecards = 4
        mixed.unsigned = [card]
        mixed.notChecked = [card]
        return [
            ("heading", heading), ("cardHeading", cardHeading), ("draftNotSealed", draftNotSealed),
            ("signedByHeading", signedByHeading),
            ("label(signed)", label(.signed(name: "Anna", keyID: "ed25519:1a2b"))),
            ("label(unsigned)", label(.unsigned)), ("label(notChecked)", label(.notChecked)),
            ("summary(none)", summary(none, naming: true)),
            ("summary(allSigned)", summary(allSigned, naming: true)),
            ("summary(allSigned, counts)", summary(allSigned, naming: false)),
            ("summary(oneUnsigned)", summary(oneUnsigned, naming: true)),
            ("summary(mixed)", summary(mixed, naming: true)), ("summary(mixed, counts)", summary(mixed, naming: false)),
            ("decisionRestsOn", decisionRestsOn(1)), ("decisionRestsOn(2)", decisionRestsOn(2)),
            ("verdict(signed)", verdict(code: "signed", signer: "Anna", keyID: "ed25519:1a2b", reason: nil)),
            ("verdict(refused)", verdict(code: "refused", signer: nil, keyID: nil, reason: "unknown key")),
            ("refusedInExport", refusedInExport(brokenSeal)), ("brokenSeal", brokenSeal),
            ("notCheckedOutsideStore", notCheckedOutsideStore), ("notAStore", notAStore("store")),
            ("checkedAgainst", checkedAgainst("store")),
        ]
    }
}
