import ScoringCore
import Testing

@testable import ConversationSkills
@testable import CustomerOrientation
@testable import TechnicalDepth
@testable import WorkSample

/// Each built-in module's catalogue, and the one all modules share: every entry in both languages, German different
/// unless marked.
@Suite struct ModuleMessagesTests {
    @Test func sharedModuleMessages() {
        #expect(ModuleMessages.languageProblems() == [])
    }

    @Test func customerOrientation() {
        #expect(CustomerOrientationMessages.languageProblems() == [])
    }

    @Test func conversationSkills() {
        #expect(ConversationSkillsMessages.languageProblems() == [])
    }

    @Test func technicalDepth() {
        #expect(TechnicalDepthMessages.languageProblems() == [])
    }

    @Test func workSample() {
        #expect(WorkSampleMessages.languageProblems() == [])
    }
}
