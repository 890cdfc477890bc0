import Foundation
import ScoringCore

/// The head of the audit chain at one moment (event count, hash, time), signed by the person who took
/// it, for HR to keep outside the store (a ticket, an e-mail, a printed page).
///
/// `audit verify --checkpoint TEXT` proves the log still contains that head unchanged: removing events
/// (truncation, emptying, deleting the log) or rewriting any event up to it is caught, which the chain
/// alone cannot show. The text is one line of canonical JSON.
public struct Checkpoint: Codable, Sendable, Hashable {
    /// `hirescore/checkpoint@1`.
    public var schema: String
    /// The number of events in the log.
    public var events: Int
    /// The hash of the last event (the genesis hash for an empty log).
    public var head: String
    /// When it was taken (ISO 8601, UTC).
    public var time: String
    /// Who took it.
    public var actor: String
    /// The signature (`ed25519:KEYID:BASE64`) over the other fields; absent when the taker has no key.
    public var signature: String?

    enum CodingKeys: String, CodingKey {
        case schema, events, head, time, actor
        case signature = "sig"
    }

    static let currentSchema = "hirescore/checkpoint@1"

    /// The canonical text.
    public var text: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(self)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }

    /// What the signature covers: the text without the signature.
    var signedText: String {
        var copy = self
        copy.signature = nil
        return copy.text
    }

    /// Reads a checkpoint; nil unless the text is exactly one checkpoint in its canonical form.
    public init?(text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let decoded = try? JSONDecoder().decode(Checkpoint.self, from: Data(trimmed.utf8)),
            decoded.schema == Checkpoint.currentSchema,
            decoded.text == trimmed
        else { return nil }
        self = decoded
    }

    init(events: Int, head: String, time: String, actor: String) {
        self.schema = Checkpoint.currentSchema
        self.events = events
        self.head = head
        self.time = time
        self.actor = actor
    }
}

extension AuditLog {
    /// The log's head now, signed with ``signer`` when there is one.
    public func checkpoint(actor: String) -> Checkpoint {
        let events = events().events.map(\.event)
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        var checkpoint = Checkpoint(
            events: events.count, head: events.last?.hash ?? AuditLog.genesis, time: formatter.string(from: now()),
            actor: actor)
        if let signer { checkpoint.signature = signer.signature(.checkpoint, checkpoint.signedText) }
        return checkpoint
    }

    /// Whether the log still contains the head a checkpoint recorded, and who signed the checkpoint.
    public func verify(checkpoint text: String) -> [Problem] {
        guard let checkpoint = Checkpoint(text: text) else {
            return [Problem(line: nil, message: CheckpointMessages.notACheckpoint)]
        }
        var problems: [Problem] = []
        let events = events().events.map(\.event)
        let registry = KeyRegistry(events: events)
        if let signature = checkpoint.signature {
            switch ParsedSignature.parse(signature) {
            case .failure(let error):
                problems.append(Problem(line: nil, message: CheckpointMessages.malformedSignature(error.message)))
            case .success(let parsed):
                if let entry = registry.entries[parsed.keyID] {
                    if !entry.publicKey.verifies(parsed, .checkpoint, checkpoint.signedText)
                        || entry.name != checkpoint.actor
                    {
                        problems.append(
                            Problem(line: nil, message: CheckpointMessages.signatureMismatch(actor: checkpoint.actor)))
                    }
                } else {
                    problems.append(Problem(line: nil, message: CheckpointMessages.unknownKey(parsed.keyID)))
                }
            }
        }
        if !FileManager.default.fileExists(atPath: ledger.auditLogPath) && checkpoint.events > 0 {
            problems.append(
                Problem(
                    line: nil,
                    message: CheckpointMessages.logMissing(time: checkpoint.time, events: checkpoint.events)))
        } else if events.count < checkpoint.events {
            problems.append(
                Problem(
                    line: nil,
                    message: CheckpointMessages.eventsRemoved(
                        found: events.count, time: checkpoint.time, recorded: checkpoint.events)))
        } else if checkpoint.events > 0, events[checkpoint.events - 1].hash != checkpoint.head {
            problems.append(
                Problem(
                    line: checkpoint.events,
                    message: CheckpointMessages.headRewritten(event: checkpoint.events, time: checkpoint.time)))
        }
        return problems
    }
}
