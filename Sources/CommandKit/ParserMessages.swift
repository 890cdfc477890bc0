import ScoringCore

/// The fixed words ArgumentParser writes around our help texts and in its usage errors, with their German.
///
/// The English side is ArgumentParser's own text, exactly as it prints it (swift-argument-parser 1.8); `%1` and
/// `%2` stand for what it fills in (a command name, an option, the value the user typed), which is carried over
/// unchanged. ``ParserOutput`` uses these entries to put ArgumentParser's output into German under `--lang de`.
/// Whatever ArgumentParser prints that is not listed here stays as it is.
package enum ParserMessages: MessageCatalogue {
    /// The heading of a command's one-line summary, at the start of the help.
    package static let overview = LocalizedText(en: "OVERVIEW: ", de: "ÜBERSICHT: ")
    /// The heading of the usage line in the help (continuation lines are indented to its width).
    package static let usage = LocalizedText(en: "USAGE: ", de: "AUFRUF: ")
    /// The heading of the positional arguments.
    package static let arguments = LocalizedText(en: "ARGUMENTS:", de: "ARGUMENTE:")
    /// The heading of the options.
    package static let options = LocalizedText(en: "OPTIONS:", de: "OPTIONEN:")
    /// The heading of the subcommands.
    package static let subcommands = LocalizedText(en: "SUBCOMMANDS:", de: "UNTERBEFEHLE:")
    /// The help of `-h, --help`.
    package static let showHelp = LocalizedText(en: "Show help information.", de: "Diese Hilfe zeigen.")
    /// The help of `--version`.
    package static let showVersion = LocalizedText(en: "Show the version.", de: "Die Version zeigen.")
    /// The last line of a command group's help: `%1` is the command with `help`.
    package static let detailedHelp = LocalizedText(
        en: "  See '%1 <subcommand>' for detailed help.",
        de: "  Ausführliche Hilfe zu einem Unterbefehl: '%1 <subcommand>'.")
    /// Before an option's default value in the help.
    package static let defaultValue = LocalizedText(en: "(default:", de: "(Standard:")
    /// Before an option's default value after its possible values, "(values: a, b; default: a)".
    package static let defaultAfterValues = LocalizedText(en: "default:", de: "Standard:")
    /// Before an option's possible values in the help.
    package static let values = LocalizedText(en: "(values:", de: "(Werte:")

    /// Before a usage error.
    package static let errorPrefix = LocalizedText(en: "Error: ", de: "Fehler: ")
    /// Before the help of the option a usage error is about.
    package static let helpPrefix = LocalizedText(en: "Help:  ", de: "Hilfe: ")
    /// Before the usage line after a usage error (continuation lines are indented to its width).
    package static let usagePrefix = LocalizedText(en: "Usage: ", de: "Aufruf: ")
    /// The last line after a usage error: `%1` is the command with `--help`.
    package static let moreInformation = LocalizedText(
        en: "  See '%1' for more information.", de: "  Mehr dazu: '%1'.")
    /// A required option or argument not given.
    package static let missingArgument = LocalizedText(
        en: "Missing expected argument '%1'", de: "Das Argument '%1' fehlt")
    /// One of several alternatives is required.
    package static let missingOneOf = LocalizedText(en: "Missing one of: %1", de: "Eines davon fehlt: %1")
    /// An option the command does not know, with a suggestion.
    package static let unknownOptionSuggestion = LocalizedText(
        en: "Unknown option '%1'. Did you mean '%2'?", de: "Unbekannte Option '%1'. Meinten Sie '%2'?")
    /// An option the command does not know.
    package static let unknownOption = LocalizedText(en: "Unknown option '%1'", de: "Unbekannte Option '%1'")
    /// An option given without its value.
    package static let missingValue = LocalizedText(en: "Missing value for '%1'", de: "Der Wert für '%1' fehlt")
    /// An argument too many.
    package static let unexpectedArgument = LocalizedText(
        en: "Unexpected argument '%1'", de: "Unerwartetes Argument '%1'")
    /// Several arguments too many: `%1` is their number.
    package static let unexpectedArguments = LocalizedText(
        en: "%1 unexpected arguments: %2", de: "%1 unerwartete Argumente: %2")
    /// A value that is not one of the allowed ones, with the list of allowed values.
    package static let invalidValueChoice = LocalizedText(
        en: "The value '%1' is invalid for '%2'. Please provide one of %3.",
        de: "Der Wert '%1' ist für '%2' ungültig. Erlaubt sind %3.")
    /// A value that is not one of the allowed ones, the allowed values following as a list, one a line.
    package static let invalidValueList = LocalizedText(
        en: "The value '%1' is invalid for '%2'. Please provide one of the following:",
        de: "Der Wert '%1' ist für '%2' ungültig. Erlaubt ist eines davon:")
    /// A value its type refused, with the reason after the colon.
    package static let invalidValueReason = LocalizedText(
        en: "The value '%1' is invalid for '%2': %3", de: "Der Wert '%1' ist für '%2' ungültig: %3")
    /// A value that cannot be read for its option.
    package static let invalidValue = LocalizedText(
        en: "The value '%1' is invalid for '%2'", de: "Der Wert '%1' ist für '%2' ungültig")
    /// A flag given a value.
    package static let flagWithValue = LocalizedText(
        en: "The option '%1' does not take any value, but '%2' was specified.",
        de: "Die Option '%1' nimmt keinen Wert an, angegeben war aber '%2'.")
    /// A command group run without a subcommand.
    package static let missingSubcommand = LocalizedText(
        en: "Missing required subcommand.", de: "Ein Unterbefehl fehlt.")
    /// Between the last two allowed values in ``invalidValueChoice`` (ArgumentParser writes "and" for two values).
    package static let twoValues = LocalizedText(en: "' and '", de: "' oder '")
    /// Between the last two of three or more allowed values in ``invalidValueChoice``.
    package static let lastValue = LocalizedText(en: "' or '", de: "' oder '")

    /// The whole lines of a usage error after "Error: ", most specific first.
    package static let errorTemplates: [LocalizedText] = [
        missingArgument, missingOneOf, unknownOptionSuggestion, unknownOption, missingValue, unexpectedArgument,
        unexpectedArguments, invalidValueChoice, invalidValueList, invalidValueReason, invalidValue, flagWithValue,
        missingSubcommand,
    ]

    /// Every entry.
    package static let entries: [(name: String, text: LocalizedText)] = [
        ("overview", overview), ("usage", usage), ("arguments", arguments), ("options", options),
        ("subcommands", subcommands), ("showHelp", showHelp), ("showVersion", showVersion),
        ("detailedHelp", detailedHelp), ("defaultValue", defaultValue),
        ("defaultAfterValues", defaultAfterValues), ("values", values),
        ("errorPrefix", errorPrefix), ("helpPrefix", helpPrefix), ("usagePrefix", usagePrefix),
        ("moreInformation", moreInformation), ("missingArgument", missingArgument), ("missingOneOf", missingOneOf),
        ("unknownOptionSuggestion", unknownOptionSuggestion), ("unknownOption", unknownOption),
        ("missingValue", missingValue), ("unexpectedArgument", unexpectedArgument),
        ("unexpectedArguments", unexpectedArguments), ("invalidValueChoice", invalidValueChoice),
        ("invalidValueList", invalidValueList), ("invalidValueReason", invalidValueReason),
        ("invalidValue", invalidValue), ("flagWithValue", flagWithValue), ("missingSubcommand", missingSubcommand),
        ("twoValues", twoValues), ("lastValue", lastValue),
    ]
}
