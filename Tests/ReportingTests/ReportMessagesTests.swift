import ScoringCore
import Testing

@testable import Reporting

/// The reports' message catalogue: every entry in both languages, German different unless marked.
@Suite struct ReportMessagesTests {
    @Test func everyEntryHasGermanAndEnglish() {
        #expect(ReportMessages.languageProblems() == [])
        #expect(ReportMessages.entries.count >= 40)
    }

    @Test func everyPanelReportEntryHasGermanAndEnglish() {
        #expect(PanelReportMessages.languageProblems() == [])
        #expect(PanelReportMessages.entries.count >= 60)
    }

    @Test func everyScorecardReportEntryHasGermanAndEnglish() {
        #expect(ScorecardReportMessages.languageProblems() == [])
        #expect(ScorecardReportMessages.entries.count >= 15)
    }

    @Test func everyCSVHeaderHasGermanAndEnglish() {
        #expect(CSVReportMessages.languageProblems() == [])
        #expect(CSVReportMessages.entries.count == 11 + 16 + 3 + 1 + 11)
    }

    @Test func everyLocaleWordHasGermanAndEnglish() {
        #expect(ReportLocaleMessages.languageProblems() == [])
    }

    @Test("the consensus method and the tendency in words; an unknown one as written, or unclear")
    func methodAndTendency() {
        let german = ReportLocale(language: .de)
        #expect(german.method("trimmed-mean") == "getrimmter Mittelwert")
        #expect(german.method("mode") == "mode")
        #expect(german.tendency("lenient") == "milde")
        #expect(german.tendency("?") == "unklar")
        #expect(ReportLocale(language: .en).tendency("in-line") == "in line")
        #expect(german.yesNo(true) == "ja")
        #expect(german.quoted("gut") == "„gut“")
    }

    @Test func theCheckFindsAMissingLanguageAndAnUntranslatedText() {
        enum Broken: MessageCatalogue {
            static let entries: [(name: String, text: LocalizedText)] = [
                ("english only", LocalizedText(translations: ["en": "Scale: "])),
                ("untranslated", LocalizedText(en: "Scale: ", de: "Scale: ")),
                ("symbol", LocalizedText(en: "✖", de: "✖")),
                ("symbol", LocalizedText(en: "✖", de: "✖")),
            ]
            static let sameInBothLanguages: Set<String> = ["symbol", "gone"]
        }
        #expect(
            Broken.languageProblems() == [
                "english only: no German text",
                "untranslated: the German text is the English one (\"Scale: \")",
                "symbol: listed twice",
                "gone: marked as the same in both languages but not an entry",
            ])
    }

    @Test("the outline's German shows a German question mark, not the English Q")
    func outlineQuestionMark() {
        #expect(ReportMessages.questionMark.text(in: Language.de) == "F")
        #expect(ReportMessages.questionMark.text(in: Language.en) == "Q")
    }
}
