/// Escaping of text for GitHub-flavoured Markdown, so that user data (interviewer names, candidate
/// ids, evidence, reasons) renders as the text it is, inside a table cell, a list item or a heading.
///
/// Every character that could start markup is backslash-escaped: `\` `` ` `` `*` `_` `[` `]` `<` `>`
/// `|` `~` `&` `$` (so `<script>` shows as text, `|` cannot split a table cell, `&lt;` is not decoded as
/// an entity and `$...$` is not set as maths), and `@` where it could start a mention (`@name` mentions
/// nobody; `claims-handler@1` stays as it is). Line breaks and tabs become spaces, so a note with a newline
/// cannot end a table row; other control characters and bidirectional overrides
/// (``TerminalText/isControl(_:)``) are shown as `\u{XX}`. Reports, rubric docs and the Art. 15 export
/// all escape through this one function. Text that begins like a block (`#`, `-`, `+`, `=`,
/// `1.`) is escaped too, so it stays text at the start of a list item.
///
/// ```swift
/// MarkdownEscaping.escape("a | b\n<script>") // "a \\| b \\<script\\>"
/// ```
package enum MarkdownEscaping {
    /// The characters escaped with a backslash.
    package static let special: Set<Unicode.Scalar> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "&", "$"]

    /// `text` escaped for inline Markdown on one line.
    package static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var lastWasBreak = false
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            defer { previous = scalar }
            if scalar == "\r" || scalar == "\n" {
                // "\r\n" is one line break: one space.
                if !lastWasBreak { out += " " }
                lastWasBreak = true
                continue
            }
            lastWasBreak = false
            if scalar == "\t" {
                out += " "
                continue
            }
            let startsMention =
                scalar == "@" && !(previous.map { $0.properties.isAlphabetic || ("0"..."9").contains($0) } ?? false)
            if special.contains(scalar) || startsMention {
                out += "\\"
                out.unicodeScalars.append(scalar)
            } else if TerminalText.isControl(scalar) {
                out += TerminalText.visible(scalar)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return escapingBlockStart(out)
    }

    /// Escapes a leading `#`, `-`, `+` or `=`, and the `.` or `)` after leading digits before a space, which would
    /// start a heading, a list or a setext underline at the beginning of a line or a list item.
    static func escapingBlockStart(_ text: String) -> String {
        guard let first = text.unicodeScalars.first else { return text }
        if first == "#" || first == "-" || first == "+" || first == "=" { return "\\" + text }
        let digits = text.unicodeScalars.prefix { ("0"..."9").contains($0) }
        guard !digits.isEmpty, digits.count < text.unicodeScalars.count else { return text }
        let rest = text.unicodeScalars.dropFirst(digits.count)
        // An ordered-list marker needs a space (or the end) after it: "12. x" starts a list, "3.80" does not.
        guard let marker = rest.first, marker == "." || marker == ")",
            rest.dropFirst().first.map({ $0 == " " || $0 == "\t" }) ?? true
        else { return text }
        return String(String.UnicodeScalarView(digits)) + "\\" + String(String.UnicodeScalarView(rest))
    }
}
