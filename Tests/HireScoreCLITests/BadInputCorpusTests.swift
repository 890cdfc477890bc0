import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The bad-input corpus (`Fixtures/bad-input/`, described in its README.md) through the real binary:
/// as a rubric for `rubric validate`, as a scorecard for `score`, `verify` and `merge`, and as an
/// answers file for `enter --answers`.
///
/// Every run gets the same checks: it ends by exiting, never by a signal or a timeout; the output has
/// no trap report ("Fatal error", a backtrace) and no raw control characters; the exit code is 1 for
/// bad input and 2 for wrong usage; the expected diagnostic names the file, line and column; and every
/// file that existed before (a copy of the example store with three sealed scorecards, the rubric, the
/// input itself, a symbolic link out of the store) is byte for byte as it was, with the same mode and
/// modification time. Only `enter` may add its own new draft.
@Suite struct BadInputCorpusTests {
    /// The corpus in the test bundle.
    static let corpus = TestPaths.fixtures.appendingPathComponent("bad-input")

    // MARK: - Cases

    /// One corpus file and the diagnostic it must get.
    struct Case: Sendable, CustomTestStringConvertible {
        /// The file in `Fixtures/bad-input/`, or a generated one (see ``Sandbox/place(_:)``).
        var file: String
        /// `line:column` of the diagnostic, nil for a file-level one (an empty file).
        var location: String?
        /// Text the diagnostic's line must contain.
        var phrase: String
        /// A second diagnostic that must be there too, as (location, phrase).
        var also: (String, String)?

        init(_ file: String, _ location: String?, _ phrase: String, also: (String, String)? = nil) {
            self.file = file
            self.location = location
            self.phrase = phrase
            self.also = also
        }

        var testDescription: String { file }
    }

    /// Files no reader may accept, whatever they are read as.
    static let anyReaderCases: [Case] = [
        Case("empty.yaml", nil, "the file is empty"),
        Case("comments-only.yaml", nil, "the file is empty"),
        Case("binary-garbage.yaml", "1:1", "the file is not valid UTF-8"),
        Case("nul-byte.yaml", "2:15", "control character (such as a NUL byte)"),
        Case("invalid-utf8.yaml", "3:15", "the file is not valid UTF-8"),
        Case("utf16le.yaml", "1:1", "the file is UTF-16 or UTF-32 encoded, not UTF-8"),
        Case("nested-10000-flow.yaml", "1:201", "nested more than 200 levels deep"),
        Case("nested-10000-block.yaml", "1:401", "nested more than 200 levels deep"),
        Case("nested-10000-mappings.yaml", "1:801", "nested more than 200 levels deep"),
        Case("alias-bomb.yaml", "7:8", "expands to more than 1000000 nodes"),
        Case("two-documents.yaml", "2:1", "more than one YAML document"),
        Case("unknown-alias.yaml", "1:5", "the alias '*nowhere' names no anchor"),
        Case(Sandbox.tooLarge, nil, "the file is 1048577 bytes, more than the limit of 1048576 bytes"),
    ]

    static let rubricCases: [Case] =
        anyReaderCases + [
            Case("rubric-truncated.yaml", "53:19", "YAML syntax error: did not find expected node content"),
            Case(
                "rubric-tab-indent.yaml", "32:1", "YAML syntax error",
                also: ("32:1", "hint: indent with spaces, not tabs")),
            Case("rubric-weight-1e400.yaml", "32:13", "'1e400'"),
            Case("rubric-coverage-nan.yaml", "119:21", "'.nan'"),
            Case("rubric-weight-minus-zero.yaml", "32:13", "'weight' must be greater than 0, found -0"),
            Case("rubric-duplicate-key.yaml", "14:1", "duplicate key 'version'"),
            Case("rubric-key-not-string.yaml", "14:3", "keys must be text", also: ("16:1", "keys must be text")),
            Case("rubric-bom-crlf-error.yaml", "32:13", "'lots'"),
        ]

    static let scorecardCases: [Case] =
        anyReaderCases + [
            Case("scorecard-truncated.yaml", "12:44", "YAML syntax error: found unexpected end of stream"),
            Case(
                "scorecard-tab-indent.yaml", "11:1", "YAML syntax error",
                also: ("11:1", "hint: indent with spaces, not tabs")),
            Case("scorecard-level-1e400.yaml", "10:14", "'1e400'"),
            Case("scorecard-level-nan.yaml", "11:12", "'.nan'"),
            Case("scorecard-level-minus-zero.yaml", "10:14", "the rating 0 of 'ownership' is outside the scale 1..5"),
            Case("scorecard-level-huge.yaml", "10:14", "out of range"),
            Case(
                "scorecard-duplicate-key.yaml", "6:1", "duplicate key 'candidate'",
                also: ("12:3", "duplicate key 'ownership'")),
            Case("scorecard-key-not-string.yaml", "10:5", "keys must be text", also: ("12:3", "keys must be text")),
            Case("scorecard-unknown-rubric.yaml", "3:3", "no rubric 'no-such-rubric' version 1 is known"),
        ]

    // MARK: - Rubrics

    @Test(arguments: rubricCases)
    func badRubricIsRefusedByValidate(_ item: Case) throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let input = try sandbox.place(item.file)
        let before = sandbox.snapshot()
        let run = sandbox.run(["rubric", "validate", input])
        Self.expectRefused(run, item, path: input, exitCode: 1)
        #expect(sandbox.snapshot() == before, "rubric validate \(item.file) changed files")

        // As the rubric folder of another command: that command fails cleanly, naming the file.
        let folder = sandbox.root + "/bad-rubrics"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let copy = folder + "/" + URL(fileURLWithPath: input).lastPathComponent
        try FileManager.default.copyItem(atPath: input, toPath: copy)
        let beforeEnter = sandbox.snapshot()
        let enter = sandbox.run([
            "enter", "--rubrics", folder, "--rubric", "mini-claims", "--candidate", "c-900", "--interviewer",
            "Bad Input",
            "--store", sandbox.store, "--answers", Self.corpus.appendingPathComponent("answers-tabs.answers").path,
        ])
        Self.expectNoTrap(enter, "enter --rubrics \(item.file)")
        #expect(enter.exitCode == 1, "\(enter)")
        #expect(enter.stderr.hasPrefix("error: no rubric 'mini-claims' in \(folder)"), "\(enter.stderr)")
        #expect(sandbox.snapshot() == beforeEnter)
    }

    /// A byte-order mark and CRLF line ends are how Windows editors save: such a rubric is valid, with the same hash.
    @Test func rubricWithByteOrderMarkOrCRLFIsValidWithTheSameHash() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        var hashes: Set<String> = []
        for name in ["rubric-bom.yaml", "rubric-crlf.yaml"] {
            let input = try sandbox.place(name)
            let run = sandbox.run(["rubric", "validate", input])
            Self.expectNoTrap(run, name)
            #expect(run.exitCode == 0, "\(run)")
            // The fixture is the minimal mini-claims rubric: one criterion per section is its only warning.
            #expect(run.stdout.hasSuffix("0 errors and 3 warnings in 1 file\n"), "\(run.stdout)")
            let show = sandbox.run(["rubric", "show", "--rubrics", input, "mini-claims"])
            #expect(show.exitCode == 0, "\(show)")
            if let line = show.stdout.split(separator: "\n").first(where: { $0.contains("sha256:") }),
                let range = line.range(of: "sha256:")
            {
                hashes.insert(String(line[range.lowerBound...].prefix(71)))
            }
        }
        let plain = sandbox.run([
            "rubric", "show", "--rubrics", TestPaths.fixtures.appendingPathComponent("valid/mini-claims.yaml").path,
            "mini-claims",
        ])
        if let line = plain.stdout.split(separator: "\n").first(where: { $0.contains("sha256:") }),
            let range = line.range(of: "sha256:")
        {
            hashes.insert(String(line[range.lowerBound...].prefix(71)))
        }
        #expect(hashes.count == 1, "\(hashes)")
    }

    // MARK: - Scorecards

    @Test(arguments: scorecardCases)
    func badScorecardIsRefusedByScoreVerifyAndMerge(_ item: Case) throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let input = try sandbox.place(item.file)
        let before = sandbox.snapshot()

        let score = sandbox.run(["score", "--rubrics", sandbox.rubrics, input])
        Self.expectRefused(score, item, path: input, exitCode: 1)
        #expect(score.stdout == "", "score printed a result for \(item.file)")

        // verify: the bad file fails, the sealed scorecards beside it still verify.
        let verify = sandbox.run(["verify", "--verbose", "--rubrics", sandbox.rubrics, input, sandbox.panelFolder])
        Self.expectRefused(verify, item, path: input, exitCode: 1)
        #expect(Self.occurrences(of: ": seal intact, unsigned (v1)\n", in: verify.stdout) == 3, "\(verify)")

        // merge: the bad file is listed as unreadable, the panel beside it is merged.
        let merge = sandbox.run(["merge", "--rubrics", sandbox.rubrics, input, sandbox.panelFolder])
        Self.expectRefused(merge, item, path: input, exitCode: 1, hints: false)
        #expect(merge.stdout.contains("Files: 4 read, 3 merged, 1 refused\n"), "\(merge.stdout.suffix(1500))")

        #expect(sandbox.snapshot() == before, "reading \(item.file) changed files")
    }

    /// A sealed scorecard saved again with a byte-order mark or CRLF line ends reads the same: its seal still matches.
    @Test func sealedScorecardWithByteOrderMarkOrCRLFStillVerifies() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let original = try Data(contentsOf: URL(fileURLWithPath: sandbox.panelFolder + "/anna-schmidt.yaml"))
        let bom = sandbox.root + "/input/anna-schmidt-bom.yaml"
        let crlf = sandbox.root + "/input/anna-schmidt-crlf.yaml"
        try (Data([0xEF, 0xBB, 0xBF]) + original).write(to: URL(fileURLWithPath: bom))
        try Data(String(decoding: original, as: UTF8.self).replacingOccurrences(of: "\n", with: "\r\n").utf8).write(
            to: URL(fileURLWithPath: crlf))
        let verify = sandbox.run(["verify", "--verbose", "--rubrics", sandbox.rubrics, bom, crlf])
        Self.expectNoTrap(verify, "verify")
        #expect(verify.exitCode == 0, "\(verify)")
        #expect(
            verify.stdout
                == "\(bom): seal intact, unsigned (v1)\n\(crlf): seal intact, unsigned (v1)\n2 scorecards intact, 0 problems\n"
        )
        for name in ["scorecard-bom.yaml", "scorecard-crlf.yaml"] {
            let score = sandbox.run(["score", "--rubrics", sandbox.rubrics, try sandbox.place(name)])
            #expect(score.exitCode == 0, "\(score)")
            #expect(score.stdout.contains("Status: draft"))
        }
    }

    /// The whole corpus at once in one store, with a symbolic link out of it: every file is accounted
    /// for, the sealed panel is still merged, the link is reported and not followed, and nothing changes.
    @Test func storeFullOfBadFilesIsReadWithoutChangingAnything() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let folder = sandbox.store + "/claims-2026-01/c-900"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        var names: [String] = []
        for item in Self.scorecardCases {
            let placed = try sandbox.place(item.file)
            names.append(URL(fileURLWithPath: placed).lastPathComponent)
            try FileManager.default.moveItem(atPath: placed, toPath: folder + "/" + names[names.count - 1])
        }
        try FileManager.default.createSymbolicLink(
            atPath: folder + "/zz-link.yaml", withDestinationPath: "../../../outside/secret.yaml")
        let before = sandbox.snapshot()

        let verify = sandbox.run(["verify", "--verbose", "--rubrics", sandbox.rubrics, sandbox.store])
        Self.expectNoTrap(verify, "verify store")
        #expect(verify.exitCode == 1)
        #expect(Self.occurrences(of: ": seal intact, unsigned (v1)\n", in: verify.stdout) == 3)
        #expect(verify.stderr == "\(folder)/zz-link.yaml: error: points outside the store and is not read\n")
        for name in names {
            let path = folder + "/" + name
            #expect(verify.stdout.contains("\(path):"), "verify does not mention \(name)")
        }

        let merge = sandbox.run(["merge", "--rubrics", sandbox.rubrics, "--store", sandbox.store])
        Self.expectNoTrap(merge, "merge store")
        #expect(merge.exitCode == 1)
        #expect(
            merge.stdout.contains("Files: \(names.count + 3) read, 3 merged, \(names.count + 1) refused\n"),
            "\(merge.stdout.suffix(2000))")
        #expect(merge.stdout.contains("\(folder)/zz-link.yaml"))
        for name in names {
            #expect(merge.stdout.contains("\(folder)/\(name)"), "merge does not account for \(name)")
        }
        #expect(sandbox.snapshot() == before)
    }

    // MARK: - Answers files

    /// An answers file and what `enter` makes of it.
    struct AnswersCase: Sendable, CustomTestStringConvertible {
        var file: String
        var exitCode: Int32
        /// Text standard error must contain.
        var message: String
        /// The ratings the draft holds afterwards (nil: no draft is written at all).
        var ratings: [String: String]?
        var testDescription: String { file }
    }

    static let answersCases: [AnswersCase] = [
        AnswersCase(
            file: "answers-empty.answers", exitCode: 0, message: "end of input: the draft is saved in ", ratings: [:]),
        AnswersCase(
            file: "answers-truncated.answers", exitCode: 0, message: "end of input: the draft is saved in ",
            ratings: ["ownership": "4"]),
        AnswersCase(file: "answers-garbage.answers", exitCode: 1, message: "error: answer 1 ('", ratings: [:]),
        AnswersCase(
            file: "answers-nul.answers", exitCode: 1,
            message: "error: answer 1 ('4\\u{0}') for 'ownership': enter a level from 1..5", ratings: [:]),
        AnswersCase(
            file: "answers-escape.answers", exitCode: 1,
            message: "error: answer 1 ('\\u{1B}[2J\\u{1B}]0;pwned\\u{7}') for 'ownership'", ratings: [:]),
        AnswersCase(
            file: "answers-invalid-utf8.answers", exitCode: 0, message: "end of input: the draft is saved in ",
            ratings: ["ownership": "4", "empathy": "3"]),
        AnswersCase(
            file: "answers-bom.answers", exitCode: 0, message: "end of input: the draft is saved in ",
            ratings: ["ownership": "4", "empathy": "3"]),
        AnswersCase(
            file: "answers-crlf.answers", exitCode: 0, message: "end of input: the draft is saved in ",
            ratings: ["ownership": "4", "empathy": "3"]),
        AnswersCase(
            file: "answers-tabs.answers", exitCode: 0, message: "end of input: the draft is saved in ",
            ratings: ["ownership": "4", "empathy": "3"]),
        AnswersCase(
            file: Sandbox.tooLargeAnswers, exitCode: 1, message: "is larger than the limit of 1048576 bytes",
            ratings: nil),
        AnswersCase(
            file: Sandbox.folderAsAnswers, exitCode: 1, message: "is not a regular file (a folder, pipe or device)",
            ratings: nil),
    ]

    @Test(arguments: answersCases)
    func badAnswersFileNeverTrapsAndLeavesAValidDraft(_ item: AnswersCase) throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let input = try sandbox.place(item.file)
        let before = sandbox.snapshot()
        let draft = sandbox.store + "/claims-2026-01/c-900/bad-input.yaml"
        let run = sandbox.run([
            "enter", "--all-stages", "--rubrics", sandbox.rubrics, "--rubric", "claims-handler", "--candidate", "c-900",
            "--requisition", "claims-2026-01", "--interviewer", "Bad Input", "--store", sandbox.store, "--answers",
            input,
        ])
        Self.expectNoTrap(run, item.file)
        #expect(run.exitCode == item.exitCode, "\(run)")
        #expect(run.stderr.contains(item.message), "\(run.stderr)")

        // Nothing that existed changed; at most the new draft (and its folder) was added, and no lock is left.
        var after = sandbox.snapshot()
        let added = Set(after.keys).subtracting(before.keys)
        #expect(
            added.isSubset(of: ["store/claims-2026-01/c-900", "store/claims-2026-01/c-900/bad-input.yaml"]),
            "\(added.sorted())")
        after = after.filter { !added.contains($0.key) }
        #expect(after == before)
        if let ratings = item.ratings {
            let text = try #require(EnterTesting.read(draft), "no draft written")
            #expect(EnterTesting.ratings(inScorecard: text).mapValues(\.level) == ratings)
            let verify = sandbox.run(["verify", "--rubrics", sandbox.rubrics, draft])
            #expect(
                verify.stdout == "\(draft): error: draft (not submitted, no seal)\n0 scorecards intact, 1 problem\n",
                "\(verify)")
        } else {
            #expect(!FileManager.default.fileExists(atPath: draft))
        }
    }

    /// A hand-edited draft whose 'order' names a criterion twice (found by the scorecard fuzz target): resuming it
    /// rewrites the draft, which must stay readable (it was written with that rating twice, a duplicate key).
    @Test func resumedDraftNamingACriterionTwiceInItsOrderStaysReadable() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let folder = sandbox.store + "/claims-2026-01/c-900"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let draft = folder + "/bad-input.yaml"
        try """
        format: hirescore/scorecard@1
        rubric:
          id: claims-handler
          version: 3
        candidate: c-900
        requisition: claims-2026-01
        interviewer: Bad Input
        status: draft
        ratings:
          ownership:
            level: 4
            evidence: Chased the adjuster.
        order:
        - ownership
        - empathy
        - ownership

        """.write(toFile: draft, atomically: true, encoding: .utf8)
        let answers = sandbox.root + "/input/quit.answers"
        try "q\n".write(toFile: answers, atomically: true, encoding: .utf8)
        let enter = sandbox.run([
            "enter", "--all-stages", "--rubrics", sandbox.rubrics, "--rubric", "claims-handler", "--candidate", "c-900",
            "--requisition", "claims-2026-01", "--interviewer", "Bad Input", "--store", sandbox.store, "--answers",
            answers,
        ])
        Self.expectNoTrap(enter, "enter")
        #expect(enter.exitCode == 0, "\(enter)")
        let text = try #require(EnterTesting.read(draft))
        #expect(Self.occurrences(of: "\n  ownership:\n", in: text) == 1, "\(text)")
        let verify = sandbox.run(["verify", "--rubrics", sandbox.rubrics, draft])
        #expect(
            verify.stdout == "\(draft): error: draft (not submitted, no seal)\n0 scorecards intact, 1 problem\n",
            "\(verify)")
    }

    // MARK: - Wrong usage

    @Test(arguments: [
        ["score"], ["verify"], ["rubric", "validate", "--format", "yaml"], ["enter", "--rubric", "claims-handler"],
        ["enter", "--rubric", "claims-handler", "--candidate", "c-1", "--interviewer", "X", "--answers"],
        ["merge", "--consensus", "mode"], ["score", "--lang", "fr", "x.yaml"],
    ])
    func wrongUsageExitsWithTwo(_ arguments: [String]) throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let before = sandbox.snapshot()
        let run = sandbox.run(arguments)
        Self.expectNoTrap(run, arguments.joined(separator: " "))
        #expect(run.exitCode == 2, "\(run)")
        #expect(run.stderr.contains("Error: ") || run.stderr.contains("error: "), "\(run.stderr)")
        #expect(run.stdout == "")
        #expect(sandbox.snapshot() == before)
    }

    // MARK: - Checks

    /// The run ended on its own, without a trap report or raw control characters in its output.
    static func expectNoTrap(
        _ run: HireScoreChild.Ending, _ what: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(run.signal == nil && !run.timedOut, "\(what): \(run)", sourceLocation: sourceLocation)
        let output = run.stdout + run.stderr
        for marker in [
            "Fatal error", "Program crashed", "💣", "Stack dump", "Backtrace", "Thread 0", "SIGSEGV", "SIGILL",
            "SIGTRAP", "SIGABRT",
        ] {
            #expect(
                !output.contains(marker), "\(what): '\(marker)' in the output:\n\(output.prefix(3000))",
                sourceLocation: sourceLocation)
        }
        let control = output.unicodeScalars.first {
            ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || (0x7F...0x9F).contains($0.value)
        }
        #expect(
            control == nil, "\(what): raw control character U+\(String(control?.value ?? 0, radix: 16)) in the output",
            sourceLocation: sourceLocation)
    }

    /// The run failed with `exitCode` and the expected diagnostic(s) naming the file, line and column.
    /// `hints`: whether the output shows the hints of diagnostics (merge lists only their first line).
    static func expectRefused(
        _ run: HireScoreChild.Ending, _ item: Case, path: String, exitCode: Int32, hints: Bool = true,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        expectNoTrap(run, item.file, sourceLocation: sourceLocation)
        #expect(run.exitCode == exitCode, "\(item.file): \(run)", sourceLocation: sourceLocation)
        let lines = (run.stdout + run.stderr).split(separator: "\n").map(String.init)
        var expected = [(item.location, item.phrase)]
        if let also = item.also, hints || !also.1.hasPrefix("hint: ") { expected.append((also.0, also.1)) }
        for (location, phrase) in expected {
            let prefix = location.map { "\(path):\($0): " } ?? "\(path): "
            // The hint of a diagnostic is on its own line after the source line and caret.
            let found =
                phrase.hasPrefix("hint: ")
                ? lines.indices.contains {
                    lines[$0].contains(prefix) && lines[$0...].prefix(4).contains { $0.contains(phrase) }
                }
                : lines.contains { $0.contains(prefix + "error: ") && $0.contains(phrase) }
            #expect(
                found,
                "\(item.file): no diagnostic '\(prefix)error: …\(phrase)…' in:\n\((run.stdout + run.stderr).prefix(3000))",
                sourceLocation: sourceLocation)
        }
    }

    static func occurrences(of needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }
}

/// A temporary folder holding what must survive every bad input unchanged: the claims-handler rubric,
/// a store with the sealed panel of c-102 (examples/store), a file outside the store, and the input.
struct Sandbox {
    /// Generated corpus entries: too large for the repository, or not a file.
    static let tooLarge = "generated: 1 MiB + 1 byte"
    static let tooLargeAnswers = "generated: answers of 1 MiB + 1 byte"
    static let folderAsAnswers = "generated: a folder as the answers file"

    let root: String
    var rubrics: String { root + "/rubrics" }
    var store: String { root + "/store" }
    var panelFolder: String { store + "/claims-2026-01/c-102" }

    init() throws {
        root = EnterTesting.makeFolder("badinput")
        let manager = FileManager.default
        try manager.createDirectory(atPath: rubrics, withIntermediateDirectories: true)
        try manager.copyItem(
            atPath: TestPaths.shippedRubrics.appendingPathComponent("claims-handler.yaml").path,
            toPath: rubrics + "/claims-handler.yaml")
        try manager.createDirectory(atPath: store + "/claims-2026-01", withIntermediateDirectories: true)
        try manager.copyItem(
            atPath: PanelRun.exampleStore.appendingPathComponent("claims-2026-01/c-102").path, toPath: panelFolder)
        try manager.createDirectory(atPath: root + "/outside", withIntermediateDirectories: true)
        try manager.copyItem(atPath: panelFolder + "/ben-okafor.yaml", toPath: root + "/outside/secret.yaml")
        try manager.createDirectory(atPath: root + "/input", withIntermediateDirectories: true)
    }

    /// Copies (or makes) a corpus entry into `input/` and returns its path.
    func place(_ name: String) throws -> String {
        let manager = FileManager.default
        switch name {
        case Sandbox.tooLarge:
            // A valid scorecard start, padded with a comment to one byte over the 1 MiB limit.
            let path = root + "/input/too-large.yaml"
            var data = Data("format: hirescore/scorecard@1\n# ".utf8)
            data += Data(repeating: UInt8(ascii: "x"), count: (1 << 20) + 1 - data.count - 1) + Data("\n".utf8)
            try data.write(to: URL(fileURLWithPath: path))
            return path
        case Sandbox.tooLargeAnswers:
            let path = root + "/input/too-large.answers"
            try Data(String(repeating: "?\n", count: (1 << 19)).utf8 + [UInt8(ascii: "\n")]).write(
                to: URL(fileURLWithPath: path))
            return path
        case Sandbox.folderAsAnswers:
            let path = root + "/input/folder.answers"
            try manager.createDirectory(atPath: path, withIntermediateDirectories: true)
            return path
        default:
            let path = root + "/input/" + name
            try manager.copyItem(atPath: BadInputCorpusTests.corpus.appendingPathComponent(name).path, toPath: path)
            return path
        }
    }

    /// Runs `hirescore` with `HIRESCORE_STORE` and `HIRESCORE_RUBRICS` pointing into the sandbox.
    func run(_ arguments: [String]) -> HireScoreChild.Ending {
        do {
            return try HireScoreChild.start(
                arguments, input: .nullDevice,
                environment: ["HIRESCORE_STORE": store, "HIRESCORE_RUBRICS": rubrics, "HOME": root]
            )
            .finish(timeout: 120)
        } catch {
            return HireScoreChild.Ending(exitCode: nil, signal: nil, timedOut: false, stdout: "", stderr: "\(error)")
        }
    }

    /// One entry of a snapshot: kind, mode, modification time and content (or link target).
    struct Entry: Equatable, CustomStringConvertible {
        var kind: String
        var mode: mode_t
        var modified: Int
        var content: Data
        var description: String { "\(kind) \(String(mode, radix: 8)) \(modified) \(content.count) bytes" }
    }

    /// Every file, folder and link under the sandbox, by relative path.
    func snapshot() -> [String: Entry] {
        var result: [String: Entry] = [:]
        for relative in (try? FileManager.default.subpathsOfDirectory(atPath: root)) ?? [] {
            let path = root + "/" + relative
            var info = stat()
            guard lstat(path, &info) == 0 else { continue }
            let modified = Int(info.st_mtim.tv_sec) * 1_000_000_000 + Int(info.st_mtim.tv_nsec)
            switch info.st_mode & S_IFMT {
            case S_IFLNK:
                let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?"
                result[relative] = Entry(
                    kind: "link", mode: info.st_mode & 0o7777, modified: modified, content: Data(target.utf8))
            case S_IFDIR:
                result[relative] = Entry(kind: "folder", mode: info.st_mode & 0o7777, modified: 0, content: Data())
            default:
                result[relative] = Entry(
                    kind: "file", mode: info.st_mode & 0o7777, modified: modified,
                    content: FileManager.default.contents(atPath: path) ?? Data())
            }
        }
        return result
    }

    func remove() {
        EnterTesting.remove(root)
    }
}
