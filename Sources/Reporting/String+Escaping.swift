import ScoringCore

extension String {
    /// The text escaped for HTML (see ``HTMLEscaping``).
    var html: String { HTMLEscaping.escape(self) }

    /// The text escaped for inline Markdown (see ``MarkdownEscaping``).
    var markdown: String { MarkdownEscaping.escape(self) }
}
