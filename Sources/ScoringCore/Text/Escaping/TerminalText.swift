/// User text made safe for a terminal line: the one escaping of control characters for text output.
///
/// C0 controls (line breaks and tabs included), DEL, C1 controls (U+0080–U+009F, among them the
/// one-byte CSI U+009B) and the bidirectional controls that reorder text (U+202A–U+202E,
/// U+2066–U+2069, U+200E, U+200F, U+061C) are written as `\u{XX}`, and a backslash as `\\`, so what
/// is printed is one line that says exactly what is stored. The HTML, Markdown and CSV escapers
/// (``HTMLEscaping``, ``MarkdownEscaping``, and the CSV writer of the reports) treat the same characters
/// as control characters (``isControl(_:)``) and show them the same way (``visible(_:)``).
package enum TerminalText {
    /// Whether a scalar is a control character that must never reach output as itself.
    package static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    /// A control character as it is shown: `\u{1B}`.
    package static func visible(_ scalar: Unicode.Scalar) -> String {
        "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
    }

    /// The text on one line, control characters and backslashes escaped.
    package static func line(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { isControl($0) || $0 == "\\" }) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar == "\\" {
                result.append(contentsOf: "\\\\".unicodeScalars)
            } else if isControl(scalar) {
                result.append(contentsOf: visible(scalar).unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// The text with control characters escaped as `\u{XX}` (backslashes left alone), keeping line
    /// breaks (LF, CR) and tabs when `keepingLineBreaks` is set: for formats that escape their own specials
    /// (HTML, Markdown, CSV) and only need the controls made harmless and visible.
    package static func neutralisingControls(_ text: String, keepingLineBreaks: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isControl(scalar) && !(keepingLineBreaks && (scalar == "\n" || scalar == "\r" || scalar == "\t")) {
                result.append(contentsOf: visible(scalar).unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }
}
