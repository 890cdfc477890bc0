import Crypto

/// SHA-256 (FIPS 180-4) from swift-crypto: the content hash of rubrics, the seal of scorecards and the links
/// of the audit chain.
///
/// A thin wrapper so the rest of HireScore names one type and one hex format (`sha256sum`'s lowercase hex);
/// the hashing itself is swift-crypto's (BoringSSL on Linux, CryptoKit on Apple platforms, on the processor's
/// SHA instructions where it has them). No cryptography is hand-written here.
///
/// ```swift
/// var digest = ContentDigest()
/// digest.update(Array("abc".utf8))
/// let bytes = digest.finalize() // 32 bytes
/// ContentDigest.hexDigest("abc") // "ba7816bf…"
/// ```
package struct ContentDigest {
    private var hasher = Crypto.SHA256()

    /// Creates a digest with nothing hashed yet.
    package init() {}

    /// Hashes more bytes.
    package mutating func update(_ bytes: some Sequence<UInt8>) {
        if let contiguous = bytes as? [UInt8] {
            hasher.update(data: contiguous)
        } else {
            hasher.update(data: Array(bytes))
        }
    }

    /// Hashes the bytes of a buffer without copying them.
    package mutating func update(_ bytes: UnsafeRawBufferPointer) {
        hasher.update(bufferPointer: bytes)
    }

    /// The 32-byte digest of everything hashed; the digest starts afresh afterwards.
    package mutating func finalize() -> [UInt8] {
        let digest = Array(hasher.finalize())
        hasher = Crypto.SHA256()
        return digest
    }

    /// The 32-byte SHA-256 of `bytes`.
    package static func hash(_ bytes: some Sequence<UInt8>) -> [UInt8] {
        var digest = ContentDigest()
        digest.update(bytes)
        return digest.finalize()
    }

    /// The SHA-256 of `bytes` as 64 lowercase hexadecimal digits.
    package static func hexDigest(_ bytes: some Sequence<UInt8>) -> String {
        hex(hash(bytes))
    }

    /// The SHA-256 of the string's UTF-8 bytes (no Unicode normalisation) as 64 lowercase hexadecimal digits.
    package static func hexDigest(_ string: String) -> String {
        hex(hash(string.utf8))
    }

    private static let digits = Array("0123456789abcdef".utf8)

    /// `bytes` as lowercase hexadecimal digits, two per byte (`sha256sum`'s format).
    package static func hex(_ bytes: [UInt8]) -> String {
        var text: [UInt8] = []
        text.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
