import Testing

@testable import ScoringCore

/// The reader that checks and parses a large cache file with a small window: every byte is hashed exactly once
/// whatever the pieces and the jumps, a value across a piece boundary reads whole, and it never reads behind itself.
@Suite struct DigestingReaderTests {
    /// 10,000 bytes of a repeating pattern.
    static let bytes = (0..<10_000).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 8) }

    @Test(arguments: [1, 3, 7, 64, 4096, 1 << 20])
    func everyByteIsHashedOnceWhateverThePieces(piece: Int) throws {
        let source = ByteSource(Self.bytes)
        var reader = DigestingReader(source: source, end: 9_968, piece: piece)
        // Reads that overlap, stand still, jump ahead over unread bytes, and end at the end.
        let reads = [(0, 10), (5, 100), (105, 0), (2_000, 17), (2_010, 3_000), (9_000, 2_000)]
        for (offset, length) in reads {
            let read = reader.bytes(from: offset, upTo: length)
            let slice = try #require(read, "\(offset)+\(length)")
            let expected = Self.bytes[offset..<min(offset + length, 9_968)]
            #expect(Array(slice) == Array(expected), "\(offset)+\(length)")
        }
        let behind = reader.bytes(from: 8_000, upTo: 1)
        #expect(behind == nil)
        let digest = reader.finish()
        #expect(digest == ContentDigest.hash(Self.bytes[..<9_968]))
    }

    @Test(arguments: [1, 2, 5, 100])
    func aValueAcrossPiecesReadsWhole(piece: Int) throws {
        var writer = BinaryWriter()
        let texts = (0..<50).map { String(repeating: "ä", count: $0 * 90) }
        for text in texts { writer.text(text) }
        var reader = DigestingReader(source: ByteSource(writer.bytes), end: writer.bytes.count, piece: piece)
        var offset = 0
        for text in texts {
            let value = reader.value(at: &offset) { $0.text() }
            #expect(value == text)
        }
        #expect(offset == writer.bytes.count)
        let past = reader.value(at: &offset) { $0.text() }
        #expect(past == nil)
        let digest = reader.finish()
        #expect(digest == ContentDigest.hash(writer.bytes))
    }
}
