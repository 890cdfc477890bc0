import Crypto
import Foundation
import ScoringCore
import Synchronization

/// Ed25519 signatures found valid before, kept in the user's cache (``UserCache``) so that a merge of a store where
/// nothing changed does not verify every card's signature again.
///
/// What is kept is a pure fact: "this public key's signature is valid for these exact bytes". Each fact is recorded
/// as the SHA-256 of the raw public key, the raw signature and the signed bytes (domain included), and a check looks
/// up the fact of exactly the key, signature and bytes at hand: a recorded fact says nothing about any other key,
/// message or signature, so a damaged or foreign entry can only ever match nothing. A signature that fails is never
/// recorded. Everything else a card's verdict depends on (whether the key is on the store's key list when the card's
/// event was written, which events name the card, revocations, who signed) is checked against the audit log on every
/// run by ``CardSignatures``; `verify` and `audit verify` never use the facts.
///
/// The cache file (`verified-signatures-<SHA-256 of the store's real path>`): its magic line, the stamp of the program
/// that wrote it (another build starts afresh), the facts (32 bytes each) and the SHA-256 of everything before. A
/// file cut short, changed, written by another build or that the cache cannot vouch for is ignored and written anew.
package final class VerifiedSignatures: Sendable {
    /// One fact: the SHA-256 of a valid signature with its key and the bytes it signs, as four words.
    package struct Fact: Hashable, Sendable {
        let first: UInt64
        let second: UInt64
        let third: UInt64
        let fourth: UInt64

        /// The fact of `key`'s `signature` of `message`.
        init(key: Data, signature: Data, message: Data) {
            var digest = ContentDigest()
            // Key and signature have fixed lengths (32 and 64 bytes), so the three parts cannot be shifted.
            digest.update(Self.domain)
            digest.update(Array(key))
            digest.update(Array(signature))
            digest.update(Array(message))
            self.init(digest: digest.finalize())
        }

        /// The fact whose 32 bytes are `digest` (big-endian words).
        init(digest: some Collection<UInt8>) {
            var words: [UInt64] = [0, 0, 0, 0]
            for (index, byte) in digest.prefix(32).enumerated() {
                words[index / 8] = words[index / 8] << 8 | UInt64(byte)
            }
            first = words[0]
            second = words[1]
            third = words[2]
            fourth = words[3]
        }

        /// The four words, in order.
        var words: [UInt64] { [first, second, third, fourth] }

        /// The 32 bytes.
        var bytes: [UInt8] {
            words.flatMap { word in (0..<8).reversed().map { UInt8(truncatingIfNeeded: word >> ($0 * 8)) } }
        }

        /// What every fact's hash starts with, so that it is no other SHA-256 of the same bytes.
        static let domain = Array("hirescore-verified-ed25519@1\n".utf8)
    }

    /// The facts read from the cache.
    private let known: Set<Fact>
    /// The facts found in this run (from the cores checking cards), and how many checks known facts answered.
    private let state = Mutex<(found: Set<Fact>, answered: Int)>(([], 0))

    /// Facts known beforehand (none by default).
    package init(known: Set<Fact> = []) {
        self.known = known
    }

    /// Whether `signature` is `key`'s valid Ed25519 signature of `message`: true at once when that exact fact is known,
    /// else checked (and recorded when valid).
    func verifies(_ signature: Data, of message: Data, by key: PublicKey) -> Bool {
        let fact = Fact(key: key.raw, signature: signature, message: message)
        if known.contains(fact) {
            state.withLock { $0.answered += 1 }
            return true
        }
        guard key.key?.isValidSignature(signature, for: message) ?? false else { return false }
        state.withLock { _ = $0.found.insert(fact) }
        return true
    }

    /// How many checks known facts answered, and how many new facts this run found.
    package var counts: (answered: Int, found: Int) {
        state.withLock { ($0.answered, $0.found.count) }
    }

    /// The first line of the cache file; a new layout gets a new number.
    static let magic = Array("hirescore-verified-signatures 1\n".utf8)

    /// The most facts a file keeps: past it, only the facts found in the last run are written.
    static let capacity = 1 << 20

    /// The name of the cache file of the store at `storeRoot` (by its real path); nil when it has none.
    package static func cacheName(storeRoot: String) -> String? {
        guard let real = realpath(storeRoot, nil) else { return nil }
        defer { free(real) }
        return UserCache.fileName(.verifiedSignatures, key: String(cString: real))
    }

    /// The facts in `cache` under `name`, when the cache vouches for the file, it checks out and `program` wrote it;
    /// none otherwise.
    package static func read(from cache: UserCache, name: String, program: String) -> VerifiedSignatures {
        guard let bytes = cache.read(name, limit: (capacity + 1) * 32 + 4096) else { return VerifiedSignatures() }
        return VerifiedSignatures(known: facts(encoded: bytes, program: program) ?? [])
    }

    /// Writes the facts to `cache` as `name` (atomically, private to the user) when this run found new ones.
    package func write(to cache: UserCache, name: String, program: String) {
        let new = state.withLock { $0.found }
        guard !new.isEmpty else { return }
        let facts = known.count + new.count > Self.capacity ? new : known.union(new)
        cache.write(Self.encoded(facts, program: program), name: name)
    }

    /// The file holding `facts`, written by `program`.
    static func encoded(_ facts: Set<Fact>, program: String) -> [UInt8] {
        var bytes = magic + Array((program + "\n" + String(facts.count) + "\n").utf8)
        bytes.reserveCapacity(bytes.count + facts.count * 32 + 32)
        for fact in facts.sorted(by: { $0.words.lexicographicallyPrecedes($1.words) }) { bytes += fact.bytes }
        bytes += ContentDigest.hash(bytes)
        return bytes
    }

    /// The facts of a file, when its checksum matches, `program` wrote it and it holds as many facts as it says; nil
    /// otherwise.
    static func facts(encoded bytes: [UInt8], program: String) -> Set<Fact>? {
        guard bytes.count >= magic.count + 32, bytes.starts(with: magic) else { return nil }
        let body = bytes[..<(bytes.count - 32)]
        let checksum = body.withUnsafeBytes { buffer in
            var digest = ContentDigest()
            digest.update(buffer)
            return digest.finalize()
        }
        guard checksum.elementsEqual(bytes[(bytes.count - 32)...]) else { return nil }
        let head = Array((program + "\n").utf8)
        var position = magic.count
        guard body[position...].starts(with: head) else { return nil }
        position += head.count
        guard let feed = body[position...].firstIndex(of: 10),
            let count = Int(String(decoding: body[position..<feed], as: UTF8.self)), count >= 0,
            body.count - (feed + 1) == count * 32
        else { return nil }
        var facts = Set<Fact>(minimumCapacity: count)
        var start = feed + 1
        while start < body.count {
            facts.insert(Fact(digest: body[start..<(start + 32)]))
            start += 32
        }
        return facts
    }
}
