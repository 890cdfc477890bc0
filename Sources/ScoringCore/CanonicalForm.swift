import YAML

/// The canonical text of a YAML tree, and its SHA-256: the content hash that scorecards pin.
///
/// The canonical form keeps meaning and drops presentation: mapping keys are sorted, comments,
/// whitespace, quoting style and anchors disappear, and plain numbers are written in one form
/// (`1`, `1.0` and `+1` are the same number). Any change of a value (an anchor text, a weight, a
/// threshold) changes the hash.
public enum CanonicalForm {
    /// The canonical text of a node.
    public static func text(of node: YAMLNode) -> String {
        var output: [UInt8] = []
        append(node, to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// `sha256:` followed by the SHA-256 of the node's canonical text, in lowercase hex.
    public static func hash(of node: YAMLNode) -> String {
        // The canonical text is built as UTF-8 bytes and hashed as they are: the same bytes as
        // `text(of:)` gives, without the cost of growing a String one scalar at a time.
        var output: [UInt8] = []
        output.reserveCapacity(4096)
        append(node, to: &output)
        return "sha256:" + SHA256.hexDigest(output)
    }

    private static func append(_ node: YAMLNode, to output: inout [UInt8]) {
        switch node.content {
        case .scalar(let scalar):
            if scalar.isPlain, !scalar.isNull, YAMLNode.looksNumeric(scalar.text), let value = Double(scalar.text), value.isFinite {
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
            let keyed = pairs.map { pair -> (CanonicalKey, YAMLNode) in
                var key: [UInt8] = []
                append(pair.key, to: &key)
                return (CanonicalKey(key), pair.value)
            }.sorted { $0.0 < $1.0 }
            output.append(UInt8(ascii: "{"))
            for (index, (key, value)) in keyed.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                output.append(contentsOf: key.bytes)
                output.append(UInt8(ascii: ":"))
                append(value, to: &output)
            }
            output.append(UInt8(ascii: "}"))
        }
    }

    /// A key's canonical text, ordered exactly as the String of that text would be.
    ///
    /// For ASCII text, String order is byte order; any other text falls back to String comparison
    /// (Unicode canonical equivalence), so the order, and with it the hash, never depends on this shortcut.
    private struct CanonicalKey: Comparable {
        let bytes: [UInt8]
        let isASCII: Bool

        init(_ bytes: [UInt8]) {
            self.bytes = bytes
            isASCII = bytes.allSatisfy { $0 < 0x80 }
        }

        static func < (lhs: CanonicalKey, rhs: CanonicalKey) -> Bool {
            if lhs.isASCII && rhs.isASCII { return lhs.bytes.lexicographicallyPrecedes(rhs.bytes) }
            return String(decoding: lhs.bytes, as: UTF8.self) < String(decoding: rhs.bytes, as: UTF8.self)
        }

        static func == (lhs: CanonicalKey, rhs: CanonicalKey) -> Bool {
            if lhs.isASCII && rhs.isASCII { return lhs.bytes == rhs.bytes }
            return String(decoding: lhs.bytes, as: UTF8.self) == String(decoding: rhs.bytes, as: UTF8.self)
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
        guard text.utf8.allSatisfy({ ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) || $0 == UInt8(ascii: "-")
                || $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }) else { return false }
        return (try? YAMLNode(.scalar(YAMLScalar(text, style: .plain))).decimal()) != nil
    }
}
