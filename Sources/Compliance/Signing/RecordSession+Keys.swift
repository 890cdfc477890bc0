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
                message: .init(
                    en:
                        "'\(text.shortened)' is not an Ed25519 public key ('ed25519:' and 32 bytes in Base64, as 'hirescore keys init' prints it)",
                    de:
                        "'\(text.shortened)' ist kein öffentlicher Ed25519-Schlüssel ('ed25519:' und 32 Byte in Base64, wie 'hirescore keys init' ihn ausgibt)"
                ),
                code: .invalidRequest)
        }
        guard KeyRegistry.roles.contains(role) else {
            throw .init(
                message: .init(
                    en:
                        "the role must be one of \(KeyRegistry.roles.joined(separator: ", ")), found '\(role.shortened)'",
                    de:
                        "die Rolle muss eine von \(KeyRegistry.roles.joined(separator: ", ")) sein, gefunden: '\(role.shortened)'"
                ),
                code: .invalidRequest)
        }
        let name = name.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty, !name.unicodeScalars.contains(where: { TerminalText.isControl($0) }) else {
            throw .init(
                message: .init(
                    en: "the name must not be empty or contain control characters",
                    de: "der Name darf nicht leer sein und keine Steuerzeichen enthalten"),
                code: .invalidRequest)
        }
        let registry = keyRegistry
        if registry.entries[key.id] != nil {
            throw .init(
                message: .init(
                    en: "key \(key.id) is already registered (for '\(registry.entries[key.id]?.name ?? "")')",
                    de:
                        "der Schlüssel \(key.id) ist bereits registriert (für '\(registry.entries[key.id]?.name ?? "")')"
                ))
        }
        if let active = registry.entries.values.first(where: { $0.name == name && $0.revokedAt == nil }) {
            throw .init(
                message: .init(
                    en:
                        "'\(name)' already has the active key \(active.id); revoke it first ('hirescore keys revoke \(active.id)')",
                    de:
                        "'\(name)' hat bereits den gültigen Schlüssel \(active.id); widerrufen Sie ihn zuerst ('hirescore keys revoke \(active.id)')"
                ))
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
                message: .init(
                    en: "no key \(id.shortened) in the store's key list ('hirescore keys list' shows them)",
                    de:
                        "kein Schlüssel \(id.shortened) in der Schlüsselliste der Ablage ('hirescore keys list' zeigt sie)"
                ),
                code: .invalidRequest)
        }
        guard entry.revokedAt == nil else {
            throw .init(
                message: .init(
                    en: "key \(id) was already revoked by event \(entry.revokedAt ?? 0)",
                    de: "der Schlüssel \(id) wurde bereits mit Ereignis \(entry.revokedAt ?? 0) widerrufen"))
        }
        var details = ["key-id": id]
        if let reason, !reason.isEmpty { details["reason"] = reason }
        return try commit(
            .init(event: AuditLog.EventKind.keyRevoke, actor: actor, details: details), step: "key-revoke")
    }
}
