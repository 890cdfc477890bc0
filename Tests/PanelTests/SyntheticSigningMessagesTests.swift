import ScoringCore
import Testing

@testable import DeveloperTools

/// The synthetic store signer's message catalogue.
@Suite struct SyntheticSigningMessagesTests {
    @Test func everyEntryHasGermanAndEnglish() {
        #expect(SyntheticSigningMessages.languageProblems() == [])
    }

    @Test("a store with a log is not signed again")
    func notFresh() {
        let message = SyntheticSigningMessages.notFresh("s/.hirescore/audit.jsonl")
        #expect(
            message.text(in: .en) == "s/.hirescore/audit.jsonl exists; sign-store only signs a freshly generated store")
        #expect(
            message.text(in: .de)
                == "s/.hirescore/audit.jsonl existiert; sign-store signiert nur eine frisch erzeugte Ablage")
    }
}
