import BuiltInModules
import Foundation
import Testing

/// Help, wrong usage and `hirescore modules` (the version: InstallTests).
@Suite struct GeneralCommandTests {
    @Test(arguments: [
        (
            ["--help"],
            [
                "USAGE: hirescore <subcommand>", "--version", "-h, --help", "rubric", "modules", "HIRESCORE_RUBRICS",
                "NO_COLOR",
                "Exit codes: 0 success, 1 problems found or an error, 2 wrong usage.",
            ]
        ),
        (["rubric", "--help"], ["USAGE: hirescore rubric <subcommand>", "validate", "list", "show", "-h, --help"]),
        (
            ["rubric", "validate", "--help"],
            [
                "USAGE: hirescore rubric validate", "--rubrics <dir>", "--lang <lang>", "--strict",
                "--format <format>", "<path>", "-h, --help",
            ]
        ),
        (["help", "rubric", "validate"], ["USAGE: hirescore rubric validate", "--strict"]),
    ])
    func helpExitsZeroAndNamesTheOptions(arguments: [String], mentions: [String]) {
        let result = HireScoreProcess.run(arguments)
        #expect(result.exitCode == 0)
        #expect(result.stderr == "")
        #expect(result.stdout.hasPrefix("OVERVIEW: "))
        for text in mentions {
            #expect(result.stdout.contains(text), "help for \(arguments) does not mention \(text)")
        }
    }

    @Test func unknownOptionIsWrongUsage() {
        let result = HireScoreProcess.run(["rubric", "validate", "--bogus"])
        #expect(result.exitCode == 2)
        #expect(result.stdout == "")
        #expect(result.stderr.hasPrefix("Error: Unknown option '--bogus'\n"))
        #expect(result.stderr.contains("Usage: hirescore rubric validate"))
    }

    @Test func badOptionValueIsWrongUsage() {
        let result = HireScoreProcess.run(["rubric", "validate", "--format", "xml"])
        #expect(result.exitCode == 2)
        #expect(result.stdout == "")
        #expect(result.stderr.contains("'xml'"))
    }

    @Test(arguments: [
        (
            ["frobnicate"],
            "error: unknown command 'frobnicate'; the commands: rubric, modules, enter, score, verify, merge, status, rank, calibrate, docs, decide, hold, purge, export, audit, keys, store, cache, dev\n  see 'hirescore --help'\n"
        ),
        (
            ["mrege", "examples/store"],
            "error: unknown command 'mrege'; did you mean 'merge'?\n  see 'hirescore --help'\n"
        ),
        (
            ["verfiy", "--lang", "de"],
            "Fehler: unbekannter Befehl 'verfiy'; meinten Sie 'verify'?\n  siehe 'hirescore --help'\n"
        ),
    ])
    func unknownCommandIsWrongUsageWithASuggestion(arguments: [String], expected: String) {
        let result = HireScoreProcess.run(arguments)
        #expect(result.exitCode == 2)
        #expect(result.stdout == "")
        #expect(result.stderr == expected)
    }

    /// Every command, found by walking the SUBCOMMANDS of each help from the top (and the hidden `dev` tools).
    static func allCommands() -> [[String]] {
        var found: [[String]] = []
        var queue: [[String]] = [[], ["dev"]]
        while !queue.isEmpty {
            let command = queue.removeFirst()
            if !command.isEmpty { found.append(command) }
            let help = HireScoreProcess.run(command + ["--help"]).stdout.components(separatedBy: "\n")
            guard let start = help.firstIndex(of: "SUBCOMMANDS:") else { continue }
            for line in help[(start + 1)...].prefix(while: { !$0.hasPrefix("  See ") }) {
                // A subcommand's line starts with two spaces and its name; wrapped abstracts start further in.
                guard line.hasPrefix("  "), !line.hasPrefix("   "), let name = line.split(separator: " ").first,
                    name != "help"
                else { continue }
                queue.append(command + [String(name)])
            }
        }
        return found
    }

    /// Commands whose help the lead is moving into another target this session; they get EXAMPLES there.
    static let examplesElsewhere: Set<[String]> = [["rubric", "lint-build"]]

    /// Every command's help ends its discussion with EXAMPLES that start with the command itself (a group's with
    /// the group), each line short enough that the help's 80 columns do not wrap it (a long one continues with `\`).
    @Test("the top-level help shows EXAMPLES and names the German guide, which exists")
    func topLevelHelpShowsExamplesAndTheGermanGuide() throws {
        let result = HireScoreProcess.run(["--help"])
        #expect(result.exitCode == 0)
        #expect(result.stdout.contains("\nEXAMPLES:\n  hirescore rubric validate --strict\n"), "\(result.stdout)")
        #expect(
            result.stdout.contains("A German short guide to every step: docs/de/kurzanleitung.md"), "\(result.stdout)")
        let guide = try String(
            contentsOf: TestPaths.packageRoot.appendingPathComponent("docs/de/kurzanleitung.md"), encoding: .utf8)
        #expect(guide.hasPrefix("# HireScore – Kurzanleitung\n"))
    }

    @Test func everyCommandsHelpShowsExamples() throws {
        let commands = Self.allCommands()
        // The walk must reach the commands: a broken walk would check nothing.
        #expect(commands.count >= 38, "\(commands)")
        #expect(commands.contains(["keys", "countersign"]) && commands.contains(["dev", "generate-store"]))
        for command in commands where !Self.examplesElsewhere.contains(command) {
            let result = HireScoreProcess.run(command + ["--help"])
            #expect(result.exitCode == 0)
            let lines = result.stdout.components(separatedBy: "\n")
            let start = try #require(lines.firstIndex(of: "EXAMPLES:"), "no EXAMPLES in the help of \(command)")
            let examples = lines[(start + 1)...].prefix { !$0.isEmpty }
            let invocation = "  hirescore " + command.joined(separator: " ")
            #expect(
                examples.first.map { $0 == invocation || $0.hasPrefix(invocation + " ") } == true,
                "\(command): \(examples)")
            #expect(examples.allSatisfy { $0.hasPrefix("  ") }, "a wrapped example line in \(examples)")
            // Each example line begins with the program, or continues the line before.
            for (previous, line) in zip([""] + examples, examples) where !previous.hasSuffix("\\") {
                #expect(line.hasPrefix("  hirescore " + command[0]), "\(command): \(line)")
            }
        }
    }

    @Test func helpShowsOnlyTheOptionsACommandUses() {
        // Reading the log acts on nothing, so there is no --actor to give.
        for command in [["audit", "verify"], ["audit", "show"]] {
            let help = HireScoreProcess.run(command + ["--help"])
            #expect(help.exitCode == 0)
            #expect(!help.stdout.contains("--actor"), "\(command)")
            #expect(help.stdout.contains("--store <dir>"), "\(command)")
        }
        let decide = HireScoreProcess.run(["decide", "--help"])
        let words = decide.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(words.contains("--outcome <outcome> The outcome (values: hired, rejected, withdrawn)."), "\(words)")
    }

    @Test func unknownSubcommandOfACommandIsWrongUsage() {
        let result = HireScoreProcess.run(["rubric", "frobnicate"])
        #expect(result.exitCode == 2)
        #expect(result.stdout == "")
        #expect(result.stderr.hasPrefix("Error: Unexpected argument 'frobnicate'\n"))
    }

    /// The built-in list is the one source: every module in it is listed, in its order, with its name.
    @Test func modulesListsEveryBuiltInModule() {
        let result = HireScoreProcess.run(["modules"])
        #expect(result.exitCode == 0)
        #expect(result.stderr == "")
        let headings = result.stdout.split(separator: "\n").filter { !$0.hasPrefix(" ") }.map(String.init)
        #expect(headings == BuiltInModules.all.map { "\($0.id) — \($0.name.text(in: "en"))" })
        #expect(headings.count == 4, "customer orientation, conversation skills, technical depth, work sample")
        #expect(result.stdout.contains("  Rule: "))
    }

    @Test func modulesInGerman() {
        let result = HireScoreProcess.run(["modules", "--lang", "de"])
        #expect(result.exitCode == 0)
        let ids = result.stdout.split(separator: "\n").filter { !$0.hasPrefix(" ") }.map { $0.prefix { $0 != " " } }
        #expect(ids.map(String.init) == BuiltInModules.all.map(\.id))
        #expect(result.stdout.contains("  Regel: "))
        #expect(!result.stdout.contains("  Rule: "))
    }
}
