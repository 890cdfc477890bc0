import Testing
@testable import ScoringCore

/// Checks ``SHA256`` against the NIST FIPS 180-4 / CAVP example vectors and
/// verifies that incremental hashing is independent of how input is chunked.
@Suite("SHA-256")
struct SHA256Tests {
    // MARK: NIST FIPS 180-4 / CAVP vectors

    @Test("\"abc\" (one block)")
    func abc() {
        #expect(SHA256.hexDigest("abc")
            == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test("empty message")
    func empty() {
        #expect(SHA256.hexDigest("")
            == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hexDigest([UInt8]())
            == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        var hasher = SHA256()
        #expect(hasher.finalize().count == 32)
    }

    @Test("448-bit message (two blocks after padding)")
    func bits448() {
        #expect(SHA256.hexDigest("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
            == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    @Test("896-bit message")
    func bits896() {
        let message = "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmno"
            + "ijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu"
        #expect(SHA256.hexDigest(message)
            == "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1")
    }

    @Test("one million 'a'")
    func millionA() {
        let message = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
        #expect(SHA256.hexDigest(message)
            == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    // MARK: API behaviour

    @Test("hash returns 32 bytes matching the hex digest")
    func rawDigest() {
        let digest = SHA256.hash(Array("abc".utf8))
        #expect(digest.count == 32)
        #expect(digest.prefix(4) == [0xba, 0x78, 0x16, 0xbf])
        #expect(digest.suffix(4) == [0xf2, 0x00, 0x15, 0xad])
    }

    @Test("chunked updates equal a single update", arguments: [1, 3, 55, 56, 63, 64, 65, 127, 128, 1000])
    func chunking(chunkSize: Int) {
        // Deterministic, non-repeating-ish data spanning many blocks and
        // ending in a partial block.
        let data: [UInt8] = (0..<10_007).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 8) }
        let expected = SHA256.hash(data)

        var hasher = SHA256()
        var start = 0
        while start < data.count {
            let end = min(start + chunkSize, data.count)
            hasher.update(data[start..<end])
            start = end
        }
        #expect(hasher.finalize() == expected)
    }

    @Test("mixed chunk sizes and input types equal a single update")
    func mixedChunking() {
        let data: [UInt8] = (0..<5_000).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ 13) }
        let expected = SHA256.hash(data)
        let sizes = [1, 3, 63, 64, 65, 1000, 0, 2, 127, 129]

        var hasher = SHA256()
        var start = 0
        var index = 0
        while start < data.count {
            let end = min(start + sizes[index % sizes.count], data.count)
            let chunk = data[start..<end]
            switch index % 3 {
            case 0: hasher.update(Array(chunk))
            case 1: hasher.update(chunk)
            default: hasher.update(chunk.lazy.map { $0 }) // non-contiguous path
            }
            start = end
            index += 1
        }
        #expect(hasher.finalize() == expected)
    }

    @Test("non-contiguous sequence equals array input")
    func nonContiguousSequence() {
        let message = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
        #expect(SHA256.hexDigest(message.lazy.map { $0 })
            == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test("finalize resets the hasher for reuse")
    func reuseAfterFinalize() {
        var hasher = SHA256()
        hasher.update(Array("some earlier message".utf8))
        _ = hasher.finalize()
        hasher.update(Array("abc".utf8))
        #expect(hasher.finalize() == SHA256.hash(Array("abc".utf8)))
    }

    @Test("UTF-8 text hashes as its bytes")
    func utf8Text() {
        let text = "Bewerbung für Jürgen Größe – Übersicht"
        let bytes = Array(text.utf8)
        #expect(bytes.count > text.count) // really contains multi-byte scalars
        #expect(SHA256.hexDigest(text) == SHA256.hexDigest(bytes))
        #expect(SHA256.hash(text.utf8) == SHA256.hash(bytes))
        #expect(SHA256.hexDigest("ü") != SHA256.hexDigest("u\u{0308}")) // no normalization
    }

    @Test("hex digest is 64 lowercase hex characters")
    func hexFormat() {
        let hex = SHA256.hexDigest("HireScore")
        #expect(hex.count == 64)
        #expect(hex.allSatisfy { "0123456789abcdef".contains($0) })
    }

    // MARK: Hardware (SHA extensions) and Swift implementations agree

    /// The digest with the SHA extensions allowed or not; on processors without them both are the Swift path.
    private func digest(_ bytes: [UInt8], hardware: Bool, chunk: Int? = nil) -> [UInt8] {
        var hasher = SHA256()
        hasher.allowsHardware = hardware
        if let chunk {
            var start = 0
            while start < bytes.count {
                hasher.update(bytes[start..<min(bytes.count, start + chunk)])
                start += chunk
            }
        } else {
            hasher.update(bytes)
        }
        return hasher.finalize()
    }

    @Test("the Swift implementation alone passes the NIST vectors")
    func portableVectors() {
        #expect(digest(Array("abc".utf8), hardware: false).map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
            == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        let long = Array("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu".utf8)
        #expect(digest(long, hardware: false).map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
            == "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1")
    }

    @Test("hardware and Swift give the same digest for every length and chunking")
    func hardwareAgreesWithSwift() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        var bytes: [UInt8] = []
        for length in 0...300 {
            while bytes.count < length {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                bytes.append(UInt8(truncatingIfNeeded: state >> 33))
            }
            let message = Array(bytes.prefix(length))
            let swift = digest(message, hardware: false)
            #expect(digest(message, hardware: true) == swift, "length \(length)")
            #expect(digest(message, hardware: true, chunk: 7) == swift, "length \(length), chunks of 7")
        }
        let large = [UInt8](repeating: 0x5A, count: 1_000_003)
        #expect(digest(large, hardware: true) == digest(large, hardware: false))
    }
}
