import Foundation
import ScoringCore

/// The words the commands put before a line of their own on standard error, in both languages, and the
/// sentences every command shares.
package enum CommandMessages: MessageCatalogue {
    /// Before an error: "error: " / "Fehler: ".
    package static let error = LocalizedText(en: "error: ", de: "Fehler: ")
    /// Before a warning: "warning: " / "Warnung: ".
    package static let warning = LocalizedText(en: "warning: ", de: "Warnung: ")
    /// Before a note: "note: " / "Hinweis: ".
    package static let note = LocalizedText(en: "note: ", de: "Hinweis: ")

    /// The confirmation after `-o FILE`: "wrote the report to FILE (12.3 KB)".
    package static func wroteReport(_ path: String, bytes: Int) -> LocalizedText {
        .init(
            en: "wrote the report to \(path) (\(size(bytes, language: .en)))",
            de: "Bericht nach \(path) geschrieben (\(size(bytes, language: .de)))")
    }

    /// A file size for people: "812 bytes", "12.3 KB", "116.0 MB" (German with a decimal comma).
    package static func size(_ bytes: Int, language: Language) -> String {
        let de = language == .de
        guard bytes >= 1024 else { return "\(bytes) " + (de ? "Bytes" : (bytes == 1 ? "byte" : "bytes")) }
        let (value, unit) = bytes < 1024 * 1024 ? (Double(bytes) / 1024, "KB") : (Double(bytes) / 1_048_576, "MB")
        // One decimal, rounded as `%.1f` rounds (half to even: 1,280 bytes are 1.2 KB); ten times the value is
        // exact for any file size below 2^49 bytes. Without `String(format:)`, whose variadic arguments cost more
        // than the rest of a small report.
        let tenths = Int((value * 10).rounded(.toNearestOrEven))
        return "\(tenths / 10)" + (de ? "," : ".") + "\(tenths % 10) " + unit
    }

    /// A report file that cannot be written.
    package static func cannotWrite(_ path: String, reason: String) -> LocalizedText {
        .init(en: "cannot write \(path): \(reason)", de: "\(path) kann nicht geschrieben werden: \(reason)")
    }

    /// A report kept in the user's cache (`ReportMemo`) that checked out but could not be read to its end.
    package static func keptReportUnreadable(_ folder: String) -> LocalizedText {
        .init(
            en: "the report kept in the cache \(folder) could not be read to its end; "
                + "run the command again with --no-cache",
            de: "der im Zwischenspeicher \(folder) aufbewahrte Bericht konnte nicht bis zum Ende gelesen werden; "
                + "führen Sie den Befehl mit --no-cache erneut aus")
    }

    /// A mistyped subcommand: "unknown command 'mrege'; did you mean 'merge'?".
    package static func unknownCommand(_ word: String, suggestion: String?, commands: [String]) -> LocalizedText {
        .init(
            en: "unknown command '\(word)'"
                + (suggestion.map { "; " + CommonMessages.didYouMean($0).text(in: .en) }
                    ?? "; the commands: \(commands.joined(separator: ", "))")
                + "\n  see 'hirescore --help'",
            de: "unbekannter Befehl '\(word)'"
                + (suggestion.map { "; " + CommonMessages.didYouMean($0).text(in: .de) }
                    ?? "; die Befehle: \(commands.joined(separator: ", "))")
                + "\n  siehe 'hirescore --help'")
    }

    /// A rubric id that names no rubric, with the closest id (or the one id it begins) and the known ones.
    package static func unknownRubric(_ id: String, folder: String, known: [String]) -> LocalizedText {
        let wanted = String(id.split(separator: "@", maxSplits: 1).first ?? Substring(id))
        let prefixed = known.filter { $0.hasPrefix(wanted) }
        let suggestion = Identifier.closest(to: wanted, among: known) ?? (prefixed.count == 1 ? prefixed[0] : nil)
        let list = known.isEmpty ? "-" : known.joined(separator: ", ")
        return .init(
            en: "no rubric '\(id)' in \(folder)"
                + (suggestion.map { "; " + CommonMessages.didYouMean($0).text(in: .en) } ?? "")
                + "\n  known rubrics: \(list)",
            de: "keine Bewertungsvorlage '\(id)' in \(folder)"
                + (suggestion.map { "; " + CommonMessages.didYouMean($0).text(in: .de) } ?? "")
                + "\n  bekannte Vorlagen: \(list)")
    }

    /// Every entry, with sample arguments.
    package static let entries: [(name: String, text: LocalizedText)] = [
        ("error", error), ("warning", warning), ("note", note),
        ("wroteReport", wroteReport("report.html", bytes: 12_600)),
        ("cannotWrite", cannotWrite("report.html", reason: "Permission denied")),
        ("keptReportUnreadable", keptReportUnreadable("/home/anna/.cache/hirescore")),
        ("unknownCommand", unknownCommand("mrege", suggestion: "merge", commands: ["merge"])),
        ("unknownCommand(no suggestion)", unknownCommand("xyz", suggestion: nil, commands: ["merge", "enter"])),
        ("unknownRubric", unknownRubric("claims", folder: "rubrics", known: ["claims-handler"])),
    ]
}
