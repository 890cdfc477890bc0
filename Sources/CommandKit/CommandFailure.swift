import ScoringCore

/// A failure of a command, with the exit code to leave with. ``CommandRunner`` prints it on standard error, the one
/// place that puts the localized "error: " / "Fehler: " before a failure, so no command types that prefix itself.
///
/// ```swift
/// throw CommandFailure(SelectionMessages.noStore(storeRoot), language: language, exitCode: 2)
/// // prints "error: there is no store at scorecards" (or "Fehler: keine Ablage unter scorecards")
/// ```
package struct CommandFailure: Error {
    /// What went wrong, without the "error: " before it.
    package var message: LocalizedText
    /// The language to print the message and its prefix in.
    package var language: Language
    /// Whether an empty line comes first (after an interview screen, so the error stands apart from it).
    package var blankLineBefore: Bool
    /// The process exit code.
    package var exitCode: Int32

    /// A failure with `message` (without "error: "), printed in `language`, leaving with `exitCode`.
    package init(_ message: LocalizedText, language: Language, exitCode: Int32 = 1, blankLineBefore: Bool = false) {
        self.message = message
        self.language = language
        self.exitCode = exitCode
        self.blankLineBefore = blankLineBefore
    }

    /// What the runner prints on standard error: the localized "error: " and the message, on a line of its own.
    package var printed: String {
        (blankLineBefore ? "\n" : "") + CommandMessages.error.text(in: language) + message.text(in: language)
            + "\n"
    }
}
