import Compliance
import ScoringCore
import Testing

/// The export's message catalogue: every entry in both languages, German different unless marked.
@Suite struct ExportMessagesTests {
    @Test func everyEntryHasGermanAndEnglish() {
        #expect(ExportMessages.languageProblems() == [])
    }

    @Test("an other file's size reads 'bytes' in English and 'Bytes' in German")
    func fileSize() {
        #expect(ExportMessages.fileSize(120, base64: true).text(in: Language.en) == "(120 bytes, Base64)")
        #expect(ExportMessages.fileSize(7, base64: false).text(in: Language.de) == "(7 Bytes)")
    }
}
