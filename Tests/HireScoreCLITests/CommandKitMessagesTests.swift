import CommandKit
import ScoringCore
import Testing

/// The catalogues the command-line tools share: every entry in both languages, German different unless marked.
@Suite struct CommandKitMessagesTests {
    @Test func commandMessagesHaveGermanAndEnglish() {
        #expect(CommandMessages.languageProblems() == [])
    }

    @Test("the runner prints a failure with the localized prefix, once, on a line of its own")
    func failurePrinted() {
        let failure = CommandFailure(CommandMessages.cannotWrite("r.html", reason: "Permission denied"), language: .de)
        #expect(failure.printed == "Fehler: r.html kann nicht geschrieben werden: Permission denied\n")
        #expect(failure.exitCode == 1)
        let afterScreen = CommandFailure(
            CommandMessages.cannotWrite("r.html", reason: "Permission denied"), language: .en, exitCode: 2,
            blankLineBefore: true)
        #expect(afterScreen.printed == "\nerror: cannot write r.html: Permission denied\n")
        #expect(afterScreen.exitCode == 2)
    }

    @Test func docsCommandMessagesHaveGermanAndEnglish() {
        #expect(DocsCommandMessages.languageProblems() == [])
    }

    @Test("docs' summary counts files in each language's grammar")
    func docsSummary() {
        #expect(
            DocsCommandMessages.wrote(1, to: "out", unchanged: 3).text(in: Language.en)
                == "wrote 1 file to out (3 unchanged)")
        #expect(
            DocsCommandMessages.wrote(2, to: "out", unchanged: 0).text(in: Language.de)
                == "2 Dateien nach out geschrieben")
        #expect(DocsCommandMessages.upToDate(1, in: "out").text(in: Language.de) == "1 Datei in out aktuell")
    }
}
