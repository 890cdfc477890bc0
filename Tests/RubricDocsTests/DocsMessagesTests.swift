import ScoringCore
import Testing

@testable import RubricDocs

/// The generated docs' message catalogue: every entry in both languages, German different unless marked.
@Suite struct DocsMessagesTests {
    @Test func everyEntryHasGermanAndEnglish() {
        #expect(DocsMessages.languageProblems() == [])
    }
}

/// The modules page's catalogue: every entry in both languages, German different unless marked.
@Suite struct ModulesPageMessagesTests {
    @Test func everyEntryHasGermanAndEnglish() {
        #expect(ModulesPageMessages.languageProblems() == [])
    }
}
