import ScoringCore

/// What `hirescore keys` prints when a command succeeds, in both languages (its refusals come from Compliance's
/// KeyFileMessages and KeyRegistrationMessages).
enum KeysCommandMessages: MessageCatalogue {
    /// `keys init` created a key: where it is, its id and the public key for HR (three lines).
    static func created(_ path: String, keyID: String, publicKey: String) -> LocalizedText {
        .init(
            en:
                "key created: \(path) (readable by you only)\nkey id: \(keyID)\npublic key (for HR to register): \(publicKey)",
            de:
                "Schlüssel angelegt: \(path) (nur für Sie lesbar)\nSchlüsselkennung: \(keyID)\nÖffentlicher Schlüssel (für HR zum Registrieren): \(publicKey)"
        )
    }

    /// `keys register` added a key to the key list.
    static func registered(_ keyID: String, name: String, role: String, event: Int) -> LocalizedText {
        .init(
            en: "key registered: \(keyID) for \(name) (\(role)), event \(event)",
            de: "Schlüssel registriert: \(keyID) für \(name) (\(role)), Ereignis \(event)")
    }

    /// `keys revoke` revoked a key.
    static func revoked(_ keyID: String, event: Int) -> LocalizedText {
        .init(en: "key revoked: \(keyID), event \(event)", de: "Schlüssel widerrufen: \(keyID), Ereignis \(event)")
    }

    /// `keys list` on a store without a key list.
    static let noKeys = LocalizedText(
        en: "no keys registered: the store does not sign (v1)",
        de: "keine Schlüssel registriert: die Ablage signiert nicht (v1)")

    /// A key's history in `keys list`: registered by which event, and revoked by which one or still valid.
    static func history(registeredAt: Int, revokedAt: Int?) -> LocalizedText {
        .init(
            en: "registered by event \(registeredAt), " + (revokedAt.map { "revoked by event \($0)" } ?? "valid"),
            de: "registriert mit Ereignis \(registeredAt), "
                + (revokedAt.map { "widerrufen mit Ereignis \($0)" } ?? "gültig"))
    }

    /// `keys countersign` signed one scorecard.
    static func countersigned(_ path: String) -> LocalizedText {
        .init(en: "counter-signed: \(path)", de: "gegengezeichnet: \(path)")
    }

    /// `keys countersign`'s summary.
    static func countersignedCount(_ count: Int) -> LocalizedText {
        .init(en: "\(count) scorecards counter-signed", de: "\(count) Bögen gegengezeichnet")
    }

    /// Every entry, with sample arguments.
    static let entries: [(name: String, text: LocalizedText)] = [
        ("created", created("~/.hirescore/signing-key", keyID: "ed25519:3f2a", publicKey: "ed25519:AAAA")),
        ("registered", registered("ed25519:3f2a", name: "Anna Berg", role: "interviewer", event: 4)),
        ("revoked", revoked("ed25519:3f2a", event: 9)), ("noKeys", noKeys),
        ("history", history(registeredAt: 4, revokedAt: nil)),
        ("history(revoked)", history(registeredAt: 4, revokedAt: 9)),
        ("countersigned", countersigned("r/c/a.yaml")), ("countersignedCount", countersignedCount(3)),
    ]
}
