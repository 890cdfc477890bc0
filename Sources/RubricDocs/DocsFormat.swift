/// The format of generated rubric docs.
package enum DocsFormat: String, Sendable, Hashable, CaseIterable {
    /// GitHub-flavoured Markdown, for a wiki or the repository.
    case markdown
    /// Self-contained HTML with a print stylesheet (A4), for printing.
    case html

    /// The file extension.
    package var fileExtension: String { self == .markdown ? "md" : "html" }
}
