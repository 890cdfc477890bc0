/// Reads a ``ByteSource`` front to back up to ``end``, a megabyte at a time, hashing every byte once as it passes and
/// keeping only the bytes from the last position asked for: a file of hundreds of megabytes is checked and parsed
/// with about a megabyte in memory.
struct DigestingReader {
    /// The source read.
    let source: ByteSource
    /// Where reading stops (the bytes after it, a checksum say, are read with ``ByteSource/bytes(at:length:)``).
    let end: Int
    /// The hash of every byte read so far.
    private var digest = ContentDigest()
    /// Bytes read, from `windowStart` on.
    private var window: [UInt8] = []
    private var windowStart = 0
    /// The last offset asked for.
    private var mark = 0

    /// How much is read at a time (a megabyte; tests read less to cross many boundaries).
    private let piece: Int
    /// The longest value ``value(at:_:)`` reads: the values it reads are short (paths, hashes, counts).
    private static let longestValue = 1 << 20

    /// A reader of `source` up to `end`, `piece` bytes at a time.
    init(source: ByteSource, end: Int, piece: Int = 1 << 20) {
        self.source = source
        self.end = min(end, source.count)
        self.piece = max(piece, 1)
    }

    /// The bytes from `offset` (never before an offset asked for earlier), `length` of them or fewer at ``end``; nil
    /// when the source cannot be read or `offset` lies behind.
    mutating func bytes(from offset: Int, upTo length: Int) -> ArraySlice<UInt8>? {
        guard offset >= mark, offset <= end, length >= 0 else { return nil }
        mark = offset
        let wanted = min(offset + min(length, end - offset), end)
        var windowEnd = windowStart + window.count
        if wanted > windowEnd || offset > windowEnd {
            if offset < windowEnd {
                window = Array(window[(offset - windowStart)...])
            } else {
                while windowEnd < offset {
                    guard let skipped = source.bytes(at: windowEnd, length: min(piece, offset - windowEnd))
                    else { return nil }
                    digest.update(skipped)
                    windowEnd += skipped.count
                }
                window = []
            }
            windowStart = offset
            let readEnd = min(max(wanted, windowEnd + piece), end)
            guard let more = source.bytes(at: windowEnd, length: readEnd - windowEnd) else { return nil }
            digest.update(more)
            window += more
        }
        return window[(offset - windowStart)..<(wanted - windowStart)]
    }

    /// The value `read` finds at `offset`, which then moves past it; nil when the bytes there are not such a value
    /// (or not there). It reads a few KB first and more only when the value is longer.
    mutating func value<Value>(at offset: inout Int, _ read: (inout BinaryReader) -> Value?) -> Value? {
        var length = 4096
        while true {
            guard let slice = bytes(from: offset, upTo: length) else { return nil }
            var reader = BinaryReader(bytes: slice)
            if let value = read(&reader) {
                offset += reader.position - slice.startIndex
                return value
            }
            guard slice.count == length, length < Self.longestValue else { return nil }
            length *= 2
        }
    }

    /// The hash of every byte up to ``end``, reading what was not read yet; nil when the source cannot be read.
    mutating func finish() -> [UInt8]? {
        guard bytes(from: end, upTo: 0) != nil else { return nil }
        return digest.finalize()
    }
}
