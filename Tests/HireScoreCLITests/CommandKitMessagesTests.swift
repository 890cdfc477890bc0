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

    /// The size after "wrote the report" rounds as `String(format: "%.1f")` did: half to even (1,280 bytes are
    /// 1.25 KB, shown as 1.2), with a decimal comma in German.
    @Test(arguments: [
        (0, "0 bytes", "0 Bytes"), (1, "1 byte", "1 Bytes"), (1023, "1023 bytes", "1023 Bytes"),
        (1024, "1.0 KB", "1,0 KB"), (1075, "1.0 KB", "1,0 KB"), (1076, "1.1 KB", "1,1 KB"),
        (1280, "1.2 KB", "1,2 KB"), (1331, "1.3 KB", "1,3 KB"), (1792, "1.8 KB", "1,8 KB"),
        (2304, "2.2 KB", "2,2 KB"), (4096, "4.0 KB", "4,0 KB"), (1_048_575, "1024.0 KB", "1024,0 KB"),
        (1_048_576, "1.0 MB", "1,0 MB"), (1_310_720, "1.2 MB", "1,2 MB"), (121_634_816, "116.0 MB", "116,0 MB"),
    ])
    func reportSizes(bytes: Int, english: String, german: String) {
        #expect(CommandMessages.size(bytes, language: .en) == english)
        #expect(CommandMessages.size(bytes, language: .de) == german)
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
