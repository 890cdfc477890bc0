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
        var output = ""
        append(node, to: &output)
        return output
    }

    /// `sha256:` followed by the SHA-256 of the node's canonical text, in lowercase hex.
    public static func hash(of node: YAMLNode) -> String {
        "sha256:" + SHA256.hexDigest(text(of: node))
    }

    private static func append(_ node: YAMLNode, to output: inout String) {
        switch node.content {
        case .scalar(let scalar):
            if scalar.isPlain, !scalar.isNull, YAMLNode.looksNumeric(scalar.text), let value = Double(scalar.text), value.isFinite {
                output += "n:" + canonicalNumber(value)
            } else if scalar.isNull {
                output += "null"
            } else {
                output += "s:"
                appendQuoted(scalar.text, to: &output)
            }
        case .sequence(let items):
            output += "["
            for (index, item) in items.enumerated() {
                if index > 0 { output += "," }
                append(item, to: &output)
            }
            output += "]"
        case .mapping(let pairs):
            let keyed = pairs.map { pair -> (String, YAMLNode) in
                var key = ""
                append(pair.key, to: &key)
                return (key, pair.value)
            }.sorted { $0.0 < $1.0 }
            output += "{"
            for (index, (key, value)) in keyed.enumerated() {
                if index > 0 { output += "," }
                output += key + ":"
                append(value, to: &output)
            }
            output += "}"
        }
    }

    private static func canonicalNumber(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }

    private static func appendQuoted(_ text: String, to output: inout String) {
        output += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            default:
                if scalar.value < 0x20 {
                    output += "\\u{\(String(scalar.value, radix: 16))}"
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        output += "\""
    }
}

extension YAMLNode {
    /// Whether a plain scalar's text is a decimal number.
    static func looksNumeric(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first else { return false }
        guard first == "-" || first == "+" || first == "." || ("0"..."9").contains(first) else { return false }
        return (try? YAMLNode(.scalar(YAMLScalar(text, style: .plain))).decimal()) != nil
    }
}
