import ArgumentParser
import Foundation

/// Running a command-line tool's root command with HireScore's exit codes: 0 success, 1 problems found or an
/// error, 2 wrong usage (ArgumentParser's own 64 is mapped to 2, as most command-line tools do).
package enum CommandRunner {
    /// Parses `arguments` as `Root`, runs the command and ends the process; never returns.
    package static func run<Root: ParsableCommand>(_ root: Root.Type, arguments: [String]) -> Never {
        do {
            var command = try parse(root, arguments: arguments)
            try command.run()
            Foundation.exit(0)
        } catch {
            let code = root.exitCode(for: error)
            if code == .success {
                // Help, the version and the like: on standard output, in the help language.
                let message = ParserOutput.translated(root.fullMessage(for: error), to: HelpLanguage.current)
                if !message.isEmpty { Terminal.standardOutput.write(message + "\n") }
                Foundation.exit(0)
            }
            if let failure = error as? CommandFailure {
                report(failure)
                Foundation.exit(failure.exitCode)
            }
            if error is ExitCode {
                Foundation.exit(code.rawValue)
            }
            let message = ParserOutput.translated(root.fullMessage(for: error), to: HelpLanguage.current)
            Terminal.standardError.write(message.hasSuffix("\n") ? message : message + "\n")
            Foundation.exit(
                code == .validationFailure || code.rawValue == 64 ? 2 : (code.rawValue == 0 ? 1 : code.rawValue))
        }
    }

    /// Whether the parse under way leaves out swift-argument-parser's check for `--generate-completion-script`:
    /// the root command's configuration reads it (see ``parse(_:arguments:)``).
    @TaskLocal package static var skipsCompletionCheck = false

    /// Parses `arguments` as `Root`, as `parseAsRoot` does.
    ///
    /// Before each parse, swift-argument-parser tries the arguments as two hidden commands that ask for a completion
    /// script, which costs more than parsing a command's own options (about 10 million instructions, a tenth of
    /// `hirescore score`). It leaves that check out for a root command whose configuration names a super-command.
    /// So when no argument can ask for a completion script, help, the version or a dumped help
    /// (``mayLeaveOutCompletionCheck(_:)``), the arguments are parsed first with ``skipsCompletionCheck`` set (the
    /// root sets the super-command name then) and the command is taken when that parse succeeds. Any failure, and
    /// any other arguments, are parsed as usual, so every error, usage line and help text is the parser's own: the
    /// super-command name only changes help and usage texts, which a successful parse never renders.
    package static func parse<Root: ParsableCommand>(_ root: Root.Type, arguments: [String]) throws
        -> ParsableCommand
    {
        if mayLeaveOutCompletionCheck(arguments),
            let command = try? $skipsCompletionCheck.withValue(true, operation: { try root.parseAsRoot(arguments) })
        {
            return command
        }
        return try root.parseAsRoot(arguments)
    }

    /// Whether none of `arguments` can ask for a completion script, help (`help`, `--help`, `-h` alone or among
    /// other short flags), the version or an experimental dump: only then may a parse leave out the completion
    /// check.
    package static func mayLeaveOutCompletionCheck(_ arguments: [String]) -> Bool {
        !arguments.contains { argument in
            argument == "help" || argument.hasPrefix("--help") || argument.hasPrefix("--version")
                || argument.hasPrefix("--generate-completion-script") || argument.hasPrefix("--experimental")
                || argument.hasPrefix("---")
                || (argument.hasPrefix("-") && !argument.hasPrefix("--") && argument.contains("h"))
        }
    }

    /// Prints a failure on standard error, "error: " / "Fehler: " and its message: the one printer of command
    /// failures, also for a failure found before the arguments are parsed.
    package static func report(_ failure: CommandFailure) {
        Terminal.standardError.write(failure.printed)
    }
}
