import Foundation
import ScoringCore

/// ArgumentParser's help and usage errors in the interface language: its fixed headings and phrases
/// (``ParserMessages``) put into German under `--lang de`; everything else, above all what the user typed and
/// the option names, stays exactly as ArgumentParser wrote it.
package enum ParserOutput {
    /// `text` (a help page or a usage error, as `fullMessage(for:)` returns it) in `language`.
    ///
    /// A help page (it starts with "OVERVIEW: " or "USAGE: ") gets German headings, "Show help information.",
    /// "Show the version.", "(default:", "(values:" and "; default:"; a usage error (it starts with "Error: ")
    /// gets German for its first line where it is one of ArgumentParser's sentences, and for "Help:", "Usage:"
    /// and the "See" line. Anything else (the version, a completion script, the JSON of
    /// `--experimental-dump-help`) and any English text comes back unchanged.
    package static func translated(_ text: String, to language: Language) -> String {
        guard language == .de else { return text }
        let isHelp = text.hasPrefix(ParserMessages.overview.en) || text.hasPrefix(ParserMessages.usage.en)
        let isError = text.hasPrefix(ParserMessages.errorPrefix.en)
        guard isHelp || isError else { return text }
        var lines: [String] = []
        var indentingUsage = false
        for var line in text.components(separatedBy: "\n") {
            // The usage line's continuation lines are indented to the heading, which German makes longer.
            if indentingUsage, line.hasPrefix("       ") {
                line = " " + line
            } else {
                indentingUsage = false
            }
            if isHelp {
                line = helpLine(line, indentingUsage: &indentingUsage)
            } else {
                line = errorLine(line, indentingUsage: &indentingUsage)
            }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }

    /// One line of a help page in German.
    static func helpLine(_ line: String, indentingUsage: inout Bool) -> String {
        for heading in [ParserMessages.arguments, ParserMessages.options, ParserMessages.subcommands]
        where line == heading.en {
            return heading.de
        }
        if let rest = line.dropping(prefix: ParserMessages.overview.en) {
            return ParserMessages.overview.de + rest
        }
        if let rest = line.dropping(prefix: ParserMessages.usage.en) {
            indentingUsage = true
            return ParserMessages.usage.de + rest
        }
        if let german = filled(ParserMessages.detailedHelp, line) { return german }
        var line = line
        for ending in [ParserMessages.showHelp, ParserMessages.showVersion] where line.hasSuffix("  " + ending.en) {
            line = String(line.dropLast(ending.en.count)) + ending.de
        }
        for phrase in [ParserMessages.defaultValue, ParserMessages.values] {
            line = line.replacingOccurrences(of: phrase.en, with: phrase.de)
        }
        // "(values: a, b; default: a)", the default perhaps wrapped to the start of the next line.
        let afterValues = ParserMessages.defaultAfterValues
        line = line.replacingOccurrences(of: "; " + afterValues.en, with: "; " + afterValues.de)
        let indent = line.prefix { $0 == " " }
        if line.dropFirst(indent.count).hasPrefix(afterValues.en) {
            line = indent + afterValues.de + line.dropFirst(indent.count + afterValues.en.count)
        }
        return line
    }

    /// One line of a usage error in German.
    static func errorLine(_ line: String, indentingUsage: inout Bool) -> String {
        if let message = line.dropping(prefix: ParserMessages.errorPrefix.en) {
            let german = ParserMessages.errorTemplates.lazy.compactMap { filled($0, message) }.first ?? message
            return ParserMessages.errorPrefix.de + german
        }
        if let rest = line.dropping(prefix: ParserMessages.helpPrefix.en) {
            return ParserMessages.helpPrefix.de + rest
        }
        if let rest = line.dropping(prefix: ParserMessages.usagePrefix.en) {
            indentingUsage = true
            return ParserMessages.usagePrefix.de + rest
        }
        return filled(ParserMessages.moreInformation, line) ?? line
    }

    /// The German of `template` with the parts `line` fills in for `%1`, `%2`, `%3`, when the whole of `line`
    /// is the English of `template`; else nil. The filled-in parts are carried over unchanged, except that
    /// in a list of allowed values ("'a', 'b' or 'c'") the last "or"/"and" becomes "oder".
    static func filled(_ template: LocalizedText, _ line: String) -> String? {
        let english = template.en
        var pattern = "^" + NSRegularExpression.escapedPattern(for: english) + "$"
        for placeholder in ["%1", "%2", "%3"] {
            pattern = pattern.replacingOccurrences(of: placeholder, with: "(.*)")
        }
        guard let expression = try? NSRegularExpression(pattern: pattern, options: []),
            let match = expression.firstMatch(in: line, range: NSRange(line.startIndex..., in: line))
        else { return nil }
        var parts: [String] = []
        for group in 1..<match.numberOfRanges {
            guard let range = Range(match.range(at: group), in: line) else { return nil }
            var part = String(line[range])
            if template == ParserMessages.invalidValueChoice, group == 3 {
                part = part.replacingOccurrences(of: ParserMessages.twoValues.en, with: ParserMessages.twoValues.de)
                    .replacingOccurrences(of: ParserMessages.lastValue.en, with: ParserMessages.lastValue.de)
            }
            parts.append(part)
        }
        // One pass over the German template, so that a "%2" the user typed is never taken for a placeholder.
        var german = ""
        var rest = Substring(template.de)
        while let percent = rest.firstIndex(of: "%") {
            german += rest[..<percent]
            let digit = rest.index(after: percent)
            if digit < rest.endIndex, let number = rest[digit].wholeNumberValue, parts.indices.contains(number - 1) {
                german += parts[number - 1]
                rest = rest[rest.index(after: digit)...]
            } else {
                german += "%"
                rest = rest[digit...]
            }
        }
        return german + rest
    }
}

extension LocalizedText {
    /// The English text.
    fileprivate var en: String { text(in: .en) }
    /// The German text.
    fileprivate var de: String { text(in: .de) }
}

extension String {
    /// The rest of the string after `prefix`, or nil when it does not start with it.
    fileprivate func dropping(prefix: String) -> String? {
        hasPrefix(prefix) ? String(dropFirst(prefix.count)) : nil
    }
}
