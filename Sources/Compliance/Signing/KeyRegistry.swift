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
                    return KeyRegistryMessages.firstRegistrationUnsigned
                }
                let parsed: ParsedSignature
                switch ParsedSignature.parse(text) {
                case .success(let value): parsed = value
                case .failure(let error): return error.message
                }
                guard let key = event.details["public-key"].flatMap(PublicKey.init(text:)),
                    key.id == event.details["key-id"]
                else {
                    return KeyRegistryMessages.registrationKeyMismatch
                }
                guard key.verifies(parsed, .event, hash) else {
                    return KeyRegistryMessages.registrationSignatureMismatch
                }
                guard event.details["role"] == "hr", event.details["name"] == event.actor else {
                    return KeyRegistryMessages.firstKeyNotHR
                }
                return nil
            }
            return event.signature == nil
                ? nil
                : KeyRegistryMessages.signedBeforeAnyKey
        }
        guard let text = event.signature else {
            return KeyRegistryMessages.unsigned(signedFrom: signedFrom ?? 1)
        }
        let parsed: ParsedSignature
        switch ParsedSignature.parse(text) {
        case .success(let value): parsed = value
        case .failure(let error): return error.message
        }
        guard let entry = entries[parsed.keyID] else {
            return KeyRegistryMessages.unregisteredKey(parsed.keyID)
        }
        guard entry.isValid(at: event.sequence) else {
            return KeyRegistryMessages.revokedKey(parsed.keyID, holder: entry.name, revokedAt: entry.revokedAt ?? 0)
        }
        guard entry.publicKey.verifies(parsed, .event, hash) else {
            return KeyRegistryMessages.signatureMismatch(holder: entry.name)
        }
        guard entry.name == event.actor else {
            return KeyRegistryMessages.actorIsNotSigner(actor: event.actor, holder: entry.name)
        }
        if [AuditLog.EventKind.keyRegister, AuditLog.EventKind.keyRevoke].contains(event.event), entry.role != "hr" {
            return KeyRegistryMessages.onlyHRManagesKeys(holder: entry.name, role: entry.role)
        }
        if [AuditLog.EventKind.memberGrant, AuditLog.EventKind.memberRevoke].contains(event.event), entry.role != "hr" {
            return KeyRegistryMessages.onlyHRManagesMembers(holder: entry.name, role: entry.role)
        }
        if event.event == AuditLog.EventKind.storeSetting, entry.role != "hr" {
            return KeyRegistryMessages.onlyHRChangesSettings(holder: entry.name, role: entry.role)
        }
        return nil
    }
}

extension KeyRegistry {
    /// Why `person` cannot sign in the store at `storeRoot` with `key`; nil when they can, or when the
    /// store does not sign. Checked by `enter` before the interview starts.
    public static func signingProblem(storeRoot: String, person: String, key: SigningKey?) -> LocalizedText? {
        CardSignatures(storeRoot: storeRoot).registry.signingProblem(person: person, key: key)
    }

    /// Why `person` cannot sign with `key` in a store with this key list; nil when they can, or when the list is
    /// empty (the store does not sign). The same check for a folder store and a database store.
    public func signingProblem(person: String, key: SigningKey?) -> LocalizedText? {
        guard !isEmpty else { return nil }
        guard let key else {
            return KeyRegistryMessages.noKey(at: SigningKey.defaultPath())
        }
        guard let entry = entries[key.keyID], entry.revokedAt == nil, entry.name == person else {
            return KeyRegistryMessages.keyNotRegistered(key.keyID, path: key.path, person: person)
        }
        return nil
    }
}
