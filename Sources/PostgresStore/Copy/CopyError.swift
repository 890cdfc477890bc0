import ScoringCore

/// A copy between stores that cannot be made, saying which file or store and what to do.
public struct CopyError: Error, Sendable, Equatable {
    /// What is wrong, in English and German.
    public var message: LocalizedText

    /// Creates an error.
    public init(message: LocalizedText) {
        self.message = message
    }
}
