import Foundation
import Panel
import ScoringCore

/// Judges the signatures of a store's scorecards against the key list in its audit log.
///
/// A card is *signed* when its `signature:` is its interviewer's registered key's signature of its seal,
/// and the audit log records that signature (in the card's `submit` or `countersign` event) at a time
/// when the key was valid. A card without a signature is *unsigned (v1)* when it was submitted before the
/// store's first key registration; after that, a missing signature is a downgrade and refused.
public struct CardSignatures: Sendable {
    /// What a card's signature says.
    public enum Verdict: Sendable, Hashable {
        /// Submitted before signatures and never counter-signed.
        case unsigned
        /// Signed by this registered person.
        case signed(name: String, keyID: String)
        /// Refused, with the reason.
        case refused(LocalizedText)
        /// Signed, but not checked: the card lies outside a store, so there is no key list to check it against.
        case notChecked

        /// The verdict as a merge takes it: refused, or accepted with who signed the card.
        public var panelVerdict: SignatureVerdict {
            switch self {
            case .unsigned: return .accepted(.unsigned)
            case .signed(let name, let keyID): return .accepted(.signed(name: name, keyID: keyID))
            case .notChecked: return .accepted(.notChecked)
            case .refused(let reason): return .refused(reason)
            }
        }
    }

    /// The store's root.
    public let storeRoot: String
    /// The key list.
    public let registry: KeyRegistry
    /// What a verdict needs of an event that names a card (submit, countersign, amend): its number in the log and the
    /// signature it recorded. Kept instead of the whole event: a campaign's log names every card, and 50,000 whole
    /// events held for the length of a merge took about 150 MB.
    struct CardEvent: Sendable {
        /// The event's sequence number.
        var sequence: Int
        /// The card signature the event recorded (`details["signature"]`), if any.
        var signature: String?
    }

    /// Events that name each card path (submit, countersign, amend), in log order.
    let cardEvents: [String: [CardEvent]]
    /// The same events by the seal they name, for a card copied out of the store (its path is not the store's).
    let cardEventsBySeal: [String: [CardEvent]]
    /// Signatures found valid before (from the user's cache), which stand for the Ed25519 check of exactly the same
    /// key, signature and seal; nil checks every signature.
    package var verified: VerifiedSignatures?

    /// Reads the key list and the card events of the store at `storeRoot`.
    public init(storeRoot: String) {
        self.init(
            storeRoot: storeRoot,
            events: AuditLog(ledger: StoreLedger(storeRoot: storeRoot)).events().events.map(\.event))
    }

    /// Reads the key list and the events of the cards at `cards` (paths relative to `storeRoot`) only: enough to
    /// judge those cards by their path, as a merge of some candidates of a large store does, without decoding
    /// the log's other lines. A card judged by its seal (a copy) or by another path finds no events.
    /// With `cache`, the lines are found through the user's index of the log (the same events; see
    /// `AuditLogIndex`).
    public init(storeRoot: String, cards: Set<String>, cache: UserCache? = nil) {
        self.init(
            storeRoot: storeRoot,
            events: AuditLog(ledger: StoreLedger(storeRoot: storeRoot)).keyAndCardEvents(cards: cards, cache: cache))
    }

    private init(storeRoot: String, events: [AuditLog.Event]) {
        self.storeRoot = storeRoot
        registry = KeyRegistry(events: events)
        var byPath: [String: [CardEvent]] = [:]
        var bySeal: [String: [CardEvent]] = [:]
        for event in events
        where [AuditLog.EventKind.submit, AuditLog.EventKind.countersign, AuditLog.EventKind.amend].contains(
            event.event)
        {
            // An amendment signs its new card (the first file); the card it superseded keeps its own events.
            let cardEvent = CardEvent(sequence: event.sequence, signature: event.details["signature"])
            for file in event.event == AuditLog.EventKind.amend ? Array(event.files.prefix(1)) : event.files {
                byPath[file.path, default: []].append(cardEvent)
                bySeal[file.seal, default: []].append(cardEvent)
            }
        }
        cardEvents = byPath
        cardEventsBySeal = bySeal
    }

    /// The store root holding `path` (the nearest folder above it with a `.hirescore` folder), if any.
    public static func storeRoot(containing path: String) -> String? {
        ScorecardStore.root(containing: path)
    }

    /// The verdict on a sealed scorecard at `path` with `seal` and `signature`, by `interviewer`.
    public func verdict(path: String, seal: String, signature: String?, interviewer: String) -> Verdict {
        verdict(
            relativePath: StoreFiles.relative(
                URL(fileURLWithPath: path).standardizedFileURL.path,
                to: URL(fileURLWithPath: storeRoot).standardizedFileURL.path),
            seal: seal, signature: signature, interviewer: interviewer)
    }

    /// ``verdict(path:seal:signature:interviewer:)`` of the card at `relative` inside the store (as
    /// ``StoreFiles/relative(_:to:)`` gives it).
    func verdict(relativePath relative: String, seal: String, signature: String?, interviewer: String) -> Verdict {
        if relative.contains("/" + Amendment.supersededFolder + "/") {
            // A superseded card is kept under a new path; the events that signed it name it by its seal.
            return verdict(copyWithSeal: seal, signature: signature, interviewer: interviewer)
        }
        return verdict(events: cardEvents[relative] ?? [], seal: seal, signature: signature, interviewer: interviewer)
    }

    /// The verdict on a sealed scorecard that lies outside this store (a copy sent by e-mail, an export), with
    /// `seal`, `signature` and `interviewer`: checked like a card in the store, with the store's submit and
    /// countersign events found by the card's seal instead of its path.
    public func verdict(copyWithSeal seal: String, signature: String?, interviewer: String) -> Verdict {
        verdict(events: cardEventsBySeal[seal] ?? [], seal: seal, signature: signature, interviewer: interviewer)
    }

    /// The verdict given the store's events about the card (submit, countersign), in log order.
    private func verdict(events: [CardEvent], seal: String, signature: String?, interviewer: String) -> Verdict {
        guard let signature else {
            if let signedFrom = registry.signedFrom {
                if events.contains(where: { $0.signature != nil }) {
                    return .refused(CardSignatureMessages.signatureRemoved)
                }
                if events.isEmpty || events.contains(where: { $0.sequence > signedFrom }) {
                    return .refused(CardSignatureMessages.unsigned(signedFrom: signedFrom))
                }
            }
            return .unsigned
        }
        let parsed: ParsedSignature
        switch ParsedSignature.parse(signature) {
        case .success(let value): parsed = value
        case .failure(let error): return .refused(error.message)
        }
        guard let entry = registry.entries[parsed.keyID] else {
            return .refused(CardSignatureMessages.unregisteredKey(parsed.keyID))
        }
        guard entry.publicKey.verifies(parsed, .card, seal, known: verified) else {
            return .refused(CardSignatureMessages.sealMismatch(holder: entry.name))
        }
        guard entry.name == interviewer else {
            return .refused(CardSignatureMessages.signedByAnother(interviewer: interviewer, holder: entry.name))
        }
        guard let event = events.last(where: { $0.signature == signature }) else {
            return .refused(CardSignatureMessages.notInLog)
        }
        guard entry.isValid(at: event.sequence) else {
            return .refused(
                CardSignatureMessages.keyNotValid(parsed.keyID, holder: entry.name, event: event.sequence))
        }
        return .signed(name: entry.name, keyID: entry.id)
    }
}

extension CardSignatures {
    /// Whether `signature` is `entry`'s valid signature of `seal` (format and cryptography only).
    static func check(_ signature: String, seal: String, entry: KeyRegistry.Entry) -> Verdict {
        guard case .success(let parsed) = ParsedSignature.parse(signature),
            entry.publicKey.verifies(parsed, .card, seal)
        else {
            return .refused(CardSignatureMessages.invalidSignature)
        }
        return .signed(name: entry.name, keyID: entry.id)
    }
}

extension CardSignatures {
    /// A signature check for ``PanelMerger/signatureCheck`` over `files`: each store's key list is read
    /// once, and each card is judged against the store it lies in; a card outside any store is accepted as
    /// unsigned (v1) or, when signed, as not checked (there is no key list to check it against). With `cache`, each
    /// log is read through the user's index of it (the same verdicts).
    public static func check(files: [String], cache: UserCache? = nil)
        -> @Sendable (String, Scorecard) ->
        SignatureVerdict
    {
        CardSignatureCheck(files: files, cache: cache, recordingVerified: false).verdict
    }
}
