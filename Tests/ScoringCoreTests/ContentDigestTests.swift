import Testing

@testable import ScoringCore

/// Checks ``ContentDigest`` (swift-crypto's SHA-256) against the NIST FIPS 180-4 / CAVP example vectors and
/// verifies that incremental hashing is independent of how input is chunked.
@Suite("SHA-256")
struct SHA256Tests {
    // MARK: NIST FIPS 180-4 / CAVP vectors

    @Test("\"abc\" (one block)")
    func abc() {
        #expect(
            ContentDigest.hexDigest("abc")
                == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test("empty message")
    func empty() {
        #expect(
            ContentDigest.hexDigest("")
                == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(
            ContentDigest.hexDigest([UInt8]())
                == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        var hasher = ContentDigest()
        #expect(hasher.finalize().count == 32)
    }

    @Test("448-bit message (two blocks after padding)")
    func bits448() {
        #expect(
            ContentDigest.hexDigest("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    @Test("896-bit message")
    func bits896() {
        let message =
            "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmno"
            + "ijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu"
        #expect(
            ContentDigest.hexDigest(message)
                == "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1")
    }

    @Test("one million 'a'")
    func millionA() {
        let message = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
        #expect(
            ContentDigest.hexDigest(message)
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    // MARK: API behaviour

    @Test("hash returns 32 bytes matching the hex digest")
    func rawDigest() {
        let digest = ContentDigest.hash(Array("abc".utf8))
        #expect(digest.count == 32)
        #expect(digest.prefix(4) == [0xba, 0x78, 0x16, 0xbf])
        #expect(digest.suffix(4) == [0xf2, 0x00, 0x15, 0xad])
    }

    @Test("chunked updates equal a single update", arguments: [1, 3, 55, 56, 63, 64, 65, 127, 128, 1000])
    func chunking(chunkSize: Int) {
        // Deterministic, non-repeating-ish data spanning many blocks and
        // ending in a partial block.
        let data: [UInt8] = (0..<10_007).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 8) }
        let expected = ContentDigest.hash(data)

        var hasher = ContentDigest()
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
        let expected = ContentDigest.hash(data)
        let sizes = [1, 3, 63, 64, 65, 1000, 0, 2, 127, 129]

        var hasher = ContentDigest()
        var start = 0
        var index = 0
        while start < data.count {
            let end = min(start + sizes[index % sizes.count], data.count)
            let chunk = data[start..<end]
            switch index % 3 {
            case 0: hasher.update(Array(chunk))
            case 1: hasher.update(chunk)
            default: hasher.update(chunk.lazy.map { $0 })  // non-contiguous path
            }
            start = end
            index += 1
        }
        #expect(hasher.finalize() == expected)
    }

    @Test("non-contiguous sequence equals array input")
    func nonContiguousSequence() {
        let message = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
        #expect(
            ContentDigest.hexDigest(message.lazy.map { $0 })
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test("finalize resets the hasher for reuse")
    func reuseAfterFinalize() {
        var hasher = ContentDigest()
        hasher.update(Array("some earlier message".utf8))
        _ = hasher.finalize()
        hasher.update(Array("abc".utf8))
        #expect(hasher.finalize() == ContentDigest.hash(Array("abc".utf8)))
    }

    @Test("UTF-8 text hashes as its bytes")
    func utf8Text() {
        let text = "Bewerbung für Jürgen Größe – Übersicht"
        let bytes = Array(text.utf8)
        #expect(bytes.count > text.count)  // really contains multi-byte scalars
        #expect(ContentDigest.hexDigest(text) == ContentDigest.hexDigest(bytes))
        #expect(ContentDigest.hash(text.utf8) == ContentDigest.hash(bytes))
        #expect(ContentDigest.hexDigest("ü") != ContentDigest.hexDigest("u\u{0308}"))  // no normalization
    }

    @Test("hex digest is 64 lowercase hex characters")
    func hexFormat() {
        let hex = ContentDigest.hexDigest("HireScore")
        #expect(hex.count == 64)
        #expect(hex.allSatisfy { "0123456789abcdef".contains($0) })
    }
}
