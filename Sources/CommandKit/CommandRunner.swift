import ArgumentParser
import Foundation

/// Running a command-line tool's root command with HireScore's exit codes: 0 success, 1 problems found or an
/// error, 2 wrong usage (ArgumentParser's own 64 is mapped to 2, as most command-line tools do).
package enum CommandRunner {
    /// Parses `arguments` as `Root`, runs the command and ends the process; never returns.
    package static func run<Root: ParsableCommand>(_ root: Root.Type, arguments: [String]) -> Never {
        do {
            var command = try root.parseAsRoot(arguments)
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

    /// Prints a failure on standard error, "error: " / "Fehler: " and its message: the one printer of command
    /// failures, also for a failure found before the arguments are parsed.
    package static func report(_ failure: CommandFailure) {
        Terminal.standardError.write(failure.printed)
    }
}
