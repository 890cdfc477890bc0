/// The least a rubric accepts as evidence where evidence is required: by default a short sentence.
///
/// A rubric sets it with `evidence-minimum: {characters: 30, words: 5}` (either key may be left out); `enter`
/// refuses shorter required evidence, so "x" or "ok" never stands for an observation.
public struct EvidenceMinimum: Sendable, Hashable {
    /// The fewest characters, spaces at the ends not counted.
    public var characters: Int
    /// The fewest words (a word has a letter or a digit).
    public var words: Int

    /// A short sentence: 12 characters and 2 words.
    public static let standard = EvidenceMinimum(characters: 12, words: 2)
    /// The most a rubric may ask: more would make interviewers write essays instead of observations.
    public static let largest = EvidenceMinimum(characters: 500, words: 80)

    /// Creates a minimum.
    public init(characters: Int, words: Int) {
        self.characters = characters
        self.words = words
    }

    /// Whether `evidence` is long enough.
    public func isMet(by evidence: String) -> Bool {
        let trimmed = evidence.trimmedOfWhitespace
        let counted = trimmed.split { $0.isWhitespace }.filter { $0.contains { $0.isLetter || $0.isNumber } }
        return trimmed.count >= characters && counted.count >= words
    }
}
