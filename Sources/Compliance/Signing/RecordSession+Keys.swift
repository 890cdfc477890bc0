import Foundation
import ScoringCore

extension RecordSession {
    /// The store's key list, as the log says now.
    public var keyRegistry: KeyRegistry { KeyRegistry(events: log.events().events.map(\.event)) }

    /// Adds a public key to the store's key list (a `key-register` event, signed by the acting HR key).
    ///
    /// The first key of a store is HR's own, registered by its holder (the event is signed with the key it
    /// registers); every later registration is signed by a registered HR key.
    @discardableResult
    public func registerKey(publicKey text: String, name: String, role: String, actor: String) throws(StoreLedger
        .LedgerError) -> AuditLog.Event
    {
        guard let key = PublicKey(text: text.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw .init(
                message: KeyRegistrationMessages.notAPublicKey(text.shortened),
                code: .invalidRequest)
        }
        guard KeyRegistry.roles.contains(role) else {
            throw .init(
                message: KeyRegistrationMessages.unknownRole(role.shortened, roles: KeyRegistry.roles),
                code: .invalidRequest)
        }
        let name = name.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty, !name.unicodeScalars.contains(where: { TerminalText.isControl($0) }) else {
            throw .init(
                message: KeyRegistrationMessages.invalidName,
                code: .invalidRequest)
        }
        let registry = keyRegistry
        if registry.entries[key.id] != nil {
            throw .init(
                message: KeyRegistrationMessages.alreadyRegistered(key.id, name: registry.entries[key.id]?.name ?? ""))
        }
        if let active = registry.entries.values.first(where: { $0.name == name && $0.revokedAt == nil }) {
            throw .init(message: KeyRegistrationMessages.activeKeyExists(name, keyID: active.id))
        }
        return try commit(
            .init(
                event: AuditLog.EventKind.keyRegister, actor: actor,
                details: ["key-id": key.id, "public-key": key.text, "name": name, "role": role]),
            step: "key-register")
    }

    /// Revokes a registered key (a `key-revoke` event); what it signed before stays valid.
    @discardableResult
    public func revokeKey(id: String, reason: String?, actor: String) throws(StoreLedger.LedgerError) -> AuditLog.Event
    {
        let registry = keyRegistry
        guard let entry = registry.entries[id] else {
            throw .init(
                message: KeyRegistrationMessages.unknownKey(id.shortened),
                code: .invalidRequest)
        }
        guard entry.revokedAt == nil else {
            throw .init(message: KeyRegistrationMessages.alreadyRevoked(id, event: entry.revokedAt ?? 0))
        }
        var details = ["key-id": id]
        if let reason, !reason.isEmpty { details["reason"] = reason }
        return try commit(
            .init(event: AuditLog.EventKind.keyRevoke, actor: actor, details: details), step: "key-revoke")
    }
}
