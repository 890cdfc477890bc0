import Foundation
import ScoringCore
import Testing

@testable import Compliance

/// A recorded fact (this key's signature of these bytes is valid) answers the check of exactly that key, signature
/// and message and of nothing else; a failing check is never recorded; the facts file is read only when it checks out.
@Suite struct VerifiedSignaturesFactTests {
    static let sealA = "sha256:" + String(repeating: "a", count: 64)
    static let sealB = "sha256:" + String(repeating: "b", count: 64)

    static func parsed(_ text: String) throws -> ParsedSignature {
        guard case .success(let signature) = ParsedSignature.parse(text) else {
            throw SignatureFormatError(message: LocalizedText(text))
        }
        return signature
    }

    /// The fact of `key`'s `signature` of `seal` in `domain`, as the check records it.
    static func fact(_ key: PublicKey, _ signature: ParsedSignature, _ seal: String, _ domain: SignedDomain = .card)
        -> VerifiedSignatures.Fact
    {
        VerifiedSignatures.Fact(
            key: key.raw, signature: signature.bytes, message: Data((domain.rawValue + "\n" + seal).utf8))
    }

    @Test func aFactAnswersOnlyItsExactKeySignatureAndMessage() throws {
        let signer = SigningKey.throwaway()
        let key = try #require(PublicKey(text: signer.publicKeyText))
        let otherKey = try #require(PublicKey(text: SigningKey.throwaway().publicKeyText))
        let signatureA = try Self.parsed(signer.signature(.card, Self.sealA))
        let signatureB = try Self.parsed(signer.signature(.card, Self.sealB))
        var forged = signatureA
        forged.bytes[10] ^= 0x01
        let known = VerifiedSignatures(known: [Self.fact(key, signatureA, Self.sealA)])
        let cases:
            [(
                label: String, key: PublicKey, signature: ParsedSignature, seal: String, domain: SignedDomain,
                valid: Bool
            )] = [
                ("the recorded fact", key, signatureA, Self.sealA, .card, true),
                ("a valid signature not recorded", key, signatureB, Self.sealB, .card, true),
                ("the recorded signature of another seal", key, signatureA, Self.sealB, .card, false),
                ("a changed signature of the recorded seal", key, forged, Self.sealA, .card, false),
                ("the recorded signature and seal under another key", otherKey, signatureA, Self.sealA, .card, false),
                ("the recorded signature and seal as an event", key, signatureA, Self.sealA, .event, false),
            ]
        for row in cases {
            #expect(row.key.verifies(row.signature, row.domain, row.seal, known: known) == row.valid, "\(row.label)")
            #expect(row.key.verifies(row.signature, row.domain, row.seal) == row.valid, "\(row.label) (no facts)")
        }
        // The fact answered its own check; of the others only the valid one was recorded.
        #expect(known.counts == (answered: 1, found: 1))
    }

    @Test func aDamagedFactIsNoFact() throws {
        let signer = SigningKey.throwaway()
        let key = try #require(PublicKey(text: signer.publicKeyText))
        let signature = try Self.parsed(signer.signature(.card, Self.sealA))
        var bytes = Self.fact(key, signature, Self.sealA).bytes
        bytes[31] ^= 0x01
        let known = VerifiedSignatures(known: [VerifiedSignatures.Fact(digest: bytes)])
        #expect(key.verifies(signature, .card, Self.sealA, known: known))
        #expect(known.counts == (answered: 0, found: 1))
    }

    @Test func theFileIsReadOnlyWhenItChecksOut() throws {
        let signer = SigningKey.throwaway()
        let key = try #require(PublicKey(text: signer.publicKeyText))
        let facts: Set<VerifiedSignatures.Fact> = [
            Self.fact(key, try Self.parsed(signer.signature(.card, Self.sealA)), Self.sealA),
            Self.fact(key, try Self.parsed(signer.signature(.card, Self.sealB)), Self.sealB),
        ]
        let encoded = VerifiedSignatures.encoded(facts, program: "1:2:3")
        #expect(VerifiedSignatures.facts(encoded: encoded, program: "1:2:3") == facts)
        var flipped = encoded
        flipped[encoded.count - 40] ^= 0x01
        // Says three facts, holds two, and its checksum matches.
        var miscounted = VerifiedSignatures.magic + Array("1:2:3\n3\n".utf8) + Array(encoded.dropLast(32).suffix(64))
        miscounted += ContentDigest.hash(miscounted)
        for (label, bytes, program) in [
            ("cut short", Array(encoded.prefix(encoded.count / 2)), "1:2:3"),
            ("one byte changed", flipped, "1:2:3"),
            ("written by another build", encoded, "1:2:4"),
            ("more facts said than held", miscounted, "1:2:3"),
            ("empty", [], "1:2:3"),
        ] {
            #expect(VerifiedSignatures.facts(encoded: bytes, program: program) == nil, "\(label)")
        }
        #expect(
            VerifiedSignatures.facts(encoded: VerifiedSignatures.encoded([], program: "1:2:3"), program: "1:2:3") == [])
    }
}
