import CommandKit
import Foundation
import Testing

/// The parse that leaves out swift-argument-parser's completion-script check (``CommandRunner/parse(_:arguments:)``)
/// is tried only for arguments that cannot ask for a completion script, help, the version or a dumped help; those
/// still get the parser's own answers.
@Suite struct CompletionCheckTests {
    @Test(arguments: [
        (["score", "card.yaml", "--rubrics", "r", "-o", "/dev/null"], true),
        (["merge", "store/c-1", "--format", "json", "--lang", "de", "--no-cache"], true),
        (["merge", "help"], false),
        (["help", "merge"], false),
        (["merge", "--help"], false),
        (["merge", "-h"], false),
        (["score", "card.yaml", "-ho", "out"], false),
        (["--version"], false),
        (["score", "card.yaml", "--version"], false),
        (["--generate-completion-script", "bash"], false),
        (["--generate-completion-script=zsh"], false),
        (["--experimental-dump-help"], false),
        (["---completion", "score", "--", "--format"], false),
    ])
    func leftOutOnlyWhereNothingAsksForHelp(arguments: [String], leftOut: Bool) {
        #expect(CommandRunner.mayLeaveOutCompletionCheck(arguments) == leftOut)
    }

    @Test func completionScriptsAndHelpAreStillTheParsers() {
        let bash = HireScoreProcess.run(["--generate-completion-script", "bash"])
        #expect(bash.exitCode == 0)
        #expect(bash.stdout.hasPrefix("#!/bin/bash\n"))
        #expect(bash.stdout.contains("__hirescore_cursor_index_in_current_word()"))
        let short = HireScoreProcess.run(["merge", "-h"])
        let long = HireScoreProcess.run(["merge", "--help"])
        #expect(short.exitCode == 0 && long.exitCode == 0)
        #expect(short.stdout == long.stdout)
        #expect(short.stdout.contains("USAGE: hirescore merge "))
    }
}
