import ScoringCore

/// Why `keys register` and `keys revoke` refuse a request: a public key, role or name that is not valid, a key
/// registered twice, a person with an active key, and a key that is unknown or already revoked.
package enum KeyRegistrationMessages: MessageCatalogue {
    /// A text that is no Ed25519 public key.
    package static func notAPublicKey(_ text: String) -> LocalizedText {
        .init(
            en:
                "'\(text)' is not an Ed25519 public key ('ed25519:' and 32 bytes in Base64, as 'hirescore keys init' prints it)",
            de:
                "'\(text)' ist kein öffentlicher Ed25519-Schlüssel ('ed25519:' und 32 Byte in Base64, wie 'hirescore keys init' ihn ausgibt)"
        )
    }

    /// A role that is not one of the key list's roles.
    package static func unknownRole(_ role: String, roles: [String]) -> LocalizedText {
        .init(
            en: "the role must be one of \(roles.joined(separator: ", ")), found '\(role)'",
            de: "die Rolle muss eine von \(roles.joined(separator: ", ")) sein, gefunden: '\(role)'")
    }

    /// An empty name, or one with control characters.
    package static let invalidName = LocalizedText(
        en: "the name must not be empty or contain control characters",
        de: "der Name darf nicht leer sein und keine Steuerzeichen enthalten")

    /// A key that is in the key list already.
    package static func alreadyRegistered(_ keyID: String, name: String) -> LocalizedText {
        .init(
            en: "key \(keyID) is already registered (for '\(name)')",
            de: "der Schlüssel \(keyID) ist bereits registriert (für '\(name)')")
    }

    /// A person who has an active key already, with how to revoke it.
    package static func activeKeyExists(_ name: String, keyID: String) -> LocalizedText {
        .init(
            en: "'\(name)' already has the active key \(keyID); revoke it first ('hirescore keys revoke \(keyID)')",
            de:
                "'\(name)' hat bereits den gültigen Schlüssel \(keyID); widerrufen Sie ihn zuerst ('hirescore keys revoke \(keyID)')"
        )
    }

    /// A key id that is not in the key list.
    package static func unknownKey(_ keyID: String) -> LocalizedText {
        .init(
            en: "no key \(keyID) in the store's key list ('hirescore keys list' shows them)",
            de: "kein Schlüssel \(keyID) in der Schlüsselliste der Ablage ('hirescore keys list' zeigt sie)")
    }

    /// A key revoked before, by the event named.
    package static func alreadyRevoked(_ keyID: String, event: Int) -> LocalizedText {
        .init(
            en: "key \(keyID) was already revoked by event \(event)",
            de: "der Schlüssel \(keyID) wurde bereits mit Ereignis \(event) widerrufen")
    }

    /// Every entry, with sample arguments.
    package static let entries: [(name: String, text: LocalizedText)] = [
        ("notAPublicKey", notAPublicKey("ed25519:abc")),
        ("unknownRole", unknownRole("boss", roles: ["hr", "interviewer"])), ("invalidName", invalidName),
        ("alreadyRegistered", alreadyRegistered("3f2a9c01b7de", name: "Anna Berg")),
        ("activeKeyExists", activeKeyExists("Anna Berg", keyID: "3f2a9c01b7de")),
        ("unknownKey", unknownKey("3f2a9c01b7de")), ("alreadyRevoked", alreadyRevoked("3f2a9c01b7de", event: 7)),
    ]
}
