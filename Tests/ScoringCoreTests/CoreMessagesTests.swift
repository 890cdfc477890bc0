import Testing

@testable import ScoringCore

/// ScoringCore's other catalogues: every entry in both languages, German different unless marked.
@Suite struct CoreMessagesTests {
    @Test func commonMessages() {
        #expect(CommonMessages.languageProblems() == [])
    }

    @Test func fileMessages() {
        #expect(FileMessages.languageProblems() == [])
    }

    @Test func scorecardMessages() {
        #expect(ScorecardMessages.languageProblems() == [])
    }

    @Test func scoringMessages() {
        #expect(ScoringMessages.languageProblems() == [])
    }

    @Test func storeMessages() {
        #expect(StoreMessages.languageProblems() == [])
    }

    @Test("the one 'did you mean' hint, in both languages")
    func didYouMean() {
        let hint = CommonMessages.didYouMean("anchors")
        #expect(hint.text(in: .en) == "did you mean 'anchors'?")
        #expect(hint.text(in: .de) == "meinten Sie 'anchors'?")
    }
}
