import Foundation
import ScoringCore

/// Where the lines a merge needs lie in an audit log, kept in the user's cache so that a merge of a few
/// candidates reads those lines instead of the whole log.
///
/// It records, for one state of the log (its path, device, inode, size, modification and change times and the
/// SHA-256 of its last line), the number, offset and length of the key lines (`"event":"key-`), the override
/// lines (`"event":"knock-out-override"`), the lines whose paths cannot be read without decoding them, and per
/// card path the lines that name it: exactly the lines ``AuditLog/keyAndCardEvents(cards:)`` and
/// ``AuditLog/events(ofKinds:)`` would pick by the same tests. Those lines are then read from the log itself and
/// decoded as always; the index only says where they are. Any difference in the stamp, any line of the index
/// that does not parse, or an indexed line that is not a whole line of the log makes the reader ignore the index,
/// read the whole log, and write a new index.
struct AuditLogIndex {
    /// One line of the log: its number (from 1), where it starts and how long it is (without its line feed).
    struct Line: Hashable, Comparable {
        var number: Int
        var offset: Int
        var length: Int

        static func < (first: Line, second: Line) -> Bool { first.number < second.number }
    }

    /// The state of the log the index describes.
    struct Stamp: Equatable {
        var path: String
        var device: UInt64
        var inode: UInt64
        var size: Int
        var modified: [Int]
        var changed: [Int]
        var lastLine: String

        /// The fields as the index writes them, tab-separated.
        var fields: [String] {
            [path, String(device), String(inode), String(size)] + modified.map(String.init)
                + changed.map(String.init) + [lastLine]
        }

        /// The stamp of an open log whose content is `size` bytes; `lastLine` is the SHA-256 (hex) of its last line.
        init(path: String, status: stat, size: Int, lastLine: String) {
            self.path = path
            device = UInt64(status.st_dev)
            inode = UInt64(status.st_ino)
            self.size = size
            modified = [Int(status.st_mtim.tv_sec), Int(status.st_mtim.tv_nsec)]
            changed = [Int(status.st_ctim.tv_sec), Int(status.st_ctim.tv_nsec)]
            self.lastLine = lastLine
        }
    }

    var stamp: Stamp
    /// Lines with a key event.
    var keyLines: [Line] = []
    /// Lines (not key lines) whose paths cannot be told from their bytes: always decoded.
    var undecidedLines: [Line] = []
    /// Lines with a knock-out override event.
    var overrideLines: [Line] = []
    /// The lines naming each card path (not key lines), in log order (when built from the log).
    var cardLines: [String: [Line]] = [:]
    /// The card lines of an index read from the cache, as written (`\nP\t<path>\t<lines>\n` …).
    var cardSection: ArraySlice<UInt8>?

    static let magic = "hirescore-audit-log-index 1"
    static let keyMarker = Array("\"event\":\"key-".utf8)
    static let overrideMarker = Array("\"event\":\"\(AuditLog.EventKind.knockOutOverride)\"".utf8)

    /// The index of a log's `bytes`.
    init(stamp: Stamp, bytes: [UInt8]) {
        self.stamp = stamp
        for (index, range) in AuditLog.lineRanges(of: bytes).enumerated() where !range.isEmpty {
            let line = Line(number: index + 1, offset: range.lowerBound, length: range.count)
            let text = bytes[range]
            if AuditLog.contains(text, Self.overrideMarker) { overrideLines.append(line) }
            if AuditLog.contains(text, Self.keyMarker) {
                keyLines.append(line)
            } else if let paths = AuditLog.rawFilePaths(in: text),
                !paths.contains(where: { $0.contains("\t") || $0.contains("\n") })
            {
                for path in Set(paths) { cardLines[path, default: []].append(line) }
            } else {
                undecidedLines.append(line)
            }
        }
    }

    /// The lines of the log `keyAndCardEvents(cards:)` decodes, in log order; nil when the index is corrupt.
    func lines(keysAndCards cards: Set<String>) -> [Line]? {
        guard let found = encodedLines(of: cards) else { return nil }
        return Set(keyLines).union(undecidedLines).union(found).sorted()
    }

    /// The lines that can name one of `cards` (not key lines), in log order: the lines naming them and the lines
    /// whose paths cannot be told from their bytes; nil when the index is corrupt.
    func lines(cards: Set<String>) -> [Line]? {
        guard let found = encodedLines(of: cards) else { return nil }
        return Set(undecidedLines).union(found).sorted()
    }

    /// The SHA-256 (hex) of the last line of `bytes` (after the last line feed but one, when they end with one).
    static func lastLineHash(of bytes: ArraySlice<UInt8>) -> String {
        var content = bytes
        if content.last == 10 { content = content.dropLast() }
        let start = content.lastIndex(of: 10).map { $0 + 1 } ?? content.startIndex
        return ContentDigest.hexDigest(content[start...])
    }
}

extension AuditLogIndex {
    /// The index as a cache file: the magic line, the stamp, the key, undecided and override lines, a line per
    /// card path, and `end`.
    func encoded() -> [UInt8] {
        func list(_ lines: [Line]) -> String {
            lines.map { "\($0.number):\($0.offset):\($0.length)" }.joined(separator: " ")
        }
        var text = Self.magic + "\n" + (["stamp"] + stamp.fields).joined(separator: "\t") + "\n"
        text += "K\t" + list(keyLines) + "\nA\t" + list(undecidedLines) + "\nO\t" + list(overrideLines) + "\n"
        for path in cardLines.keys.sorted() { text += "P\t" + path + "\t" + list(cardLines[path] ?? []) + "\n" }
        return Array((text + "end\n").utf8)
    }

    /// The index a cache file holds, when its head parses, it ends with `end` and it describes the log in the state
    /// `stamp`; nil otherwise (stale, truncated, corrupt or written by another version). The card lines are looked
    /// up in the file's bytes when asked for (a campaign's index has a line per card).
    init?(encoded bytes: [UInt8], stamp: Stamp) {
        var head: [String] = []
        var start = 0
        while head.count < 5 {
            guard let end = bytes[start...].firstIndex(of: 10) else { return nil }
            head.append(String(decoding: bytes[start..<end], as: UTF8.self))
            start = end + 1
        }
        // The last line is `end`, after the line feed that ends the override line or the last card line.
        guard head[0] == Self.magic, head[1] == (["stamp"] + stamp.fields).joined(separator: "\t"),
            bytes.count >= start + 4, bytes.suffix(5).elementsEqual("\nend\n".utf8)
        else { return nil }
        self.stamp = stamp
        func list(_ line: String, tag: String) -> [Line]? {
            guard line.hasPrefix(tag + "\t") else { return nil }
            return Self.parse(line.dropFirst(tag.count + 1), size: stamp.size)
        }
        guard let keys = list(head[2], tag: "K"), let undecided = list(head[3], tag: "A"),
            let overrides = list(head[4], tag: "O")
        else { return nil }
        keyLines = keys
        undecidedLines = undecided
        overrideLines = overrides
        // From the line feed before the first card line, so that every card line is found as "\nP\t<path>\t".
        cardSection = bytes[(start - 1)...]
    }

    /// The most cards looked up one by one (``encodedLines(of:)``, a byte search over the card lines per card); more
    /// are read in one pass over all card lines, which costs as much as about 32 searches (instructions counted with
    /// callgrind on a 10,000-card index; BENCHMARKS.md).
    static let cardsLookedUpOneByOne = 32

    /// The lines naming any of `cards`, read from the index file's card lines in one pass over them (a merge of a
    /// whole store asks for every card: looking each one up would read the card lines once per card), or card by card
    /// for up to ``cardsLookedUpOneByOne`` cards (one candidate's); nil when the line of one of them does not parse.
    /// The same lines either way: each card's first line counts. (`oneByOneUpTo` is for tests.)
    func encodedLines(of cards: Set<String>, oneByOneUpTo: Int = cardsLookedUpOneByOne) -> [Line]? {
        guard let cardSection, cards.count > oneByOneUpTo else {
            var lines: [Line] = []
            for card in cards {
                guard let found = encodedLines(of: card) else { return nil }
                lines += found
            }
            return lines
        }
        var lists: [String: Range<Int>] = [:]
        var lines: [Line] = []
        // Paths with a tab or a line feed are never written; looked up one by one, as before.
        for card in cards where card.contains("\t") || card.contains("\n") {
            guard let found = encodedLines(of: card) else { return nil }
            lines += found
        }
        let tab = UInt8(ascii: "\t")
        var start = cardSection.startIndex
        while let feed = cardSection[start...].firstIndex(of: 10) {
            // A card line: `P`, a tab, the path, a tab and its lines, up to the next line feed.
            let lineStart = feed + 1
            let lineEnd = cardSection[lineStart...].firstIndex(of: 10) ?? cardSection.endIndex
            start = lineEnd
            guard lineEnd - lineStart > 2, cardSection[lineStart] == UInt8(ascii: "P"),
                cardSection[lineStart + 1] == tab,
                let pathEnd = cardSection[(lineStart + 2)..<lineEnd].firstIndex(of: tab)
            else { continue }
            let path = String(decoding: cardSection[(lineStart + 2)..<pathEnd], as: UTF8.self)
            if cards.contains(path), lists[path] == nil { lists[path] = (pathEnd + 1)..<lineEnd }
            if lineEnd == cardSection.endIndex { break }
        }
        for range in lists.values {
            guard
                let found = Self.parse(
                    Substring(String(decoding: cardSection[range], as: UTF8.self)), size: stamp.size)
            else { return nil }
            lines += found
        }
        return lines
    }

    /// The lines naming `card`, read from the index file's card lines; nil when its line does not parse.
    func encodedLines(of card: String) -> [Line]? {
        guard let cardSection else { return cardLines[card] ?? [] }
        let needle = Array("\nP\t\(card)\t".utf8)
        guard let found = AuditLog.firstIndex(of: needle, in: cardSection, from: cardSection.startIndex) else {
            return []
        }
        let start = found + needle.count
        guard let end = cardSection[start...].firstIndex(of: 10) else { return nil }
        return Self.parse(Substring(String(decoding: cardSection[start..<end], as: UTF8.self)), size: stamp.size)
    }

    /// `number:offset:length` items separated by spaces, each inside a log of `size` bytes.
    private static func parse(_ text: Substring, size: Int) -> [Line]? {
        var lines: [Line] = []
        for item in text.split(separator: " ") {
            let numbers = item.split(separator: ":", omittingEmptySubsequences: false).compactMap { Int($0) }
            guard numbers.count == 3, numbers[0] > 0, numbers[1] >= 0, numbers[2] > 0,
                numbers[1] + numbers[2] <= size
            else { return nil }
            lines.append(Line(number: numbers[0], offset: numbers[1], length: numbers[2]))
        }
        return lines
    }
}
