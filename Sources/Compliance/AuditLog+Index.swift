import Foundation
import ScoringCore
import Synchronization

extension AuditLog {
    /// ``keyAndCardEvents(cards:)`` through the user's index of the log (see ``AuditLogIndex``): the same events,
    /// reading only the lines they come from when the index describes the log as it is. Without a cache, the log
    /// is read whole as before.
    func keyAndCardEvents(cards: Set<String>, cache: UserCache?) -> [Event] {
        guard let cache, let (log, lines) = indexedLines(cache: cache, { $0.lines(keysAndCards: cards) }) else {
            return keyAndCardEvents(cards: cards)
        }
        return AuditLog.decodedInOrder(lines.count) { log.bytes(of: lines[$0]) }
    }

    /// The `amend` events among the lines that can name `cards` (the lines naming one of them and the lines whose
    /// paths cannot be told from their bytes), in log order, through the user's index of the log: every `amend`
    /// event whose new card is one of `cards` is among them, so the last amendment of each card is that of
    /// ``Amendment/amendEvents(of:)``. Nil when the log cannot be opened through the index.
    func amendEvents(cards: Set<String>, cache: UserCache) -> [Event]? {
        guard let (log, lines) = indexedLines(cache: cache, { $0.lines(cards: cards) }) else { return nil }
        let marker = Array("\"event\":\"\(AuditLog.EventKind.amend)\"".utf8)
        let decoder = JSONDecoder()
        return lines.compactMap { line in
            let bytes = log.bytes(of: line)
            guard AuditLog.contains(bytes, marker) else { return nil }
            return try? decoder.decode(Event.self, from: Data(bytes))
        }
    }

    /// The knock-out override events and the problem of each override line that cannot be read, as
    /// ``events(ofKinds:)`` gives them for that one kind, through the user's index of the log when there is a cache.
    func overrideEvents(cache: UserCache?) -> (events: [Event], problems: [Problem]) {
        let kind = AuditLog.EventKind.knockOutOverride
        guard let cache, let (log, lines) = indexedLines(cache: cache, { $0.overrideLines }) else {
            return events(ofKinds: [kind])
        }
        let decoder = JSONDecoder()
        var events: [Event] = []
        var problems: [Problem] = []
        for line in lines {
            if let event = try? decoder.decode(Event.self, from: Data(log.bytes(of: line))), event.event == kind {
                events.append(event)
            } else {
                problems.append(Problem(line: line.number, message: AuditLogMessages.unreadableLine(line.number)))
            }
        }
        return (events, problems)
    }

    /// The lines `select` picks from the log's index, with the bytes of each: from the cached index and the log's
    /// lines read one by one where the cache describes the log as it is and every line checks out; else from an
    /// index built from the whole log (and cached). Nil when the log cannot be opened.
    private func indexedLines(cache: UserCache, _ select: (AuditLogIndex) -> [AuditLogIndex.Line]?)
        -> (IndexedLog, [AuditLogIndex.Line])?
    {
        let path = URL(fileURLWithPath: ledger.auditLogPath).standardizedFileURL.path
        guard !path.contains("\t"), !path.contains("\n") else { return nil }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
        let name = UserCache.fileName(.auditLogIndex, key: path)
        if let lastLine = Self.lastLineHash(descriptor, size: Int(status.st_size)),
            let index = Self.index(
                named: name, in: cache,
                stamp: .init(path: path, status: status, size: Int(status.st_size), lastLine: lastLine)),
            let lines = select(index)
        {
            let log = IndexedLog(descriptor: descriptor, lines: lines)
            if let log { return (log, lines) }
        }
        // No index, a stale one, or one that does not check out: read the whole log and index it anew.
        guard let bytes = Self.readAll(descriptor, size: Int(status.st_size)) else { return nil }
        let index = AuditLogIndex(
            stamp: .init(
                path: path, status: status, size: bytes.count, lastLine: AuditLogIndex.lastLineHash(of: bytes[...])),
            bytes: bytes)
        cache.write(index.encoded(), name: name)
        Self.lastIndex.withLock { $0 = (cache.folder + "/" + name, index) }
        return (IndexedLog(bytes: bytes), select(index) ?? [])
    }

    /// The index this process read or built last, by the path of its cache file: a merge reads the key list, the
    /// overrides and the amendment notes through the index, and decodes it once instead of three times.
    private static let lastIndex = Mutex<(file: String, index: AuditLogIndex)?>(nil)

    /// The index of the log as `stamp` describes it: the one this process read last when it was for the same cache
    /// file and the same stamp, else the cache file's (nil when there is none that checks out).
    private static func index(named name: String, in cache: UserCache, stamp: AuditLogIndex.Stamp) -> AuditLogIndex? {
        let file = cache.folder + "/" + name
        if let last = lastIndex.withLock({ $0 }), last.file == file, last.index.stamp == stamp { return last.index }
        guard let cached = cache.read(name, limit: 256 << 20), let index = AuditLogIndex(encoded: cached, stamp: stamp)
        else { return nil }
        lastIndex.withLock { $0 = (file, index) }
        return index
    }

    /// The SHA-256 (hex) of the last line of the open log of `size` bytes, read from its end.
    private static func lastLineHash(_ descriptor: Int32, size: Int) -> String? {
        var chunk = 4096
        while true {
            let start = max(0, size - chunk)
            var bytes = [UInt8](repeating: 0, count: size - start)
            var count = 0
            while count < bytes.count {
                let read = bytes.withUnsafeMutableBytes {
                    pread(descriptor, $0.baseAddress! + count, $0.count - count, off_t(start + count))
                }
                if read < 0 && errno == EINTR { continue }
                guard read > 0 else { return nil }
                count += read
            }
            // The whole last line is in the chunk when a line feed precedes it (or the chunk is the whole log).
            let content = bytes.last == 10 ? bytes.dropLast() : bytes[...]
            if start == 0 || content.contains(10) { return AuditLogIndex.lastLineHash(of: bytes[...]) }
            chunk *= 4
        }
    }

    /// The log's bytes from its start, `size` at the stat and on to its end (as ``logBytes()``).
    private static func readAll(_ descriptor: Int32, size: Int) -> [UInt8]? {
        var bytes = [UInt8](repeating: 0, count: size)
        var count = 0
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let read: Int
            if count < bytes.count {
                read = bytes.withUnsafeMutableBytes {
                    pread(descriptor, $0.baseAddress! + count, $0.count - count, off_t(count))
                }
            } else {
                read = chunk.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, off_t(count)) }
                if read > 0 { bytes.append(contentsOf: chunk[0..<read]) }
            }
            if read < 0 && errno == EINTR { continue }
            if read < 0 { return nil }
            if read == 0 { break }
            count += read
        }
        bytes.removeLast(bytes.count - count)
        return bytes
    }
}

/// The bytes of the log lines a reader asked for: the whole log, or the lines read by their offsets.
private struct IndexedLog {
    private var whole: [UInt8]?
    private var read: [Int: ArraySlice<UInt8>] = [:]

    init(bytes: [UInt8]) {
        whole = bytes
    }

    /// The lines read from the open log; nil when one of them is not a whole line there (the index is wrong).
    init?(descriptor: Int32, lines: [AuditLogIndex.Line]) {
        if lines.count > Self.linesReadOneByOne {
            // Most of a log (a merge of the whole store): one read of all of it costs less than a read per line.
            let bytes = AuditLog.readAll(descriptor)
            for line in lines {
                let body = line.offset..<(line.offset + line.length)
                guard body.upperBound <= bytes.count, line.offset == 0 || bytes[line.offset - 1] == 10,
                    body.upperBound == bytes.count || bytes[body.upperBound] == 10, !bytes[body].contains(10)
                else { return nil }
            }
            whole = bytes
            return
        }
        for line in lines {
            // The byte before the line (a line feed, unless it is the first) and the one after it (a line feed or
            // the end of the log) are read with it.
            let start = max(0, line.offset - 1)
            var bytes = [UInt8](repeating: 0, count: line.offset + line.length + 1 - start)
            var count = 0
            while count < bytes.count {
                let got = bytes.withUnsafeMutableBytes {
                    pread(descriptor, $0.baseAddress! + count, $0.count - count, off_t(start + count))
                }
                if got < 0 && errno == EINTR { continue }
                if got <= 0 { break }
                count += got
            }
            let body = (line.offset - start)..<(line.offset - start + line.length)
            guard count >= body.upperBound, line.offset == 0 || bytes[0] == 10,
                count == body.upperBound || bytes[body.upperBound] == 10, !bytes[body].contains(10)
            else { return nil }
            read[line.offset] = bytes[body]
        }
    }

    /// The most lines read one by one; more are read with the whole log.
    static let linesReadOneByOne = 256

    func bytes(of line: AuditLogIndex.Line) -> ArraySlice<UInt8> {
        if let whole { return whole[line.offset..<(line.offset + line.length)] }
        return read[line.offset] ?? []
    }
}
