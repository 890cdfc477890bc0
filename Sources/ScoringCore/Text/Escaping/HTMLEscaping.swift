/// Escaping of text for HTML and SVG, so that user data (interviewer names, candidate ids, evidence,
/// reasons) renders as text and never as markup.
///
/// `<script>` becomes `&lt;script&gt;`, quotes are escaped so that text is safe inside attribute
/// values too, and control characters (which HTML does not allow: C0, ESC, DEL, C1) and bidirectional
/// overrides (``TerminalText/isControl(_:)``) are shown as `\u{XX}`, so what is shown says what is
/// stored. Line breaks and tabs are kept: in HTML they render as a space and cannot break the layout.
/// Reports, rubric docs and the Art. 15 export all escape through this one function.
///
/// ```swift
/// HTMLEscaping.escape("<b>Tom & \"Jerry\"</b>") // "&lt;b&gt;Tom &amp; &quot;Jerry&quot;&lt;/b&gt;"
/// ```
package enum HTMLEscaping {
    /// `text` escaped for HTML text and for attribute values in double or single quotes.
    package static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\n", "\t": out.unicodeScalars.append(scalar)
            default:
                if TerminalText.isControl(scalar) {
                    out += TerminalText.visible(scalar)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}
