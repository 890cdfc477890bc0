import ScoringCore
import Testing

@testable import RubricDocs

/// The generated docs' message catalogue: every entry in both languages, German different unless marked.
@Suite struct DocsMessagesTests {
    @Test func everyEntryHasGermanAndEnglish() {
        #expect(DocsMessages.languageProblems() == [])
    }
}
