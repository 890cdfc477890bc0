/// Reading typed values out of scalar nodes, each failure located at the node.
///
/// Only plain scalars resolve to numbers and booleans: `"3"` in quotes is text (a date may be quoted,
/// as the writer quotes date-like text so that it reads back as text elsewhere). Numbers
/// must be finite and in range (`1e400`, `.nan` and `.inf` are refused), `-0` reads as 0, and the
/// YAML 1.1 booleans `yes`/`no`/`on`/`off` are refused with a hint to write `true` or `false`.
extension YAMLNode {
    /// The node's text, when it is a scalar that is not null.
    public func text() throws(YAMLError) -> String {
        guard let scalar else { throw mismatch("text") }
        if scalar.isNull { throw mismatch("text") }
        return scalar.text
    }

    /// The node's value as an integer.
    public func integer() throws(YAMLError) -> Int {
        guard let scalar, scalar.isPlain, !scalar.isNull else { throw mismatch("an integer") }
        guard YAMLNode.isIntegerSyntax(scalar.text) else {
            if YAMLNode.isDecimalSyntax(scalar.text) {
                throw YAMLError(
                    .syntax, "expected an integer, found '\(scalar.text)'", at: location,
                    hint: "write a whole number such as 3")
            }
            throw mismatch("an integer")
        }
        guard let value = Int(scalar.text.hasPrefix("+") ? String(scalar.text.dropFirst()) : scalar.text) else {
            throw YAMLError(.syntax, "the integer '\(scalar.text)' is out of range", at: location)
        }
        return value
    }

    /// The node's value as a finite decimal number (integers included).
    public func decimal() throws(YAMLError) -> Double {
        guard let scalar, scalar.isPlain, !scalar.isNull else { throw mismatch("a number") }
        let text = scalar.text
        switch text.lowercased() {
        case ".nan", ".inf", "+.inf", "-.inf":
            throw YAMLError(.syntax, "expected a finite number, found '\(text)'", at: location)
        default: break
        }
        guard YAMLNode.isDecimalSyntax(text), let value = Double(text) else { throw mismatch("a number") }
        guard value.isFinite else {
            throw YAMLError(.syntax, "the number '\(text)' is out of range", at: location)
        }
        return value == 0 ? 0 : value
    }

    /// The node's value as a boolean (`true` or `false`).
    public func boolean() throws(YAMLError) -> Bool {
        guard let scalar, scalar.isPlain, !scalar.isNull else { throw mismatch("true or false") }
        switch scalar.text {
        case "true", "True", "TRUE": return true
        case "false", "False", "FALSE": return false
        case "yes", "Yes", "YES", "no", "No", "NO", "on", "On", "ON", "off", "Off", "OFF", "y", "n", "Y", "N":
            throw YAMLError(
                .syntax, "expected true or false, found '\(scalar.text)'", at: location,
                hint: "write true or false")
        default:
            throw mismatch("true or false")
        }
    }

    /// The node's value as a calendar date `YYYY-MM-DD`.
    public func date() throws(YAMLError) -> CalendarDate {
        guard let scalar, !scalar.isNull else { throw mismatch("a date (YYYY-MM-DD)") }
        guard let date = CalendarDate(parsing: scalar.text) else {
            throw YAMLError(
                .syntax, "expected a date (YYYY-MM-DD), found '\(scalar.text)'", at: location,
                hint: "write the date as year-month-day, for example 2026-01-31")
        }
        return date
    }

    /// The error for a node of the wrong kind, naming what was expected and what was found.
    public func mismatch(_ expected: String) -> YAMLError {
        let found: String
        switch content {
        case .scalar(let scalar):
            if scalar.isNull {
                found = "nothing (null)"
            } else {
                let shown = scalar.text.count > 40 ? String(scalar.text.prefix(40)) + "…" : scalar.text
                found = "'\(shown.replacingNewlines())'"
            }
        case .sequence: found = "a sequence"
        case .mapping: found = "a mapping"
        }
        return YAMLError(.syntax, "expected \(expected), found \(found)", at: location)
    }

    static func isIntegerSyntax(_ text: String) -> Bool {
        var bytes = Substring(text).utf8[...]
        if let first = bytes.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
            bytes = bytes.dropFirst()
        }
        return !bytes.isEmpty && bytes.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }

    static func isDecimalSyntax(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        var index = 0
        func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") { index += 1 }
        var mantissaDigits = 0
        while index < bytes.count, isDigit(bytes[index]) {
            index += 1
            mantissaDigits += 1
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            while index < bytes.count, isDigit(bytes[index]) {
                index += 1
                mantissaDigits += 1
            }
        }
        guard mantissaDigits > 0 else { return false }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
                index += 1
            }
            var exponentDigits = 0
            while index < bytes.count, isDigit(bytes[index]) {
                index += 1
                exponentDigits += 1
            }
            guard exponentDigits > 0 else { return false }
        }
        return index == bytes.count
    }
}

extension String {
    /// The text with line breaks shown as `⏎`, for quoting user text inside one-line messages.
    func replacingNewlines() -> String {
        var result = ""
        for character in self {
            result += character.isNewline ? "⏎" : String(character)
        }
        return result
    }
}
