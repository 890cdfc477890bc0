import BuiltInModules
import Foundation
import Interview
import ScoringCore
import Testing

/// Answers files as Windows editors and hostile hands write them, and the regressions the answers
/// fuzz target found (Fuzz/, docs/fuzzing.md). The same files run through the real binary in
/// HireScoreCLITests.BadInputCorpusTests.
@Suite struct HostileAnswersTests {
    let rubric: Rubric

    init() throws {
        rubric = try Fixtures.rubric()
    }

    static let ratingProblem = "enter a level from 1..5, n for n/a, ? for help, b to go back or q to save and quit"

    /// Fuzz finding (answers-reader, timeout, then a stack overflow of `hirescore enter` with exit 139): every
    /// "b" at an evidence prompt asked the criterion again by calling itself, so a long answers file of
    /// "4" and "b" overflowed the stack. Now the session loop asks again; any number of them is fine.
    @Test func goingBackFromTheEvidenceManyTimesDoesNotGrowTheStack() {
        // 5,000 levels of the old recursion were far beyond the 8 MiB stack (the CLI crashed after about 1,200).
        let pairs = 5_000
        let console = ScriptedConsole(script: String(repeating: "4\nb\n", count: pairs) + "3\nFinally settled.\nq\n")
        var saves = 0
        let session = EntrySession(
            rubric: rubric, registry: BuiltInModules.registry, scorecard: Fixtures.draft(), console: console,
            language: .en, scripted: true, now: { Fixtures.now }
        ) { _ in saves += 1 }
        #expect(session.run() == .savedAndQuit)
        #expect(session.scorecard.entries["ownership"]?.rating == .level(3))
        #expect(session.scorecard.entries["ownership"]?.evidence == "Finally settled.")
        // The draft at the start, each rating, the evidence.
        #expect(saves == 1 + pairs + 2)
        #expect(occurrences(of: "[1/", in: console.output) == pairs + 1)
    }

    /// The fuzz finding itself, kept as a fixture (libFuzzer named it by its SHA-1: timeout-ef461e7e…): 4,096 times "4" and "b".
    @Test func fuzzFindingAnswersReaderTimeoutRunsToTheEndOfItsInput() throws {
        let script = try String(
            contentsOfFile: Fixtures.path("fuzz/answers-reader-timeout-ef461e7e.answers"), encoding: .utf8)
        let session = EntrySession(
            rubric: rubric, registry: BuiltInModules.registry, scorecard: Fixtures.draft(),
            console: ScriptedConsole(script: script), language: .en, scripted: true, now: { Fixtures.now }
        ) { _ in }
        #expect(session.run() == .endOfInput)
        #expect(session.scorecard.entries["ownership"]?.rating == .level(4))
    }

    /// Going back from the evidence still shows the criterion again with the rating so far (as before the fix).
    @Test func goingBackFromTheEvidenceAsksTheSameCriterionAgain() {
        let (session, console, _) = scriptedSession(["4", "b", "2", "Chased the adjuster.", "q"], rubric: rubric)
        #expect(session.run() == .savedAndQuit)
        #expect(occurrences(of: "So far: 4\n", in: console.output) == 1)
        #expect(session.scorecard.entries["ownership"]?.rating == .level(2))
        #expect(session.scorecard.entries["ownership"]?.evidence == "Chased the adjuster.")
    }

    /// A CRLF file was one single answer: Swift's "\r\n" is one Character, never equal to "\n".
    @Test func crlfLineEndsSeparateAnswers() {
        let console = ScriptedConsole(script: "4\r\nChased the adjuster.\r\n# comment\r\n\r\n3\r\n")
        #expect(console.readLineAll() == ["4", "Chased the adjuster.", "", "3"])
    }

    @Test func crlfAnswersFileRunsLikeOneWithLineFeeds() {
        let answers = ["4", "Chased the adjuster.", "3", "", "q"]
        let unix = ScriptedConsole(script: answers.joined(separator: "\n") + "\n")
        let windows = ScriptedConsole(script: answers.joined(separator: "\r\n") + "\r\n")
        var results: [Scorecard] = []
        for console in [unix, windows] {
            let session = EntrySession(
                rubric: rubric, registry: BuiltInModules.registry, scorecard: Fixtures.draft(), console: console,
                language: .en, scripted: true, now: { Fixtures.now }
            ) { _ in }
            #expect(session.run() == .savedAndQuit)
            results.append(session.scorecard)
        }
        #expect(results[0] == results[1])
        #expect(results[1].entries["empathy"]?.rating == .level(3))
        #expect(unix.output == windows.output)
    }

    /// A UTF-8 byte-order mark (Notepad writes one) is not part of the first answer.
    @Test func byteOrderMarkIsNotPartOfTheFirstAnswer() {
        let console = ScriptedConsole(script: "\u{FEFF}4\nChased the adjuster.\nq\n")
        let session = EntrySession(
            rubric: rubric, registry: BuiltInModules.registry, scorecard: Fixtures.draft(), console: console,
            language: .en, scripted: true, now: { Fixtures.now }
        ) { _ in }
        #expect(session.run() == .savedAndQuit)
        #expect(session.scorecard.entries["ownership"]?.rating == .level(4))
        // Only a leading mark is dropped: elsewhere it is text like any other.
        #expect(ScriptedConsole(script: "4\n\u{FEFF}x\n").readLineAll() == ["4", "\u{FEFF}x"])
    }

    /// Escape sequences and other control characters of an answers file reach the terminal escaped,
    /// both in the echo of the answer and in the message about it.
    @Test func controlCharactersInAnswersAreShownEscaped() {
        let hostile = "\u{1B}[2J\u{9B}31m\u{07}\u{0}"
        let (session, console, _) = scriptedSession([hostile], rubric: rubric)
        let escaped = "\\u{1B}[2J\\u{9B}31m\\u{7}\\u{0}"
        #expect(session.run() == .invalidAnswer("answer 1 ('\(escaped)') for 'ownership': \(Self.ratingProblem)"))
        #expect(console.output.hasSuffix("q = save and quit: \(escaped)\n"))
        #expect(
            !console.output.unicodeScalars.contains {
                ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value)
            })
    }

    /// Evidence keeps what was typed (the scorecard is the record); only what is printed is escaped.
    @Test func evidenceWithControlCharactersIsStoredAsTyped() {
        let (session, console, _) = scriptedSession(["4", "Said \u{1B}[31mno\u{1B}[0m twice.", "q"], rubric: rubric)
        #expect(session.run() == .savedAndQuit)
        #expect(session.scorecard.entries["ownership"]?.evidence == "Said \u{1B}[31mno\u{1B}[0m twice.")
        #expect(!console.output.contains("\u{1B}"))
    }
}

extension HostileAnswersTests {
    /// What an answers file can put into evidence (ScorecardYAMLTests has the YAML-special texts): the
    /// scorecard written by the session reads back exactly, with its seal intact.
    @Test(arguments: [
        "\u{0}nul", "\u{1B}[31mred\u{1B}[0m", "a\u{7F}b", "\u{9B}31m", "line\u{2028}separator", "next\u{85}line",
        "\u{FEFF}mark", "non\u{FFFE}character", "x\u{FFFD}y", "\u{10FFFF}", "bell\u{07}", "form\u{0C}feed",
    ])
    func hostileEvidenceRoundTripsWithItsSeal(_ evidence: String) throws {
        var original = Fixtures.draft(
            entries: ["ownership": .init(rating: .level(5), evidence: evidence, ratedAt: Fixtures.nowText)],
            order: Fixtures.rubricOrder)
        original.recommendation = .init(value: .yes, reason: evidence)
        original.status = .submitted
        original.seal = original.computeSeal()
        let text = try original.yamlText()
        let loaded = ScorecardLoader().load(bytes: Array(text.utf8), path: "scorecard.yaml", rubrics: [rubric])
        #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics.map { $0.header(in: .en) })\n\(text)")
        #expect(loaded.scorecard?.entries["ownership"]?.evidence == evidence)
        #expect(loaded.scorecard?.recommendation?.reason == evidence)
        #expect(loaded.scorecard?.hasValidSeal == true)
    }
}

extension HostileAnswersTests {
    /// Fuzz findings (scorecard-loader, crash-2df1c307…, -ace58a70…, -d62f9943…, -fd79180d…; pinned to the current
    /// version of the rubric, so their seals no longer match, which does not matter here): a scorecard whose
    /// 'order' names a criterion twice loaded fine, but was written with that rating twice, a duplicate key, so
    /// the file `hirescore enter` wrote when resuming it could not be read again.
    @Test(arguments: [
        "scorecard-loader-crash-2df1c307.yaml", "scorecard-loader-crash-ace58a70.yaml",
        "scorecard-loader-crash-d62f9943.yaml", "scorecard-loader-crash-fd79180d.yaml",
    ])
    func fuzzFindingScorecardNamingACriterionTwiceInItsOrderIsWrittenReadably(_ name: String) throws {
        let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let rubrics = RubricLoader(registry: BuiltInModules.registry).load(paths: [
            packageRoot.appendingPathComponent("rubrics").path
        ]).rubrics
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: Fixtures.path("fuzz/" + name))))
        let loaded = ScorecardLoader().load(bytes: bytes, path: name, rubrics: rubrics)
        let scorecard = try #require(loaded.scorecard, "\(loaded.diagnostics.map { $0.header(in: .en) })")
        #expect(Set(scorecard.order).count < scorecard.order.count, "the finding names a criterion twice in its order")
        let text = try scorecard.yamlText()
        let reread = ScorecardLoader().load(bytes: Array(text.utf8), path: "written.yaml", rubrics: rubrics)
        #expect(reread.diagnostics.isEmpty, "\(reread.diagnostics.map { $0.header(in: .en) })")
        let copy = try #require(reread.scorecard)
        #expect(
            copy.entries.mapValues { "\($0.rating) \($0.evidence ?? "-") \($0.ratedAt ?? "-")" }
                == scorecard.entries.mapValues { "\($0.rating) \($0.evidence ?? "-") \($0.ratedAt ?? "-")" })
        #expect(copy.order == scorecard.order)
        #expect(copy.computeSeal() == scorecard.computeSeal())
        #expect(try copy.yamlText() == text)
    }
}

extension ScriptedConsole {
    /// Every remaining answer line.
    func readLineAll() -> [String] {
        var lines: [String] = []
        while let line = readLine() { lines.append(line) }
        return lines
    }
}
