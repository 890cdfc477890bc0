import Mustache

/// Escapes text for Markdown, so that rubric text containing `|`, `*`, `<` or line breaks renders
/// as text and never breaks a table or the layout.
struct MarkdownContentType: MustacheContentType {
    func escapeText(_ text: String) -> String {
        MarkdownContentType.escape(text)
    }

    static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "#", "|", "<", ">":
                result.append("\\")
                result.append(character)
            case "\r\n", "\n", "\r":
                result += " "
            default:
                result.append(character)
            }
        }
        return result
    }

    /// Registers the content type under the name templates use in their pragma (`MARKDOWN`).
    static let registered: Void = {
        MustacheContentTypes.register(MarkdownContentType(), named: "MARKDOWN")
    }()
}
