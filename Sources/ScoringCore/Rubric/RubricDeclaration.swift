import Foundation

/// The id a rubric file declares, told from its bytes without parsing them, so that a command needing one rubric
/// can leave the others unread.
///
/// The answer is either certain or nil. It is the value of the file's one `id:` line at column 0, when that
/// value is a plain identifier (letters, digits, `-`, `_`, `.`, an optional `# comment` after it) and no line at
/// column 0 could spell the top-level `id` key another way: a quoted or complex key (`"id":`, `? id`), a flow
/// mapping (`{`), a merge key (`<<:`), an anchor, alias, tag or directive, another document (`---`), a tab or a
/// byte order mark. Such a file, a file with two `id:` lines or none, gets nil, and the caller loads it.
///
/// The top-level keys of a block mapping at column 0 are the only lines at column 0 a valid rubric has (apart
/// from comments), so the id found is the rubric's id, or the file is not a valid rubric (and then it cannot be
/// the rubric a scorecard needs either).
package enum RubricDeclaration {
    /// The declared id, or nil when it cannot be told for certain without parsing the file.
    package static func id(in bytes: [UInt8]) -> String? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return nil }
        var found: String?
        var start = 0
        while start < bytes.count {
            let end = lineEnd(in: bytes, from: start)
            var line = bytes[start..<end]
            start = end + 1
            if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
            guard let first = line.first, first != UInt8(ascii: " "), first != UInt8(ascii: "#") else { continue }
            guard isKeyStart(first) else { return nil }
            guard line.starts(with: Array("id".utf8)) else { continue }
            let rest = line.dropFirst(2)
            guard let next = rest.first else { return nil }
            if isKeyByte(next) { continue }  // another key that begins with "id" (`identity:`)
            // `id:` then a space and a plain identifier; anything else (`id :`, `id:x`, quotes, anchors) is unsure.
            guard next == UInt8(ascii: ":"), found == nil, let value = plainValue(rest.dropFirst()) else { return nil }
            found = value
        }
        return found
    }

    /// The index of the next line feed at or after `start`, or the end of `bytes`: found with `memchr`, as a
    /// rubric's 60 KB are mostly lines the search passes over.
    private static func lineEnd(in bytes: [UInt8], from start: Int) -> Int {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, start < buffer.count,
                let found = memchr(base + start, Int32(UInt8(ascii: "\n")), buffer.count - start)
            else { return buffer.count }
            return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }
    }

    /// The identifier after `id:`: one or more spaces, the identifier, then optional spaces and a comment.
    private static func plainValue(_ bytes: ArraySlice<UInt8>) -> String? {
        var index = bytes.startIndex
        guard index < bytes.endIndex, bytes[index] == UInt8(ascii: " ") else { return nil }
        while index < bytes.endIndex && bytes[index] == UInt8(ascii: " ") { index += 1 }
        let valueStart = index
        while index < bytes.endIndex && isKeyByte(bytes[index]) { index += 1 }
        let value = bytes[valueStart..<index]
        guard !value.isEmpty else { return nil }
        var spaces = 0
        while index < bytes.endIndex && bytes[index] == UInt8(ascii: " ") {
            index += 1
            spaces += 1
        }
        if index < bytes.endIndex && !(spaces > 0 && bytes[index] == UInt8(ascii: "#")) { return nil }
        return String(decoding: value, as: UTF8.self)
    }

    /// Whether a line at column 0 beginning with this byte can only be a plain key of the top-level mapping.
    private static func isKeyStart(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
            || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "_")
    }

    private static func isKeyByte(_ byte: UInt8) -> Bool {
        isKeyStart(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
    }
}
