import ArgumentParser
import CommandKit
import Foundation
import Reporting
import ScoringCore

/// An output format: readable text or JSON for scripts.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    case text
    case json
}

extension ReportFormat: ExpressibleByArgument {}
extension CSVDialect: ExpressibleByArgument {}

/// Options of the commands that write a report (score, merge, rank, calibrate): the format, the file
/// and the CSV dialect. The renderers live in the Reporting target; this only picks and writes.
struct ReportOptions: ParsableArguments {
    @Option(help: ArgumentHelp(OptionsHelp.reportOptionsFormat, valueName: "format"))
    var format: ReportFormat = .text

    @Option(
        name: [.customShort("o"), .long],
        help: ArgumentHelp(
            OptionsHelp.reportOptionsOutput,
            valueName: "file"))
    var output: String?

    @Option(
        help: ArgumentHelp(
            OptionsHelp.reportOptionsCsvDialect,
            valueName: "dialect"))
    var csvDialect: CSVDialect?

    func validate() throws {
        // This group has no --lang of its own: the help language is the command's, by the same rule.
        if csvDialect != nil && format != .csv {
            throw ValidationError(UsageMessages.csvDialectOnlyCSV.text(in: HelpLanguage.current))
        }
        if let output, output.isEmpty {
            throw ValidationError(UsageMessages.outputNeedsFile.text(in: HelpLanguage.current))
        }
    }

    /// The renderer for `language` and the chosen CSV dialect.
    func renderer(language: Language) -> ReportRenderer {
        ReportRenderer(language: language, csvDialect: csvDialect ?? .rfc4180)
    }

    /// Writes the report to --output (atomically) or to standard output.
    func write(_ text: String, language: Language) throws {
        PhaseTimer.mark("render the report (\(format.rawValue))")
        defer { PhaseTimer.mark("write the report") }
        ProgressLine.clearAny()
        guard let output else {
            Terminal.standardOutput.write(text)
            return
        }
        do {
            try AtomicFile.write(text, to: output)
        } catch {
            throw CommandFailure(CommandMessages.cannotWrite(output, reason: error.reason), language: language)
        }
        Terminal.standardError.write(
            CommandMessages.wroteReport(output, bytes: text.utf8.count).text(in: language) + "\n")
    }
}
