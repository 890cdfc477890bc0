import ScoringCore

/// Why a scorecard's signature is refused ("its signature is refused: …" in `verify`, `merge` and `audit verify`).
enum CardSignatureMessages: MessageCatalogue {
    /// A card that was signed and lost its signature.
    static let signatureRemoved = LocalizedText(
        en: "it was signed and its signature has been removed (a downgrade to an unsigned v1 seal)",
        de: "er war signiert, und seine Signatur wurde entfernt (Herabstufung auf ein unsigniertes v1-Siegel)")

    /// An unsigned card in a store that signs every card since `signedFrom`.
    static func unsigned(signedFrom: Int) -> LocalizedText {
        .init(
            en:
                "it is not signed, but the store signs every scorecard submitted since event \(signedFrom) (a signature was removed or the card was added by hand)",
            de:
                "er ist nicht signiert, aber die Ablage signiert jeden seit Ereignis \(signedFrom) abgegebenen Bogen (eine Signatur wurde entfernt oder der Bogen von Hand hinzugefügt)"
        )
    }

    /// A card signed with a key the store does not list.
    static func unregisteredKey(_ keyID: String) -> LocalizedText {
        .init(
            en: "it is signed with key \(keyID), which is not registered in the store's key list",
            de: "er ist mit dem Schlüssel \(keyID) signiert, der nicht in der Schlüsselliste der Ablage steht")
    }

    /// A signature that does not match the card's seal.
    static func sealMismatch(holder: String) -> LocalizedText {
        .init(
            en:
                "the signature of '\(holder)' does not match its seal (the card was changed and resealed after signing)",
            de:
                "die Signatur von '\(holder)' passt nicht zu seinem Siegel (der Bogen wurde nach dem Signieren geändert und neu versiegelt)"
        )
    }

    /// A card by one interviewer signed by another.
    static func signedByAnother(interviewer: String, holder: String) -> LocalizedText {
        .init(
            en: "it is by '\(interviewer)' but signed by '\(holder)'",
            de: "er stammt von '\(interviewer)', ist aber von '\(holder)' signiert")
    }

    /// A signature no audit event carries.
    static let notInLog = LocalizedText(
        en: "its signature is not recorded in the audit log (no submit, countersign or amend event carries it)",
        de:
            "seine Signatur ist nicht im Protokoll erfasst (kein Abgabe-, Gegenzeichnungs- oder Korrektur-Ereignis enthält sie)"
    )

    /// A card signed with a key that was not valid when the signature was recorded.
    static func keyNotValid(_ keyID: String, holder: String, event: Int) -> LocalizedText {
        .init(
            en: "it was signed with key \(keyID) of '\(holder)', which was not valid at event \(event)",
            de:
                "er wurde mit dem Schlüssel \(keyID) von '\(holder)' signiert, der bei Ereignis \(event) nicht gültig war"
        )
    }

    /// A countersignature that does not verify.
    static let invalidSignature = LocalizedText(en: "invalid signature", de: "ungültige Signatur")

    /// Every entry, with sample arguments.
    static let entries: [(name: String, text: LocalizedText)] = [
        ("signatureRemoved", signatureRemoved), ("unsigned", unsigned(signedFrom: 3)),
        ("unregisteredKey", unregisteredKey("ed25519:ab12")), ("sealMismatch", sealMismatch(holder: "Anna Schmidt")),
        ("signedByAnother", signedByAnother(interviewer: "Bo Berg", holder: "Anna Schmidt")),
        ("notInLog", notInLog), ("keyNotValid", keyNotValid("ed25519:ab12", holder: "Anna Schmidt", event: 9)),
        ("invalidSignature", invalidSignature),
    ]
}
