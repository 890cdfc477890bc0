import Foundation
import Testing

/// Progress of store-wide commands: on a terminal's standard error only, cleared before the output, the same text
/// with NO_COLOR (without escapes), never in a pipe. `HIRESCORE_PROGRESS_AFTER=0` shows it at once instead of
/// after a second, so no test depends on time.
@Suite struct ProgressTests {
    static let store = PanelRun.exampleStore.path
    static let now = ["HIRESCORE_PROGRESS_AFTER": "0", "TERM": "xterm"]
    static let erase = "\r\u{1B}[K"

    static func merge(_ extra: [String] = []) -> [String] {
        ["merge", "--rubrics", TestPaths.shippedRubrics.path, store] + extra
    }

    @Test("merge counts files read and candidates merged on the terminal, and clears the line before the report")
    func mergeShowsProgressOnATerminal() {
        let run = HireScoreProcess.runWithErrorsOnTerminal(
            Self.merge(), environment: Self.now, unsetting: ["NO_COLOR"])
        #expect(run.terminal.contains(Self.erase + "reading scorecards: 19 of 19…"), "\(run.terminal.debugDescription)")
        #expect(run.terminal.contains(Self.erase + "merging candidates: 6 of 6…"), "\(run.terminal.debugDescription)")
        #expect(
            run.terminal.hasSuffix(Self.erase + "writing the report…" + Self.erase), "\(run.terminal.debugDescription)")
        // The report on standard output is the same as without a terminal.
        let piped = PanelRun.run(["merge", Self.store])
        #expect(run.stdout == piped.stdout)
        #expect(!run.stdout.isEmpty)
    }

    @Test("German progress")
    func germanProgress() {
        let run = HireScoreProcess.runWithErrorsOnTerminal(
            Self.merge(["--lang", "de"]), environment: Self.now, unsetting: ["NO_COLOR"])
        #expect(run.terminal.contains(Self.erase + "Bewertungsbögen werden gelesen: 19 von 19…"))
        #expect(run.terminal.contains(Self.erase + "Kandidat*innen werden zusammengeführt: 6 von 6…"))
        #expect(run.terminal.hasSuffix(Self.erase + "der Bericht wird geschrieben…" + Self.erase))
    }

    @Test("with NO_COLOR the same text, overwritten with spaces instead of an escape")
    func noColorShowsTheSameTextWithoutEscapes() {
        let run = HireScoreProcess.runWithErrorsOnTerminal(
            Self.merge(), environment: Self.now.merging(["NO_COLOR": "1"]) { $1 })
        #expect(run.terminal.contains("\rreading scorecards: 19 of 19…"), "\(run.terminal.debugDescription)")
        #expect(run.terminal.contains("\rmerging candidates: 6 of 6…"))
        #expect(
            run.terminal.hasSuffix("\rwriting the report…\r" + String(repeating: " ", count: 19) + "\r"),
            "\(run.terminal.debugDescription)")
        #expect(!run.terminal.contains("\u{1B}"))
    }

    @Test("verify counts the files it checked")
    func verifyShowsProgress() {
        let run = HireScoreProcess.runWithErrorsOnTerminal(
            ["verify", "--rubrics", TestPaths.shippedRubrics.path, Self.store], environment: Self.now,
            unsetting: ["NO_COLOR"])
        #expect(
            run.terminal.contains(Self.erase + "verifying scorecards: 19 of 19…"), "\(run.terminal.debugDescription)")
        #expect(run.terminal.hasSuffix(Self.erase), "\(run.terminal.debugDescription)")
        #expect(run.stdout.hasSuffix("19 scorecards intact, 0 problems\n"), "\(run.stdout)")
    }

    @Test("never in a pipe", arguments: [["merge"], ["rank"], ["calibrate"], ["verify"]])
    func neverInAPipe(command: [String]) {
        let run = HireScoreProcess.run(
            command + ["--rubrics", TestPaths.shippedRubrics.path, Self.store], environment: Self.now)
        #expect(!run.stderr.contains("\r"), "\(run.stderr.debugDescription)")
        #expect(!run.stderr.contains("scorecards:"), "\(run.stderr.debugDescription)")
        #expect(!run.stdout.contains("\r"))
    }
}
