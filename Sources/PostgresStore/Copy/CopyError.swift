import ScoringCore

/// A copy between stores that cannot be made, saying which file or store and what to do.
package struct CopyError: Error, Sendable, Equatable {
    /// What is wrong, in English and German.
    package var message: LocalizedText

    /// Creates an error.
    package init(message: LocalizedText) {
        self.message = message
    }
}
