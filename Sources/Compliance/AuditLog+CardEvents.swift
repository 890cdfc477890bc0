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
        let decoder = JSONDecoder()
        var events: [Event] = []
        for range in AuditLog.lineRanges(of: bytes) where !range.isEmpty {
            let line = bytes[range]
            let wanted: Bool
            if AuditLog.contains(line, keyMarker) {
                wanted = true
            } else if let paths = AuditLog.rawFilePaths(in: line) {
                wanted = paths.contains { cards.contains($0) }
            } else {
                wanted = true
            }
            guard wanted, let event = try? decoder.decode(Event.self, from: Data(line)) else { continue }
            events.append(event)
        }
        return events
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
