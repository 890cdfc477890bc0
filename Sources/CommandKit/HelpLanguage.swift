import Foundation
import ScoringCore

/// The language of the command-line help, decided once, before ArgumentParser builds the commands.
///
/// The help texts live in catalogues (``CommandKitHelp`` and the command catalogues of `hirescore`) and are read
/// while ArgumentParser builds a command's configuration and options, which happens before any option is parsed.
/// So the language is worked out from the raw arguments by the same rule the commands use: `--lang de|en` (or
/// `--lang=de`) anywhere before a `--`, else the environment's locale (``Language/fromEnvironment(_:)``), else
/// English. A task-local value, so that tests can render the help in either language without global mutable state:
///
/// ```swift
/// let german = HelpLanguage.$current.withValue(.de) { HireScoreCommand.helpMessage(for: Merge.self) }
/// ```
package enum HelpLanguage {
    /// The help language of this process: from its arguments and environment, unless a test binds another.
    @TaskLocal package static var current: Language = decided(
        arguments: Array(CommandLine.arguments.dropFirst()), environment: ProcessInfo.processInfo.environment)

    /// The language `arguments` ask for with `--lang de|en` or `--lang=de|en` (the last one before a `--` counts,
    /// as when the option is parsed), else the locale of `environment`, else English. A value that names no
    /// language is passed over here; the parser reports it.
    package static func decided(arguments: [String], environment: [String: String]) -> Language {
        var asked: Language?
        var index = arguments.startIndex
        while index < arguments.endIndex {
            let argument = arguments[index]
            if argument == "--" { break }
            if argument == "--lang", index + 1 < arguments.endIndex {
                asked = Language(rawValue: arguments[index + 1]) ?? asked
                index += 2
                continue
            }
            if argument.hasPrefix("--lang=") {
                asked = Language(rawValue: String(argument.dropFirst("--lang=".count))) ?? asked
            }
            index += 1
        }
        return asked ?? Language.fromEnvironment(environment)
    }
}
