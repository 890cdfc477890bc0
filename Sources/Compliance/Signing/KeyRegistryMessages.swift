import ScoringCore

/// Why an audit event's signature is not accepted by the store's key registry, and why a person may not sign in a
/// store (no key, or a key not registered for them). Shown by `audit verify`, `verify` and every signed transaction.
enum KeyRegistryMessages: MessageCatalogue {
    /// The first key registration carries no signature.
    static let firstRegistrationUnsigned = LocalizedText(
        en: "the first key registration is not signed", de: "die erste Schlüsselregistrierung ist nicht signiert")

    /// The first registration's public key is not an Ed25519 key matching the key id it names.
    static let registrationKeyMismatch = LocalizedText(
        en: "the registration's public key is not an Ed25519 key matching its key id",
        de: "der öffentliche Schlüssel der Registrierung ist kein Ed25519-Schlüssel passend zu seiner Kennung")

    /// The first registration's signature does not match the event.
    static let registrationSignatureMismatch = LocalizedText(
        en: "the signature does not match the event (changed after signing, or signed with another key)",
        de:
            "die Signatur passt nicht zum Ereignis (nach dem Signieren geändert oder mit einem anderen Schlüssel signiert)"
    )

    /// The first key is not HR's own, registered by its holder.
    static let firstKeyNotHR = LocalizedText(
        en: "the first key must be HR's own key, registered by its holder",
        de: "der erste Schlüssel muss der eigene Schlüssel von HR sein, von seiner Inhaber*in registriert")

    /// A signed event before any key was registered.
    static let signedBeforeAnyKey = LocalizedText(
        en: "the event is signed, but no key was registered before it",
        de: "das Ereignis ist signiert, aber vor ihm wurde kein Schlüssel registriert")

    /// An unsigned event where every event from `signedFrom` on must be signed.
    static func unsigned(signedFrom: Int) -> LocalizedText {
        .init(
            en:
                "the event is not signed, but every event from event \(signedFrom) on must be (a signature was removed, or the event was added by hand)",
            de:
                "das Ereignis ist nicht signiert, aber jedes Ereignis ab Ereignis \(signedFrom) muss es sein (eine Signatur wurde entfernt oder das Ereignis von Hand eingefügt)"
        )
    }

    /// An event signed with a key the registry does not know.
    static func unregisteredKey(_ keyID: String) -> LocalizedText {
        .init(
            en: "the event is signed with key \(keyID), which is not registered",
            de: "das Ereignis ist mit dem Schlüssel \(keyID) signiert, der nicht registriert ist")
    }

    /// An event signed with a key revoked before it.
    static func revokedKey(_ keyID: String, holder: String, revokedAt: Int) -> LocalizedText {
        .init(
            en:
                "the event is signed with key \(keyID) of '\(holder)', which was revoked by event \(revokedAt)",
            de:
                "das Ereignis ist mit dem Schlüssel \(keyID) von '\(holder)' signiert, der mit Ereignis \(revokedAt) widerrufen wurde"
        )
    }

    /// A registered key's signature that does not match the event.
    static func signatureMismatch(holder: String) -> LocalizedText {
        .init(
            en: "the signature of '\(holder)' does not match the event (changed after signing)",
            de: "die Signatur von '\(holder)' passt nicht zum Ereignis (nach dem Signieren geändert)")
    }

    /// The event's actor is not the key's holder.
    static func actorIsNotSigner(actor: String, holder: String) -> LocalizedText {
        .init(
            en: "the event names '\(actor)' as its actor but is signed by '\(holder)'",
            de: "das Ereignis nennt '\(actor)' als Handelnde*n, ist aber von '\(holder)' signiert")
    }

    /// A key registered or revoked by someone who is not HR.
    static func onlyHRManagesKeys(holder: String, role: String) -> LocalizedText {
        .init(
            en: "only HR registers and revokes keys; '\(holder)' is registered as \(role)",
            de: "nur HR registriert und widerruft Schlüssel; '\(holder)' ist als \(role) registriert")
    }

    /// A member event (`store grant`, `store revoke`) signed by a key that is not HR's.
    static func onlyHRManagesMembers(holder: String, role: String) -> LocalizedText {
        .init(
            en: "only HR grants and revokes store members; '\(holder)' is registered as \(role)",
            de: "nur HR vergibt und entzieht Mitgliedschaften in der Ablage; '\(holder)' ist als \(role) registriert")
    }

    /// A store-setting event (`store init --colleagues-cards`) signed by a key that is not HR's.
    static func onlyHRChangesSettings(holder: String, role: String) -> LocalizedText {
        .init(
            en: "only HR changes the store's settings; '\(holder)' is registered as \(role)",
            de: "nur HR ändert die Einstellungen der Ablage; '\(holder)' ist als \(role) registriert")
    }

    /// A signing store and no key at the default path.
    static func noKey(at path: String) -> LocalizedText {
        .init(
            en:
                "this store signs its scorecards and no signing key was found at \(path); create one with 'hirescore keys init' and have HR register it",
            de:
                "diese Ablage signiert ihre Bögen, und unter \(path) wurde kein Schlüssel gefunden; legen Sie einen mit 'hirescore keys init' an und lassen Sie ihn von HR registrieren"
        )
    }

    /// The person's key is not registered for them, or was revoked.
    static func keyNotRegistered(_ keyID: String, path: String, person: String) -> LocalizedText {
        .init(
            en:
                "your key \(keyID) (\(path)) is not registered for '\(person)' in this store, or was revoked; ask HR to run 'hirescore keys register'",
            de:
                "Ihr Schlüssel \(keyID) (\(path)) ist in dieser Ablage nicht für '\(person)' registriert oder wurde widerrufen; bitten Sie HR um 'hirescore keys register'"
        )
    }

    /// Every entry, with sample arguments.
    static let entries: [(name: String, text: LocalizedText)] = [
        ("firstRegistrationUnsigned", firstRegistrationUnsigned),
        ("registrationKeyMismatch", registrationKeyMismatch),
        ("registrationSignatureMismatch", registrationSignatureMismatch), ("firstKeyNotHR", firstKeyNotHR),
        ("signedBeforeAnyKey", signedBeforeAnyKey), ("unsigned", unsigned(signedFrom: 3)),
        ("unregisteredKey", unregisteredKey("ed25519:ab12")),
        ("revokedKey", revokedKey("ed25519:ab12", holder: "Anna Schmidt", revokedAt: 7)),
        ("signatureMismatch", signatureMismatch(holder: "Anna Schmidt")),
        ("actorIsNotSigner", actorIsNotSigner(actor: "Bo Berg", holder: "Anna Schmidt")),
        ("onlyHRManagesKeys", onlyHRManagesKeys(holder: "Anna Schmidt", role: "interviewer")),
        ("onlyHRManagesMembers", onlyHRManagesMembers(holder: "Anna Schmidt", role: "interviewer")),
        ("onlyHRChangesSettings", onlyHRChangesSettings(holder: "Anna Schmidt", role: "interviewer")),
        ("noKey", noKey(at: "~/.config/hirescore/signing.key")),
        ("keyNotRegistered", keyNotRegistered("ed25519:ab12", path: "k.key", person: "Anna Schmidt")),
    ]
}
