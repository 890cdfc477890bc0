import Panel
import ScoringCore
import Testing

/// The panel's message catalogues: every entry in both languages, German different unless marked.
@Suite struct PanelMessagesTests {
    @Test func everyMergeMessageHasGermanAndEnglish() {
        #expect(PanelMessages.languageProblems() == [])
        #expect(PanelMessages.entries.count >= 50)
    }

    @Test func everySignatureMessageHasGermanAndEnglish() {
        #expect(SignatureMessages.languageProblems() == [])
        #expect(SignatureMessages.entries.count >= 20)
    }

    @Test("a knock-out rule has a name in words; an unknown code has none")
    func knockOutRuleNames() {
        #expect(PanelMessages.knockOutRule("red-flag")?.text(in: Language.de) == "Warnsignal")
        #expect(PanelMessages.knockOutRule("below-minimum")?.text(in: Language.en) == "section score below the minimum")
        #expect(PanelMessages.knockOutRule("no-such-rule") == nil)
    }
}
