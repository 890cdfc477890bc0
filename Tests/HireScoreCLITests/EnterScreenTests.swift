import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The entry screen on pseudo-terminals of 60, 80 and 120 columns, in English and German: wrapped at word
/// boundaries with hanging indents, anchors one line each (`?` shows them in full), the scale's labels at the
/// prompt, the question and prompt within 24 rows; the review with numbers and a jump to an item; Ctrl-C in German.
///
/// The screens are compared with golden files in `Fixtures/enter-screens/` (terminal line ends as `\n`, the
/// temporary store as `$STORE`, a seal as `$SEAL`). To rewrite them after a deliberate change:
///
///     HIRESCORE_UPDATE_GOLDEN=1 swift test --filter EnterScreenTests
@Suite struct EnterScreenTests {
    /// The golden files in the source tree (not the bundle copy), so that they can be rewritten.
    static let goldenFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures").appendingPathComponent("enter-screens")

    struct ScreenCase: Sendable, CustomTestStringConvertible {
        var lang: String
        var columns: UInt16
        var testDescription: String { "\(lang) \(columns) columns" }
        var de: Bool { lang == "de" }
        /// The last word of the rating prompt, where the answer is typed.
        var ratingPromptEnd: String { de ? "beenden: " : "quit: " }
        var evidencePromptEnd: String { de ? "getan?): " : "do?): " }
    }

    static let cases: [ScreenCase] = ["en", "de"].flatMap { lang in
        [60, 80, 120].map { ScreenCase(lang: lang, columns: $0) }
    }

    /// The terminal's text as the golden files keep it.
    static func normalised(_ text: String, store: String) -> String {
        var result = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: store, with: "$STORE")
        if let range = result.range(of: #"sha256:[0-9a-f]{64}"#, options: .regularExpression) {
            result.replaceSubrange(range, with: "$SEAL")
        }
        return result
    }

    /// Compares with a golden file, or rewrites it with HIRESCORE_UPDATE_GOLDEN=1.
    static func checkGolden(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws
    {
        let url = goldenFolder.appendingPathComponent(name)
        if GoldenFiles.updating {
            try FileManager.default.createDirectory(at: goldenFolder, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record(
                "missing golden file \(name); run with HIRESCORE_UPDATE_GOLDEN=1 to create it",
                sourceLocation: sourceLocation)
            return
        }
        if let difference = GoldenFiles.firstDifference(expected: expected, actual: actual) {
            Issue.record(
                "the screen differs from \(name) \(difference)\n(if intended, run with HIRESCORE_UPDATE_GOLDEN=1 and review the diff)",
                sourceLocation: sourceLocation)
        }
    }

    /// The first criterion: the screen, `?` for the full anchors, a rating, evidence that is too short, then
    /// real evidence, and quitting at the second criterion.
    @Test(arguments: cases)
    func firstCriterionScreen(_ screen: ScreenCase) throws {
        let folder = EnterTesting.makeFolder()
        defer { EnterTesting.remove(folder) }
        let store = folder + "/store"
        let child = try HireScoreChild.start(
            EnterTesting.enterArguments(store: store) + ["--lang", screen.lang],
            input: .terminal, columns: screen.columns)
        let typist = EnterTerminalTests.Typist(child: child)
        let firstScreenSeen = typist.see(screen.ratingPromptEnd)
        let firstScreen = child.outputSoFar
        let steps =
            firstScreenSeen
            && {
                child.send("?\n")
                return true
            }()
            && typist.answer(screen.ratingPromptEnd, "5")
            && typist.answer(screen.evidencePromptEnd, "x")
            && typist.answer(
                screen.evidencePromptEnd,
                screen.de
                    ? "Hat den Gutachter wöchentlich angerufen und eine Frist gesetzt."
                    : "Chased the adjuster weekly and set him a deadline.")
            && typist.see("[2/20]")
            && typist.answer(screen.ratingPromptEnd, screen.de ? "s" : "q")
        let result = child.finish()
        #expect(steps)
        #expect(result.exitCode == 0, "\(result)")

        // The first screen: no line wider than the terminal, and from the criterion's title to the prompt within 24 rows.
        let lines = firstScreen.replacingOccurrences(of: "\r\n", with: "\n").split(
            separator: "\n", omittingEmptySubsequences: false)
        for line in lines {
            #expect(line.count <= Int(screen.columns), "wider than \(screen.columns) columns: \(line)")
        }
        let header = try #require(lines.firstIndex { $0.hasPrefix("[1/20] ") })
        #expect(
            lines.count - header <= 24,
            "the criterion takes \(lines.count - header) rows:\n\(lines[header...].joined(separator: "\n"))")
        // The scale's labels at the prompt.
        let flat = lines.joined(separator: " ")
        #expect(flat.contains(screen.de ? "3 = erfüllt die Anforderungen" : "3 = meets requirements"))
        #expect(!result.stdout.contains("\u{1B}"), "no escape sequences with NO_COLOR")
        try Self.checkGolden(
            Self.normalised(result.stdout, store: store), "first-criterion-\(screen.lang)-\(screen.columns).txt")

        let draft = try #require(EnterTesting.read(store + "/claims-2026-01/c-1042/juergen-gross.yaml"))
        #expect(EnterTesting.ratings(inScorecard: draft)["ownership"]?.level == "5")
    }

    /// On a terminal of 12 rows the follow-up questions take one line and the scale names the level that meets the
    /// requirements, so that the title, question and prompt still fit; `?` shows them in full.
    @Test func aShortTerminalShortensTheScreenToFit() throws {
        let folder = EnterTesting.makeFolder()
        defer { EnterTesting.remove(folder) }
        let child = try HireScoreChild.start(
            EnterTesting.enterArguments(store: folder + "/store"), input: .terminal, columns: 80, rows: 12)
        let typist = EnterTerminalTests.Typist(child: child)
        let seen = typist.see("quit: ")
        let screen = child.outputSoFar.replacingOccurrences(of: "\r\n", with: "\n")
        child.send("?\n")
        let steps =
            seen
            && typist.see(
                "The follow-up questions in full:\n".replacingOccurrences(of: "\n", with: "\r\n"),
                "    → How did you keep the customer informed in the meantime?\r\n",
                "Scale: 1 = well below requirements · 2 = below requirements · 3 = meets\r\n")
            && typist.answer("quit: ", "q")
        let result = child.finish()
        #expect(steps)
        #expect(result.exitCode == 0, "\(result)")
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
        let header = try #require(lines.firstIndex { $0.hasPrefix("[1/20] ") })
        #expect(lines.count - header <= 12, "\(lines[header...].joined(separator: "\n"))")
        #expect(screen.contains("    → 3 follow-up questions: ? shows them\n"))
        #expect(screen.contains("Scale: 3 = meets requirements (? shows every level)\n"))
    }

    /// Bold for the criterion's title on a terminal when NO_COLOR is unset; never otherwise.
    @Test func titleIsBoldOnATerminalWithoutNoColor() throws {
        let folder = EnterTesting.makeFolder()
        defer { EnterTesting.remove(folder) }
        let child = try HireScoreChild.start(
            EnterTesting.enterArguments(store: folder + "/store"), input: .terminal,
            environment: ["TERM": "xterm-256color"], unsetting: ["NO_COLOR"], columns: 80)
        let seen = EnterTerminalTests.Typist(child: child).see(
            "\u{1B}[1m[1/20] Customer orientation › Ownership of the claim\u{1B}[0m\r\n", "quit: ")
        child.send("q\n")
        let result = child.finish()
        #expect(seen)
        #expect(result.exitCode == 0, "\(result)")

        // Into a pipe: neither bold nor wrapping, whatever NO_COLOR says.
        let piped = try HireScoreChild.start(
            EnterTesting.enterArguments(store: folder + "/store2"), input: .text("q\n"),
            environment: ["TERM": "xterm-256color", "COLUMNS": "40"], unsetting: ["NO_COLOR"]
        ).finish()
        #expect(piped.exitCode == 0, "\(piped)")
        #expect(!piped.stdout.contains("\u{1B}"))
        #expect(
            piped.stdout.contains(
                "\n[1/20] Customer orientation › Ownership of the claim\n  Question: Tell me about a time when a claim or a customer request stalled"
            ))
    }

    /// The review lists every item with its number and full evidence; a number jumps to that item, and after it
    /// the review comes back; then submit with j.
    @Test func reviewJumpsToAnItemAndComesBack() throws {
        let folder = EnterTesting.makeFolder()
        defer { EnterTesting.remove(folder) }
        let store = folder + "/store"
        let path = store + "/claims-2026-01/c-1042/juergen-gross.yaml"
        // Everything answered but the submission.
        let answers = folder + "/all-but-submit.answers"
        let lines = EnterTesting.answersText("complete.answers").split(
            separator: "\n", omittingEmptySubsequences: false)
        let withoutSubmit = lines.prefix { $0 != "y" }.joined(separator: "\n") + "\n"
        try withoutSubmit.write(toFile: answers, atomically: true, encoding: .utf8)
        let prepared = EnterTesting.run(EnterTesting.enterArguments(store: store, answers: answers))
        #expect(prepared.exitCode == 0, "\(prepared)")

        let child = try HireScoreChild.start(
            EnterTesting.enterArguments(store: store) + ["--lang", "de"], input: .terminal, columns: 80)
        let typist = EnterTerminalTests.Typist(child: child)
        let steps =
            typist.see(
                "Der Entwurf wird bei Punkt 20 von 20 fortgesetzt.\r\n", "Ihre Antworten",
                "   1  Verantwortung für den Schadenfall übernehmen: 4\r\n",
                "        „Chased the loss adjuster twice in one week and arranged an interim\r\n         payment.“\r\n")
            && typist.answer("diesen Punkt ändern: ", "1")
            && typist.see(
                "Punkt 1 wird geändert; danach geht es zurück zur Übersicht.\r\n", "[1/20] Kundenorientierung")
            && typist.answer("beenden: ", "3")
            // A changed rating takes new evidence (the old one was for the old rating).
            && typist.answer("getan?): ", "Hat zweimal nachgefasst, aber keine Frist gesetzt.")
            && typist.see("Ihre Antworten", "   1  Verantwortung für den Schadenfall übernehmen: 3\r\n")
            && typist.answer("diesen Punkt ändern: ", "j")
            && typist.see("Abgegeben und versiegelt: ")
        let result = child.finish()
        #expect(steps)
        #expect(result.exitCode == 0, "\(result)")
        #expect(!result.stdout.contains("[2/20]"), "the jump comes back to the review, not to the next item")
        try Self.checkGolden(Self.normalised(result.stdout, store: store), "review-jump-de-80.txt")
        let submitted = try #require(EnterTesting.read(path))
        #expect(EnterTesting.topLevelValue("status", in: submitted) == "submitted")
        #expect(
            EnterTesting.ratings(inScorecard: submitted)["ownership"]
                == .init(level: "3", evidence: "Hat zweimal nachgefasst, aber keine Frist gesetzt."))
    }

    /// Ctrl-C (SIGINT), a closed terminal (SIGHUP) or kill (SIGTERM) in a German session: the draft is kept and
    /// the message is German.
    @Test(arguments: [SIGINT, SIGHUP, SIGTERM])
    func interruptionInGermanKeepsTheDraft(_ interrupt: Int32) throws {
        let folder = EnterTesting.makeFolder()
        defer { EnterTesting.remove(folder) }
        let store = folder + "/store"
        let path = store + "/claims-2026-01/c-1042/juergen-gross.yaml"
        let child = try HireScoreChild.start(
            EnterTesting.enterArguments(store: store) + ["--lang", "de"], input: .terminal, columns: 80)
        let typist = EnterTerminalTests.Typist(child: child)
        let steps =
            typist.answer("beenden: ", "4")
            && typist.answer("getan?): ", "Hat den Gutachter zweimal pro Woche angerufen.")
            && typist.see("[2/20] Kundenorientierung", "beenden: ")
        child.sendSignal(interrupt)
        let result = child.finish()
        #expect(steps)
        #expect(result.exitCode == 128 + interrupt, "\(result)")
        #expect(result.stderr == "\nunterbrochen: der Entwurf ist gespeichert; derselbe Befehl setzt fort\n")
        #expect(!FileManager.default.fileExists(atPath: path + ".lock"))
        #expect(
            EnterTesting.ratings(inScorecard: EnterTesting.read(path) ?? "") == [
                "ownership": .init(level: "4", evidence: "Hat den Gutachter zweimal pro Woche angerufen.")
            ])
    }
}
