import ScoringCore

/// What is said when a submitted scorecard is signed and logged, or counter-signed later: a missing, unregistered
/// or foreign key, and a card that cannot be signed. `error` arguments are a file error's own description.
package enum SubmissionMessages: MessageCatalogue {
    /// A signing store, and the interviewer has no key at the default path.
    package static func noSigningKey(_ keyPath: String, card: String) -> LocalizedText {
        .init(
            en:
                "this store signs its scorecards, and no signing key was found at \(keyPath); create one with 'hirescore keys init' and have HR register it; \(card) stays sealed but unsubmitted in the log",
            de:
                "diese Ablage signiert ihre Bögen, und unter \(keyPath) wurde kein Schlüssel gefunden; legen Sie einen mit 'hirescore keys init' an und lassen Sie ihn von HR registrieren; \(card) bleibt versiegelt, aber im Protokoll nicht abgegeben"
        )
    }

    /// The acting key is not in the store's key list, or was revoked.
    package static func keyNotRegistered(_ keyID: String, path: String) -> LocalizedText {
        .init(
            en:
                "your key \(keyID) (\(path)) is not registered in this store (or was revoked); ask HR to run 'hirescore keys register'",
            de:
                "Ihr Schlüssel \(keyID) (\(path)) ist in dieser Ablage nicht registriert (oder widerrufen); bitten Sie HR um 'hirescore keys register'"
        )
    }

    /// The acting key belongs to someone other than the card's interviewer.
    package static func notYourCard(_ card: String, interviewer: String, keyHolder: String) -> LocalizedText {
        .init(
            en:
                "\(card) is by '\(interviewer)', but your key is registered for '\(keyHolder)'; only the interviewer signs their own scorecard",
            de:
                "\(card) stammt von '\(interviewer)', Ihr Schlüssel ist aber für '\(keyHolder)' registriert; nur die Interviewer*in signiert den eigenen Bogen"
        )
    }

    /// The signed card cannot be written.
    package static func cannotSign(_ card: String, error: String) -> LocalizedText {
        .init(en: "cannot sign \(card): \(error)", de: "\(card) kann nicht signiert werden: \(error)")
    }

    /// Counter-signing without a registered key.
    package static func countersignNeedsKey(_ keyPath: String) -> LocalizedText {
        .init(
            en:
                "counter-signing needs your registered signing key (\(keyPath)); create it with 'hirescore keys init' and have HR register it",
            de:
                "Gegenzeichnen braucht Ihren registrierten Schlüssel (\(keyPath)); legen Sie ihn mit 'hirescore keys init' an und lassen Sie ihn von HR registrieren"
        )
    }

    /// A card to counter-sign that cannot be read or whose seal fails; counter-signing stops there.
    package static func cannotCountersign(_ card: String) -> LocalizedText {
        .init(
            en:
                "\(card) cannot be counter-signed: it cannot be read or its seal does not hold; nothing more was signed",
            de:
                "\(card) kann nicht gegengezeichnet werden: er ist nicht lesbar oder sein Siegel stimmt nicht; nichts weiter wurde signiert"
        )
    }

    /// Every entry, with sample arguments.
    package static let entries: [(name: String, text: LocalizedText)] = [
        ("noSigningKey", noSigningKey("~/.hirescore/signing-key", card: "r/c/a.yaml")),
        ("keyNotRegistered", keyNotRegistered("3f2a9c01b7de", path: "~/.hirescore/signing-key")),
        ("notYourCard", notYourCard("r/c/a.yaml", interviewer: "Anna Berg", keyHolder: "Ben Roth")),
        ("cannotSign", cannotSign("r/c/a.yaml", error: "cannot write r/c/a.yaml: Permission denied")),
        ("countersignNeedsKey", countersignNeedsKey("~/.hirescore/signing-key")),
        ("cannotCountersign", cannotCountersign("r/c/a.yaml")),
    ]
}
