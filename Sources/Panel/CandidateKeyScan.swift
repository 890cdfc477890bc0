import Foundation
import ScoringCore

/// The requisition and candidate a scorecard file states, found in its bytes without reading the YAML: a merge groups
/// a campaign's files by candidate before it decodes any, so that it can read and merge one slice of candidates at a
/// time instead of holding every decoded card.
///
/// Only the plain form HireScore writes counts as certain: every line at column 0 is a plain key, a comment, blank or
/// (after the first key) an entry `- …` of a sequence that is a key's value;
/// exactly one is `candidate: ID` and at most one `requisition: ID`, each ID made of letters, digits, `.`, `_` and
/// `-` with nothing after it but spaces. Anything else (an indented first line, quotes, flow collections, tags,
/// anchors, a second document, a byte-order mark, CR line ends, a comment after the ID) gives nil, and the file is
/// decoded whole to find its key. The merge still compares every key found here with the decoded scorecard's.
package enum CandidateKeyScan {
    /// The group key of the scorecard in `bytes` (``Scorecard/groupKey``), or nil when the bytes do not state
    /// it in the plain form.
    package static func key(in bytes: [UInt8]) -> String? {
        bytes.withUnsafeBufferPointer { buffer -> String? in
            guard let base = buffer.baseAddress else { return nil }
            var candidate: String?
            var requisition: String?
            var seenKey = false
            var start = 0
            while start < buffer.count {
                let end = lineEnd(base, from: start, count: buffer.count)
                defer { start = end + 1 }
                guard end > start else { continue }
                let first = base[start]
                if first == UInt8(ascii: "#") { continue }
                if first == UInt8(ascii: " ") {
                    // A nested line; before any top-level key it means the document is not at column 0.
                    if !seenKey && !isBlank(base, start, end) { return nil }
                    continue
                }
                if first == UInt8(ascii: "-"), seenKey, end == start + 1 || base[start + 1] == UInt8(ascii: " ") {
                    // An entry of a sequence that is a top-level key's value (`order:` then `- criterion`).
                    continue
                }
                guard isLetterOrDigit(first) else { return nil }
                seenKey = true
                let line = UnsafeBufferPointer(rebasing: buffer[start..<end])
                switch statedValue(line, key: candidateKey) {
                case .some(.some(let value)):
                    guard candidate == nil else { return nil }
                    candidate = value
                    continue
                case .some(.none): return nil
                case .none: break
                }
                switch statedValue(line, key: requisitionKey) {
                case .some(.some(let value)):
                    guard requisition == nil else { return nil }
                    requisition = value
                case .some(.none): return nil
                case .none: break
                }
            }
            guard let candidate else { return nil }
            return Scorecard.groupKey(requisition: requisition, candidate: candidate)
        }
    }

    private static let candidateKey = Array("candidate".utf8)
    private static let requisitionKey = Array("requisition".utf8)

    /// For a line that starts with `key`: `.some(value)` when it is `key: value` in the plain form, `.some(nil)` when
    /// it is that key in any other form (uncertain); nil when the line is about another key (`candidate-notes:`).
    private static func statedValue(_ line: UnsafeBufferPointer<UInt8>, key: [UInt8]) -> String?? {
        guard line.count >= key.count, zip(line, key).allSatisfy({ $0 == $1 }) else { return nil }
        var index = key.count
        guard index < line.count else { return .some(nil) }
        guard line[index] == UInt8(ascii: ":") || line[index] == UInt8(ascii: " ") else { return nil }
        guard line[index] == UInt8(ascii: ":") else { return .some(nil) }
        index += 1
        guard index < line.count, line[index] == UInt8(ascii: " ") else { return .some(nil) }
        while index < line.count, line[index] == UInt8(ascii: " ") { index += 1 }
        let valueStart = index
        while index < line.count, isIdentifierByte(line[index]) { index += 1 }
        let valueEnd = index
        while index < line.count, line[index] == UInt8(ascii: " ") { index += 1 }
        guard valueEnd > valueStart, index == line.count else { return .some(nil) }
        return .some(String(decoding: UnsafeBufferPointer(rebasing: line[valueStart..<valueEnd]), as: UTF8.self))
    }

    /// The index of the line feed ending the line that starts at `start`, or `count` for the last line.
    private static func lineEnd(_ base: UnsafePointer<UInt8>, from start: Int, count: Int) -> Int {
        guard let found = memchr(base + start, Int32(UInt8(ascii: "\n")), count - start) else { return count }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    private static func isBlank(_ base: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        (start..<end).allSatisfy { base[$0] == UInt8(ascii: " ") }
    }

    private static func isLetterOrDigit(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
            || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
    }

    private static func isIdentifierByte(_ byte: UInt8) -> Bool {
        isLetterOrDigit(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".")
    }
}
