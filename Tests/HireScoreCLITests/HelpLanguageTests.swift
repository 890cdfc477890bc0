import ArgumentParser
import CommandKit
import ScoringCore
import Testing

@testable import hirescore

/// The command-line help in the help language: how the language is decided, the help catalogues, every command's
/// help in both languages, and ArgumentParser's own words in German.
@Suite struct HelpLanguageTests {
    /// Every help catalogue: the commands' and the shared options' (CommandKit), and ArgumentParser's words.
    static let catalogues: [(name: String, entries: [(name: String, text: LocalizedText)], problems: [String])] = [
        ("CommandKitHelp", CommandKitHelp.entries, CommandKitHelp.languageProblems()),
        ("HireScoreHelp", HireScoreHelp.entries, HireScoreHelp.languageProblems()),
        ("AuditCommandHelp", AuditCommandHelp.entries, AuditCommandHelp.languageProblems()),
        ("CacheCommandHelp", CacheCommandHelp.entries, CacheCommandHelp.languageProblems()),
        ("DecideCommandHelp", DecideCommandHelp.entries, DecideCommandHelp.languageProblems()),
        ("DevCommandHelp", DevCommandHelp.entries, DevCommandHelp.languageProblems()),
        ("EnterCommandHelp", EnterCommandHelp.entries, EnterCommandHelp.languageProblems()),
        ("ExportCommandHelp", ExportCommandHelp.entries, ExportCommandHelp.languageProblems()),
        ("HoldCommandHelp", HoldCommandHelp.entries, HoldCommandHelp.languageProblems()),
        ("KeysCommandHelp", KeysCommandHelp.entries, KeysCommandHelp.languageProblems()),
        ("MergeCommandHelp", MergeCommandHelp.entries, MergeCommandHelp.languageProblems()),
        ("ModulesCommandHelp", ModulesCommandHelp.entries, ModulesCommandHelp.languageProblems()),
        ("OptionsHelp", OptionsHelp.entries, OptionsHelp.languageProblems()),
        ("PurgeCommandHelp", PurgeCommandHelp.entries, PurgeCommandHelp.languageProblems()),
        ("RubricCommandHelp", RubricCommandHelp.entries, RubricCommandHelp.languageProblems()),
        ("ScoreCommandHelp", ScoreCommandHelp.entries, ScoreCommandHelp.languageProblems()),
        ("StatusCommandHelp", StatusCommandHelp.entries, StatusCommandHelp.languageProblems()),
        ("StoreCommandHelp", StoreCommandHelp.entries, StoreCommandHelp.languageProblems()),
        ("VerifyCommandHelp", VerifyCommandHelp.entries, VerifyCommandHelp.languageProblems()),
    ]

    /// The entries that only `hirescore-rubric-tool`'s own top-level help shows (a separate executable).
    static let rubricToolOnly: Set<String> = ["rubricToolAbstract", "rubricToolDiscussion"]

    @Test(
        "the help language: --lang anywhere before --, else the locale, else English",
        arguments: [
            (["merge", "--lang", "de"], [:], Language.de),
            (["merge", "--lang=de"], ["LANG": "en_US.UTF-8"], .de),
            (["--lang", "en", "enter", "--help"], ["LANG": "de_DE.UTF-8"], .en),
            (["enter", "--help"], ["LANG": "de_DE.UTF-8"], .de),
            (["enter", "--help"], ["LC_ALL": "de_AT", "LANG": "en_GB"], .de),
            (["enter", "--help"], ["LC_MESSAGES": "en_GB", "LANG": "de_DE"], .en),
            (["enter", "--help"], [:], .en),
            (["enter", "--lang"], ["LANG": "de_DE"], .de),
            (["enter", "--lang", "fr"], ["LANG": "de_DE"], .de),
            (["enter", "--lang", "de", "--lang", "en"], [:], .en),
            (["enter", "--", "--lang", "de"], [:], .en),
            (["enter", "--interviewer", "--lang"], [:], .en),
        ] as [([String], [String: String], Language)])
    func decided(arguments: [String], environment: [String: String], expected: Language) {
        #expect(HelpLanguage.decided(arguments: arguments, environment: environment) == expected)
    }

    @Test("every help entry has German and English, and German differs from English")
    func everyEntryHasBothLanguages() {
        for catalogue in Self.catalogues {
            #expect(catalogue.problems == [], "\(catalogue.name)")
        }
        #expect(ParserMessages.languageProblems() == [])
        // A catalogue the walk below must find: a broken list would check nothing.
        #expect(Self.catalogues.map(\.entries.count).reduce(0, +) >= 170)
    }

    /// Every command type under `root`, depth first, the root included.
    static func commands(under root: ParsableCommand.Type) -> [ParsableCommand.Type] {
        [root] + root.configuration.subcommands.flatMap { commands(under: $0) }
    }

    /// The help of every command of `hirescore` and of `lint-build` in `language`, as printed (ArgumentParser's
    /// words translated): the pages, and all of them with every run of white space made one space, so that wrapped
    /// lines read as sentences.
    static func allHelp(in language: Language) -> (pages: [String], text: String) {
        HelpLanguage.$current.withValue(language) {
            var pages: [String] = []
            for command in commands(under: HireScoreCommand.self) {
                let help = HireScoreCommand.helpMessage(for: command, includeHidden: true, columns: 80)
                pages.append(ParserOutput.translated(help, to: language))
            }
            pages.append(
                ParserOutput.translated(LintBuildCommand.helpMessage(includeHidden: true, columns: 80), to: language))
            return (pages, flattened(pages.joined(separator: "\n")))
        }
    }

    /// `text` with every run of white space made one space.
    static func flattened(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test("every command's help shows each of its catalogue texts in the help language, and no English under de")
    func everyHelpTextIsShownInItsLanguage() {
        let english = Self.allHelp(in: .en)
        let german = Self.allHelp(in: .de)
        // The walk reaches the commands: the top, the groups, their subcommands, the dev tools, lint-build.
        #expect(english.pages.count == german.pages.count)
        #expect(english.pages.count >= 40, "\(english.pages.count) help pages")
        for catalogue in Self.catalogues {
            for (name, text) in catalogue.entries where !Self.rubricToolOnly.contains(name) {
                let en = Self.flattened(text.text(in: .en))
                let de = Self.flattened(text.text(in: .de))
                let (englishShown, germanShown) = (english.text.contains(en), german.text.contains(de))
                let englishInGerman = german.text.contains(en)
                #expect(englishShown, "\(catalogue.name).\(name) is not in the English help")
                #expect(germanShown, "\(catalogue.name).\(name) is not in the German help")
                #expect(!englishInGerman, "\(catalogue.name).\(name) shows English in the German help")
            }
        }
        let headings = ["OVERVIEW:", "USAGE:", "OPTIONS:", "ARGUMENTS:", "SUBCOMMANDS:", "EXAMPLES:"]
        let phrases = ["Show help information.", "Show the version.", "default:", "(values:", "for detailed help"]
        for words in headings + phrases {
            let found = german.text.contains(words)
            #expect(!found, "'\(words)' in the German help")
        }
        for words in headings {
            let found = english.text.contains(words)
            #expect(found, "'\(words)' not in the English help")
        }
    }

    @Test("ArgumentParser's help page in German: headings, its own options, defaults, the hanging usage line")
    func parserHelpInGerman() {
        let help = """
            OVERVIEW: Bewertungsvorlagen prüfen.

            USAGE: hirescore calibrate [--rubrics <dir>] [--lang <lang>] [--no-cache]
                   [--minimum <n>]

            ARGUMENTS:
              <path>                  Dateien (default: die Ablage).

            OPTIONS:
              --minimum <n>           Die Mindestzahl. (default: 5)
              --format <format>       Das Format. (values: text, json; default:
                                      text)
              --consensus <method>    Die Methode. (values: median, mean,
                                      trimmed-mean; default: median)
              --version               Show the version.
              -h, --help              Show help information.

            SUBCOMMANDS:
              validate                Prüft.

              See 'hirescore help rubric <subcommand>' for detailed help.
            """
        #expect(
            ParserOutput.translated(help, to: .de) == """
                ÜBERSICHT: Bewertungsvorlagen prüfen.

                AUFRUF: hirescore calibrate [--rubrics <dir>] [--lang <lang>] [--no-cache]
                        [--minimum <n>]

                ARGUMENTE:
                  <path>                  Dateien (Standard: die Ablage).

                OPTIONEN:
                  --minimum <n>           Die Mindestzahl. (Standard: 5)
                  --format <format>       Das Format. (Werte: text, json; Standard:
                                          text)
                  --consensus <method>    Die Methode. (Werte: median, mean,
                                          trimmed-mean; Standard: median)
                  --version               Die Version zeigen.
                  -h, --help              Diese Hilfe zeigen.

                UNTERBEFEHLE:
                  validate                Prüft.

                  Ausführliche Hilfe zu einem Unterbefehl: 'hirescore help rubric <subcommand>'.
                """)
        #expect(ParserOutput.translated(help, to: .en) == help)
        // Not a help page or a usage error: the version, a completion script, JSON.
        for other in ["0.1.0", "#compdef hirescore\nOPTIONS:", "{\"command\": {\"abstract\": \"USAGE: x\"}}"] {
            #expect(ParserOutput.translated(other, to: .de) == other)
        }
    }

    @Test(
        "ArgumentParser's usage errors in German, what the user typed unchanged",
        arguments: [
            (
                "Error: Missing expected argument '--rubric <id>'\nHelp:  --rubric <id>  Die ID.\n"
                    + "Usage: hirescore enter [<options>] --rubric <id>\n"
                    + "       --candidate <id>\n  See 'hirescore enter --help' for more information.",
                "Fehler: Das Argument '--rubric <id>' fehlt\nHilfe: --rubric <id>  Die ID.\n"
                    + "Aufruf: hirescore enter [<options>] --rubric <id>\n"
                    + "        --candidate <id>\n  Mehr dazu: 'hirescore enter --help'."
            ),
            (
                "Error: Unknown option '--fromat'. Did you mean '--format'?",
                "Fehler: Unbekannte Option '--fromat'. Meinten Sie '--format'?"
            ),
            ("Error: Unknown option '--%2 x'", "Fehler: Unbekannte Option '--%2 x'"),
            ("Error: Missing value for '--store <dir>'", "Fehler: Der Wert für '--store <dir>' fehlt"),
            ("Error: Unexpected argument 'frobnicate'", "Fehler: Unerwartetes Argument 'frobnicate'"),
            ("Error: 2 unexpected arguments: 'a', 'b'", "Fehler: 2 unerwartete Argumente: 'a', 'b'"),
            (
                "Error: The value 'pdf' is invalid for '--format <format>'. Please provide one of 'text', 'csv' or 'json'.",
                "Fehler: Der Wert 'pdf' ist für '--format <format>' ungültig. Erlaubt sind 'text', 'csv' oder 'json'."
            ),
            (
                "Error: The value 'fr' is invalid for '--lang <lang>'. Please provide one of 'en' and 'de'.",
                "Fehler: Der Wert 'fr' ist für '--lang <lang>' ungültig. Erlaubt sind 'en' oder 'de'."
            ),
            (
                "Error: The value 'x' is invalid for '--minimum <n>'",
                "Fehler: Der Wert 'x' ist für '--minimum <n>' ungültig"
            ),
            (
                "Error: The option '--strict' does not take any value, but 'yes' was specified.",
                "Fehler: Die Option '--strict' nimmt keinen Wert an, angegeben war aber 'yes'."
            ),
            ("Error: Missing required subcommand.", "Fehler: Ein Unterbefehl fehlt."),
            // A sentence of our own (UsageMessages, already in the language) stays as the command wrote it.
            ("Error: --evidence applies only to --format html", "Fehler: --evidence applies only to --format html"),
        ])
    func parserErrorInGerman(english: String, german: String) {
        #expect(ParserOutput.translated(english, to: .de) == german)
        #expect(ParserOutput.translated(english, to: .en) == english)
    }

    @Test("the built binary: 'merge --help --lang de' and 'enter --help' under a German locale print German")
    func builtBinaryPrintsGermanHelp() {
        let merge = HireScoreProcess.run(["merge", "--help", "--lang", "de"])
        #expect(merge.exitCode == 0)
        #expect(merge.stderr == "")
        let mergeLines = merge.stdout.components(separatedBy: "\n")
        #expect(mergeLines.first == "ÜBERSICHT: Führt die versiegelten Bewertungsbögen des Panels zusammen: Konsens,")
        for line in [
            "BEISPIELE:", "  hirescore merge scorecards/claims-2026-01 --format html -o besprechung.html", "OPTIONEN:",
            "  --evidence              Mit --format html: die Besprechungsunterlage mit",
            "                          json. (Werte: text, markdown, html, csv, json;",
            "                          Standard: text)",
            "  -h, --help              Diese Hilfe zeigen.",
        ] {
            #expect(mergeLines.contains(line), "not in 'merge --help --lang de': \(line)")
        }
        #expect(mergeLines.contains { $0.hasPrefix("AUFRUF: hirescore merge [--rubrics <dir>] [--lang <lang>]") })

        let enter = HireScoreProcess.run(["enter", "--help"], environment: ["LANG": "de_DE.UTF-8"])
        #expect(enter.exitCode == 0)
        let enterLines = enter.stdout.components(separatedBy: "\n")
        #expect(enterLines.first == "ÜBERSICHT: Erfasst Ihre Bewertungen einer Kandidatin oder eines Kandidaten,")
        #expect(
            enterLines.contains(
                "AUFRUF: hirescore enter [<options>] --rubric <id> --candidate <id> --interviewer <name>"))
        #expect(enterLines.contains("  --rubric <id>           Die ID der Bewertungsvorlage, wahlweise mit @Version."))
        #expect(enterLines.contains("  --version               Die Version zeigen."))

        // --lang en wins over the locale, and without either the help is English.
        let english = HireScoreProcess.run(["enter", "--help", "--lang", "en"], environment: ["LANG": "de_DE.UTF-8"])
        #expect(english.stdout.hasPrefix("OVERVIEW: Enter your ratings for one candidate, criterion by criterion;"))
        #expect(HireScoreProcess.run(["merge", "--help"]).stdout.hasPrefix("OVERVIEW: Merge the panel's sealed"))
    }

    @Test("the built binary: a usage error under --lang de is German, exit status 2")
    func builtBinaryPrintsGermanUsageErrors() {
        let missing = HireScoreProcess.run(["enter", "--lang", "de"])
        #expect(missing.exitCode == 2)
        #expect(missing.stdout == "")
        #expect(
            missing.stderr == """
                Fehler: Das Argument '--rubric <id>' fehlt
                Hilfe: --rubric <id>  Die ID der Bewertungsvorlage, wahlweise mit @Version.
                Aufruf: hirescore enter [<options>] --rubric <id> --candidate <id> --interviewer <name>
                  Mehr dazu: 'hirescore enter --help'.

                """)
        let typo = HireScoreProcess.run(["merge", "--fromat", "html"], environment: ["LANG": "de_DE.UTF-8"])
        #expect(typo.exitCode == 2)
        #expect(typo.stderr.hasPrefix("Fehler: Unbekannte Option '--fromat'. Meinten Sie '--format'?\n"))
        // The commands' own usage errors (UsageMessages) are German too, in the option groups as well.
        let evidence = HireScoreProcess.run(["merge", "--evidence", "--lang", "de", "x"])
        #expect(evidence.exitCode == 2)
        #expect(evidence.stderr.hasPrefix("Fehler: --evidence gilt nur mit --format html\nAufruf: hirescore merge "))
        let dialect = HireScoreProcess.run(["rank", "--csv-dialect", "excel-de"], environment: ["LANG": "de_DE.UTF-8"])
        #expect(dialect.exitCode == 2)
        #expect(dialect.stderr.hasPrefix("Fehler: --csv-dialect gilt nur mit --format csv\n"))
        #expect(
            HireScoreProcess.run(["rank", "--csv-dialect", "excel-de"]).stderr.hasPrefix(
                "Error: --csv-dialect applies only to --format csv\n"))
    }
}
