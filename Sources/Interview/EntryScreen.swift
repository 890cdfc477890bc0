/// How `enter` lays out its text on an interactive terminal: wrapped at word boundaries to the terminal's
/// width with hanging indents, anchors one line each, and bold for structure where allowed.
///
/// A session without a screen (answers from a file or a pipe, or output that is not a terminal) writes
/// its text unwrapped, as it always has, so that scripted output stays stable.
public struct EntryScreen: Sendable, Hashable {
    /// The number of columns to wrap at (at least 20).
    public var width: Int
    /// Whether structure (the criterion's title) is shown in bold: only on a terminal, never with `NO_COLOR`.
    public var bold: Bool
    /// The number of rows that the criterion's title, questions, anchors and prompt should fit in (at least 10).
    public var height: Int

    /// Creates a screen of `width` columns and `height` rows.
    public init(width: Int, height: Int = 24, bold: Bool) {
        self.width = max(20, width)
        self.height = max(10, height)
        self.bold = bold
    }

    /// `text` wrapped at word boundaries: the first line starts with `first`, every following line with
    /// `rest` (a hanging indent). Hard line breaks in `text` are kept; a word longer than a line is split.
    /// Every line ends with a line break.
    public func wrap(_ text: String, first: String = "", rest: String? = nil) -> String {
        wrapLines(text, first: first, rest: rest).map { $0 + "\n" }.joined()
    }

    /// The lines of ``wrap(_:first:rest:)``, without line breaks.
    public func wrapLines(_ text: String, first: String = "", rest: String? = nil) -> [String] {
        // Keys stay with their meaning ("z = zurück") and "k. A." stays whole: bound by no-break spaces while
        // wrapping.
        let bound = text.replacingOccurrences(of: " = ", with: "\u{A0}=\u{A0}").replacingOccurrences(
            of: "k. A.", with: "k.\u{A0}A.")
        return wrapUnbound(bound, first: first, rest: rest).map { $0.replacingOccurrences(of: "\u{A0}", with: " ") }
    }

    private func wrapUnbound(_ text: String, first: String, rest: String?) -> [String] {
        let hanging = rest ?? String(repeating: " ", count: first.count)
        var lines: [String] = []
        var current = first
        var currentHasWord = false
        var prefixOfCurrent = first
        func flush() {
            lines.append(String(current.reversed().drop { $0 == " " }.reversed()))
            current = hanging
            prefixOfCurrent = hanging
            currentHasWord = false
        }
        for (index, paragraph) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if index > 0 { flush() }
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
                var word = Substring(word)
                let space = currentHasWord ? 1 : 0
                if current.count + space + word.count <= width {
                    current += (currentHasWord ? " " : "") + word
                    currentHasWord = true
                    continue
                }
                if currentHasWord { flush() }
                // A word longer than a whole line is split where the line ends.
                while prefixOfCurrent.count + word.count > width {
                    let room = max(1, width - prefixOfCurrent.count)
                    current += word.prefix(room)
                    word = word.dropFirst(room)
                    currentHasWord = true
                    flush()
                }
                if !word.isEmpty {
                    current += word
                    currentHasWord = true
                }
            }
        }
        lines.append(String(current.reversed().drop { $0 == " " }.reversed()))
        return lines
    }

    /// `text` cut to one line of at most `width` columns, with "…" where it was cut.
    public func truncate(_ text: String) -> String {
        let flat = String(text.map { $0.isNewline ? " " : $0 })
        guard flat.count > width else { return flat }
        return String(flat.prefix(width - 1)).trimmingTrailingSpaces + "…"
    }

    /// A prompt wrapped to the width: its last line has no line break and ends with a space, where the answer is typed.
    public func prompt(_ text: String) -> String {
        let lines = wrapLines(text)
        return lines.joined(separator: "\n") + (text.hasSuffix(" ") ? " " : "")
    }

    /// Every line of `text` in bold when the screen allows it.
    public func strong(_ text: String) -> String {
        guard bold else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? String($0) : "\u{1B}[1m\($0)\u{1B}[0m" }
            .joined(separator: "\n")
    }
}

extension String {
    var trimmingTrailingSpaces: String {
        String(reversed().drop { $0 == " " }.reversed())
    }
}
