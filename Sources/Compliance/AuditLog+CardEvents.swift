import Foundation
import ScoringCore

extension AuditLog {
    /// The key events of the log (`key-register`, `key-revoke`) and the events whose files name one of `cards`
    /// (paths relative to the store root), decoded in log order; unreadable lines are left out, as ``events()``
    /// reports them and `audit verify` refuses them.
    ///
    /// The other lines are skipped by their bytes, without decoding: a campaign's log has a line per submitted
    /// card, and a merge of one candidate needs the few that name its cards. A line is decoded whenever its bytes
    /// cannot rule it out (a path written with a JSON escape), so the result is what filtering ``events()`` by
    /// the same rule gives.
    func keyAndCardEvents(cards: Set<String>) -> [Event] {
        guard let bytes = logBytes() else { return [] }
        let keyMarker = Array("\"event\":\"key-".utf8)
        var wanted: [Range<Int>] = []
        for range in AuditLog.lineRanges(of: bytes) where !range.isEmpty {
            let line = bytes[range]
            if AuditLog.contains(line, keyMarker) {
                wanted.append(range)
            } else if let paths = AuditLog.rawFilePaths(in: line) {
                if paths.contains(where: { cards.contains($0) }) { wanted.append(range) }
            } else {
                wanted.append(range)
            }
        }
        let ranges = wanted
        return AuditLog.decodedInOrder(ranges.count) { bytes[ranges[$0]] }
    }

    /// The events of `count` log lines (`line` gives the bytes of each), decoded on all cores and kept in the lines'
    /// order; lines that do not decode are left out. A merge of a whole campaign decodes a line per card, and one core
    /// decoding them while the other waited was the part of its key-list phase that grew faster than the cards.
    static func decodedInOrder(_ count: Int, line: @Sendable (Int) -> ArraySlice<UInt8>) -> [Event] {
        // A few hundred lines to a piece: one decoder each, and enough pieces to keep both cores busy.
        let piece = 256
        let pieces = ParallelMap.map((count + piece - 1) / piece) { part -> [Event] in
            let decoder = JSONDecoder()
            return (part * piece..<min(count, (part + 1) * piece)).compactMap { index in
                try? decoder.decode(Event.self, from: Data(line(index)))
            }
        }
        return pieces.flatMap { $0 }
    }

    /// The events of the kinds `kinds`, decoded in log order, with the problem of a line of one of these kinds that
    /// cannot be read; the other lines are skipped by their bytes (`"event":"KIND"` is how the log's one encoding
    /// writes an event's kind, and ``events()`` reports any line not in that encoding).
    func events(ofKinds kinds: Set<String>) -> (events: [Event], problems: [Problem]) {
        guard let bytes = logBytes() else { return ([], []) }
        let markers = kinds.map { Array("\"event\":\"\($0)\"".utf8) }
        let decoder = JSONDecoder()
        var events: [Event] = []
        var problems: [Problem] = []
        for (index, range) in AuditLog.lineRanges(of: bytes).enumerated()
        where markers.contains(where: { AuditLog.contains(bytes[range], $0) }) {
            let line = bytes[range]
            if let event = try? decoder.decode(Event.self, from: Data(line)), kinds.contains(event.event) {
                events.append(event)
            } else {
                problems.append(Problem(line: index + 1, message: AuditLogMessages.unreadableLine(index + 1)))
            }
        }
        return (events, problems)
    }

    /// The log's bytes in one buffer, read at the size the file has when opened and on to its end (nil when it
    /// cannot be opened): a campaign's log is megabytes, read by every merge.
    func logBytes() -> [UInt8]? {
        let descriptor = open(ledger.auditLogPath, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return nil }
        let size = max(0, Int(status.st_size))
        var bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            count = 0
            guard let base = buffer.baseAddress else { return }
            while count < size {
                let read = pread(descriptor, base + count, size - count, off_t(count))
                if read < 0 && errno == EINTR { continue }
                guard read > 0 else { break }
                count += read
            }
        }
        // Appended since the stat: read on to the end, as ``readAll(_:)`` does.
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let read = chunk.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, off_t(bytes.count)) }
            if read < 0 && errno == EINTR { continue }
            guard read > 0 else { break }
            bytes.append(contentsOf: chunk[0..<read])
        }
        return bytes
    }

    /// The ranges of `bytes`' lines, without their line feeds (with C's `memchr`, as ``firstIndex(of:in:from:)``).
    static func lineRanges(of bytes: [UInt8]) -> [Range<Int>] {
        bytes.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return [] }
            var ranges: [Range<Int>] = []
            var start = 0
            while start < buffer.count {
                guard let feed = memchr(base + start, 10, buffer.count - start) else {
                    ranges.append(start..<buffer.count)
                    break
                }
                let end = UnsafeRawPointer(feed) - base
                ranges.append(start..<end)
                start = end + 1
            }
            return ranges
        }
    }

    /// The `"path":"…"` values of a log line as written, or nil when one of them holds a backslash (a JSON
    /// escape: only decoding tells the path) or is not closed.
    static func rawFilePaths(in line: ArraySlice<UInt8>) -> [String]? {
        let marker = Array("\"path\":\"".utf8)
        var paths: [String] = []
        var index = line.startIndex
        while index < line.endIndex {
            guard let start = firstIndex(of: marker, in: line, from: index) else { break }
            let valueStart = start + marker.count
            guard
                let end = line[valueStart...].firstIndex(where: { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }
                ),
                line[end] == UInt8(ascii: "\"")
            else { return nil }
            paths.append(String(decoding: line[valueStart..<end], as: UTF8.self))
            index = end + 1
        }
        return paths
    }

    /// Where `needle` first starts in `bytes` at or after `from` (with C's `memchr` and `memcmp`: this scan runs
    /// over every byte of a campaign's log, and the generic search is slow in debug builds).
    static func firstIndex(of needle: [UInt8], in bytes: ArraySlice<UInt8>, from: Int) -> Int? {
        guard from < bytes.endIndex, let first = needle.first else { return nil }
        return bytes[from...].withUnsafeBytes { haystack in
            needle.withUnsafeBytes { pattern in
                guard let base = haystack.baseAddress, let patternBase = pattern.baseAddress else { return nil }
                var offset = 0
                while haystack.count - offset >= pattern.count,
                    let hit = memchr(base + offset, Int32(first), haystack.count - offset - pattern.count + 1)
                {
                    let position = UnsafeRawPointer(hit) - base
                    if memcmp(base + position, patternBase, pattern.count) == 0 { return from + position }
                    offset = position + 1
                }
                return nil
            }
        }
    }
}
