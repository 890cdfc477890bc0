import Testing

@testable import ScoringCore

/// The decoding messages' catalogue: every entry in both languages, German different unless marked.
@Suite struct DecodingMessagesTests {
    @Test func everyEntryHasGermanAndEnglish() {
        #expect(DecodingMessages.languageProblems() == [])
    }
}

/// The rubric messages' catalogue: every entry in both languages, German different unless marked.
@Suite struct RubricMessagesTests {
    @Test func everyEntryHasGermanAndEnglish() {
        #expect(RubricMessages.languageProblems() == [])
    }
}
