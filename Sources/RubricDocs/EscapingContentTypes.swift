import Mustache
import ScoringCore

/// Markdown templates (`{{% CONTENT_TYPE: MARKDOWN }}`) escape rubric text with ``MarkdownEscaping``, so
/// that text containing `|`, `*`, `<` or line breaks renders as text and never breaks a table or the layout.
struct MarkdownContentType: MustacheContentType {
    func escapeText(_ text: String) -> String {
        MarkdownEscaping.escape(text)
    }
}

/// HTML templates (`{{% CONTENT_TYPE: HIRESCORE_HTML }}`) escape rubric text with ``HTMLEscaping``: the
/// template library's own HTML escaping lets control characters and bidirectional overrides through.
struct HTMLContentType: MustacheContentType {
    func escapeText(_ text: String) -> String {
        HTMLEscaping.escape(text)
    }
}

/// The content types templates name in their pragma, registered once.
enum EscapingContentTypes {
    /// Registers `MARKDOWN` and `HIRESCORE_HTML`.
    static let registered: Void = {
        MustacheContentTypes.register(MarkdownContentType(), named: "MARKDOWN")
        MustacheContentTypes.register(HTMLContentType(), named: "HIRESCORE_HTML")
    }()
}
