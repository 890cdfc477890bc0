import ScoringCore
import Testing

@testable import Interview

/// The entry screen's message catalogue: every entry in both languages, German different unless marked.
@Suite struct EntryMessagesTests {
    @Test func everyEntryHasGermanAndEnglish() {
        #expect(EntryMessages.languageProblems() == [])
    }
}
