import Foundation
import Testing

/// Colour: never in pipes, never with NO_COLOR, never on a dumb terminal; on a real terminal otherwise.
@Suite struct NoColorTests {
    @Test(arguments: [
        ["rubric", "validate", "single/typo-anchor.yaml"],
        ["rubric", "validate", "--lang", "de", "single/typo-anchor.yaml"],
        ["rubric", "validate", "--format", "json", "single/typo-anchor.yaml"],
        ["rubric", "validate", "single/warning-only.yaml"],
        ["rubric", "list", "--rubrics", "broken-folder"],
        ["rubric", "show", "--rubrics", "valid", "mini-claims"],
        ["rubric", "show", "--rubrics", "valid", "claims-handlr"],
        ["modules"],
        ["--help"],
        ["rubric", "validate", "--bogus"],
    ])
    func noEscapeCharacterInAnyOutput(arguments: [String]) {
        let result = HireScoreProcess.run(arguments, currentDirectory: TestPaths.fixtures)
        #expect(!result.stdout.isEmpty || !result.stderr.isEmpty)
        #expect(!result.stdout.contains(escape), "escape in stdout of \(arguments)")
        #expect(!result.stderr.contains(escape), "escape in stderr of \(arguments)")
    }

    static let typo = ["rubric", "validate", "single/typo-anchor.yaml"]

    @Test func terminalGetsColourWithoutNoColor() {
        // The control case: without it, the NO_COLOR checks below could pass for the wrong reason.
        let result = HireScoreProcess.runOnTerminal(
            Self.typo, environment: ["TERM": "xterm"], unsetting: ["NO_COLOR"],
            currentDirectory: TestPaths.fixtures)
        #expect(result.exitCode == 1)
        #expect(result.terminal.contains("\u{1B}[1;31merror:\u{1B}[0m"))
    }

    @Test func noColorIsRespectedOnATerminal() {
        let result = HireScoreProcess.runOnTerminal(
            Self.typo, environment: ["TERM": "xterm", "NO_COLOR": "1"],
            currentDirectory: TestPaths.fixtures)
        #expect(result.exitCode == 1)
        #expect(
            result.terminal.contains(
                "single/typo-anchor.yaml:39:9: error: unknown key 'anchor' in criterion 'friendliness'"))
        #expect(!result.terminal.contains(escape))
    }

    @Test func dumbTerminalGetsNoColour() {
        let result = HireScoreProcess.runOnTerminal(
            Self.typo, environment: ["TERM": "dumb"], unsetting: ["NO_COLOR"],
            currentDirectory: TestPaths.fixtures)
        #expect(result.exitCode == 1)
        #expect(result.terminal.contains("1 error and 1 warning in 1 file"))
        #expect(!result.terminal.contains(escape))
    }
}
