import Foundation
import ScoringCore

/// The store's key list: the public keys registered in the audit log (`key-register` events), with the
/// person's name and role, and their revocations (`key-revoke`).
///
/// The list is the replay of the log, so it is as tamper-evident as the log itself: editing a
/// registration by hand breaks that line's hash and signature. A key is valid for an event after its
/// registration and before its revocation; what it signed before the revocation stays valid.
public struct KeyRegistry: Sendable {
    /// One registered key.
    public struct Entry: Sendable, Hashable {
        /// The key's id (`ed25519:` and 16 hex digits).
        public var id: String
        /// The public key.
        public var publicKey: PublicKey
        /// The person's name, as they act in the log.
        public var name: String
        /// `interviewer` or `hr`.
        public var role: String
        /// The sequence number of the registration.
        public var registeredAt: Int
        /// The sequence number of the revocation, if revoked.
        public var revokedAt: Int?

        /// Whether the key may sign event `sequence` (registered before it, not revoked before it).
        public func isValid(at sequence: Int) -> Bool {
            registeredAt < sequence && (revokedAt.map { sequence < $0 } ?? true)
        }
    }

    /// The roles a key can have.
    public static let roles = ["interviewer", "hr"]

    /// The keys by id.
    public private(set) var entries: [String: Entry] = [:]
    /// The sequence number of the first registration: from there on, every event must be signed.
    public private(set) var signedFrom: Int?

    /// An empty list.
    public init() {}

    /// The list as the events say.
    public init(events: [AuditLog.Event]) {
        for event in events { apply(event) }
    }

    /// Whether the store signs its records.
    public var isEmpty: Bool { entries.isEmpty }

    /// Applies a `key-register` or `key-revoke` event (others are ignored).
    public mutating func apply(_ event: AuditLog.Event) {
        switch event.event {
        case AuditLog.EventKind.keyRegister:
            guard let id = event.details["key-id"], let text = event.details["public-key"],
                let key = PublicKey(text: text), key.id == id,
                let name = event.details["name"], let role = event.details["role"], entries[id] == nil
            else { return }
            entries[id] = Entry(id: id, publicKey: key, name: name, role: role, registeredAt: event.sequence)
            if signedFrom == nil { signedFrom = event.sequence }
        case AuditLog.EventKind.keyRevoke:
            guard let id = event.details["key-id"], entries[id]?.revokedAt == nil else { return }
            entries[id]?.revokedAt = event.sequence
        default:
            break
        }
    }

    /// Why `event` is not properly signed given the keys registered before it; nil when it is (or when
    /// the log does not sign yet and the event is unsigned, as in stores written before signatures).
    public func signatureProblem(of event: AuditLog.Event) -> LocalizedText? {
        let hash = event.hash ?? ""
        if entries.isEmpty {
            if event.event == AuditLog.EventKind.keyRegister {
                // The first key is registered by its own holder, who must be HR.
                guard let text = event.signature else {
                    return .init(
                        en: "the first key registration is not signed",
                        de: "die erste Schlüsselregistrierung ist nicht signiert")
                }
                let parsed: ParsedSignature
                switch ParsedSignature.parse(text) {
                case .success(let value): parsed = value
                case .failure(let error): return error.message
                }
                guard let key = event.details["public-key"].flatMap(PublicKey.init(text:)),
                    key.id == event.details["key-id"]
                else {
                    return .init(
                        en: "the registration's public key is not an Ed25519 key matching its key id",
                        de:
                            "der öffentliche Schlüssel der Registrierung ist kein Ed25519-Schlüssel passend zu seiner Kennung"
                    )
                }
                guard key.verifies(parsed, .event, hash) else {
                    return .init(
                        en:
                            "the signature does not match the event (changed after signing, or signed with another key)",
                        de:
                            "die Signatur passt nicht zum Ereignis (nach dem Signieren geändert oder mit einem anderen Schlüssel signiert)"
                    )
                }
                guard event.details["role"] == "hr", event.details["name"] == event.actor else {
                    return .init(
                        en: "the first key must be HR's own key, registered by its holder",
                        de:
                            "der erste Schlüssel muss der eigene Schlüssel von HR sein, von seiner Inhaber*in registriert"
                    )
                }
                return nil
            }
            return event.signature == nil
                ? nil
                : .init(
                    en: "the event is signed, but no key was registered before it",
                    de: "das Ereignis ist signiert, aber vor ihm wurde kein Schlüssel registriert")
        }
        guard let text = event.signature else {
            return .init(
                en:
                    "the event is not signed, but every event from event \(signedFrom ?? 1) on must be (a signature was removed, or the event was added by hand)",
                de:
                    "das Ereignis ist nicht signiert, aber jedes Ereignis ab Ereignis \(signedFrom ?? 1) muss es sein (eine Signatur wurde entfernt oder das Ereignis von Hand eingefügt)"
            )
        }
        let parsed: ParsedSignature
        switch ParsedSignature.parse(text) {
        case .success(let value): parsed = value
        case .failure(let error): return error.message
        }
        guard let entry = entries[parsed.keyID] else {
            return .init(
                en: "the event is signed with key \(parsed.keyID), which is not registered",
                de: "das Ereignis ist mit dem Schlüssel \(parsed.keyID) signiert, der nicht registriert ist")
        }
        guard entry.isValid(at: event.sequence) else {
            return .init(
                en:
                    "the event is signed with key \(parsed.keyID) of '\(entry.name)', which was revoked by event \(entry.revokedAt ?? 0)",
                de:
                    "das Ereignis ist mit dem Schlüssel \(parsed.keyID) von '\(entry.name)' signiert, der mit Ereignis \(entry.revokedAt ?? 0) widerrufen wurde"
            )
        }
        guard entry.publicKey.verifies(parsed, .event, hash) else {
            return .init(
                en: "the signature of '\(entry.name)' does not match the event (changed after signing)",
                de: "die Signatur von '\(entry.name)' passt nicht zum Ereignis (nach dem Signieren geändert)")
        }
        guard entry.name == event.actor else {
            return .init(
                en: "the event names '\(event.actor)' as its actor but is signed by '\(entry.name)'",
                de: "das Ereignis nennt '\(event.actor)' als Handelnde*n, ist aber von '\(entry.name)' signiert")
        }
        if [AuditLog.EventKind.keyRegister, AuditLog.EventKind.keyRevoke].contains(event.event), entry.role != "hr" {
            return .init(
                en: "only HR registers and revokes keys; '\(entry.name)' is registered as \(entry.role)",
                de: "nur HR registriert und widerruft Schlüssel; '\(entry.name)' ist als \(entry.role) registriert")
        }
        return nil
    }
}

extension KeyRegistry {
    /// Why `person` cannot sign in the store at `storeRoot` with `key`; nil when they can, or when the
    /// store does not sign. Checked by `enter` before the interview starts.
    public static func signingProblem(storeRoot: String, person: String, key: SigningKey?) -> LocalizedText? {
        let registry = CardSignatures(storeRoot: storeRoot).registry
        guard !registry.isEmpty else { return nil }
        guard let key else {
            return .init(
                en:
                    "this store signs its scorecards and no signing key was found at \(SigningKey.defaultPath()); create one with 'hirescore keys init' and have HR register it",
                de:
                    "diese Ablage signiert ihre Bögen, und unter \(SigningKey.defaultPath()) wurde kein Schlüssel gefunden; legen Sie einen mit 'hirescore keys init' an und lassen Sie ihn von HR registrieren"
            )
        }
        guard let entry = registry.entries[key.keyID], entry.revokedAt == nil, entry.name == person else {
            return .init(
                en:
                    "your key \(key.keyID) (\(key.path)) is not registered for '\(person)' in this store, or was revoked; ask HR to run 'hirescore keys register'",
                de:
                    "Ihr Schlüssel \(key.keyID) (\(key.path)) ist in dieser Ablage nicht für '\(person)' registriert oder wurde widerrufen; bitten Sie HR um 'hirescore keys register'"
            )
        }
        return nil
    }
}
