import YAML

/// The canonical text of a YAML tree, and its SHA-256: the content hash that scorecards pin.
///
/// The canonical form keeps meaning and drops presentation: mapping keys are sorted, comments,
/// whitespace, quoting style and anchors disappear, and plain numbers are written in one form
/// (`1`, `1.0` and `+1` are the same number). Any change of a value (an anchor text, a weight, a
/// threshold) changes the hash.
package enum CanonicalForm {
    /// The canonical text of a node.
    package static func text(of node: YAMLNode) -> String {
        var output: [UInt8] = []
        append(node, to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// `sha256:` followed by the SHA-256 of the node's canonical text, in lowercase hex.
    package static func hash(of node: YAMLNode) -> String {
        // The canonical text is built as UTF-8 bytes and hashed as they are: the same bytes as
        // `text(of:)` gives, without the cost of growing a String one scalar at a time.
        var output: [UInt8] = []
        output.reserveCapacity(4096)
        append(node, to: &output)
        return "sha256:" + ContentDigest.hexDigest(output)
    }

    private static func append(_ node: YAMLNode, to output: inout [UInt8]) {
        switch node.content {
        case .scalar(let scalar):
            if scalar.isPlain, !scalar.isNull, YAMLNode.looksNumeric(scalar.text), let value = Double(scalar.text),
                value.isFinite
            {
                output.append(contentsOf: "n:".utf8)
                output.append(contentsOf: canonicalNumber(value).utf8)
            } else if scalar.isNull {
                output.append(contentsOf: "null".utf8)
            } else {
                output.append(contentsOf: "s:".utf8)
                appendQuoted(scalar.text, to: &output)
            }
        case .sequence(let items):
            output.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                append(item, to: &output)
            }
            output.append(UInt8(ascii: "]"))
        case .mapping(let pairs):
            // The keys' canonical texts go into one buffer and are sorted as ranges of it.
            var keyBytes: [UInt8] = []
            var keys: [(range: Range<Int>, isASCII: Bool, pair: Int)] = []
            keys.reserveCapacity(pairs.count)
            for (index, pair) in pairs.enumerated() {
                let start = keyBytes.count
                append(pair.key, to: &keyBytes)
                keys.append((start..<keyBytes.count, keyBytes[start...].allSatisfy { $0 < 0x80 }, index))
            }
            // Ordered exactly as the Strings of the keys' texts would be: for ASCII text String order is byte
            // order; any other text is compared as String (Unicode canonical equivalence).
            keys.sort { lhs, rhs in
                if lhs.isASCII && rhs.isASCII {
                    return keyBytes[lhs.range].lexicographicallyPrecedes(keyBytes[rhs.range])
                }
                return String(decoding: keyBytes[lhs.range], as: UTF8.self)
                    < String(decoding: keyBytes[rhs.range], as: UTF8.self)
            }
            output.append(UInt8(ascii: "{"))
            for (index, key) in keys.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                output.append(contentsOf: keyBytes[key.range])
                output.append(UInt8(ascii: ":"))
                append(pairs[key.pair].value, to: &output)
            }
            output.append(UInt8(ascii: "}"))
        }
    }

    private static func canonicalNumber(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }

    /// Appends text in double quotes with `"`, `\`, line feeds and other control characters escaped.
    /// Works on UTF-8 bytes: every byte of a multi-byte sequence is 0x80 or more, so only ASCII is escaped.
    private static func appendQuoted(_ text: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            for index in bytes.indices {
                let byte = bytes[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
                start = index + 1
                switch byte {
                case UInt8(ascii: "\""): output.append(contentsOf: "\\\"".utf8)
                case UInt8(ascii: "\\"): output.append(contentsOf: "\\\\".utf8)
                case UInt8(ascii: "\n"): output.append(contentsOf: "\\n".utf8)
                default: output.append(contentsOf: "\\u{\(String(byte, radix: 16))}".utf8)
                }
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<bytes.count]))
        }
        output.append(UInt8(ascii: "\""))
    }
}

extension YAMLNode {
    /// Whether a plain scalar's text is a decimal number.
    static func looksNumeric(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first else { return false }
        guard first == "-" || first == "+" || first == "." || ("0"..."9").contains(first) else { return false }
        // A decimal number holds only digits, signs, a point and an exponent mark: anything else (a date,
        // a timestamp) is text, without building the error that reading it as a number would throw.
        guard
            text.utf8.allSatisfy({
                ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) || $0 == UInt8(ascii: "-")
                    || $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "e")
                    || $0 == UInt8(ascii: "E")
            })
        else { return false }
        // A short run of digits (a level, a version) is always a finite number.
        if text.utf8.count <= 15, text.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) {
            return true
        }
        return (try? YAMLNode(.scalar(YAMLScalar(text, style: .plain))).decimal()) != nil
    }
}
