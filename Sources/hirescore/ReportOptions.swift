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
        try write(language: language) { emit in emit(text) }
    }

    /// Writes the report that `produce` hands to its `emit` piece by piece to --output (atomically: the file is
    /// replaced once every piece is written) or to standard output, each piece as it comes.
    func write(language: Language, _ produce: (_ emit: (String) -> Void) -> Void) throws {
        try write(language: language, produce, failure: { nil })
    }

    /// ``write(language:_:)``, asking `failure` once every piece is rendered whether the report is what it should be:
    /// when it gives a failure, --output is left as it was (standard output has had the pieces) and it is thrown.
    func write(
        language: Language, _ produce: (_ emit: (String) -> Void) -> Void, failure: () -> CommandFailure?
    ) throws {
        ProgressLine.clearAny()
        guard let output else {
            produce { Terminal.standardOutput.write($0) }
            if let failure = failure() { throw failure }
            return
        }
        var bytes = 0
        var found: CommandFailure?
        do {
            _ = try AtomicFile.writeTextsUnlessAbandoned(to: output) { emit in
                // Called only while `produce` runs: `emit` does not outlive this call.
                withoutActuallyEscaping(emit) { emit in
                    produce { text in
                        bytes += text.utf8.count
                        emit(text)
                    }
                }
                found = failure()
                return found == nil
            }
        } catch {
            throw CommandFailure(CommandMessages.cannotWrite(output, reason: error.reason), language: language)
        }
        if let found { throw found }
        Terminal.standardError.write(CommandMessages.wroteReport(output, bytes: bytes).text(in: language) + "\n")
    }

    /// Writes the report kept in `memo` (see ``ReportMemo``) to --output (atomically) or to standard output, as
    /// ``write(language:_:)`` writes one being rendered; `folder` is the cache folder it is kept in. Throws when the
    /// kept report cannot be read to its end: --output is then left as it was.
    func write(_ memo: ReportMemo, from folder: String, language: Language) throws {
        ProgressLine.clearAny()
        let unreadable = CommandFailure(CommandMessages.keptReportUnreadable(folder), language: language)
        guard let output else {
            guard memo.report({ Terminal.standardOutput.write($0) }) else { throw unreadable }
            return
        }
        var complete = true
        do {
            try AtomicFile.writeCheckedBytes(to: output) { emit in
                complete = memo.report(emit)
                return complete ? nil : "unreadable"
            }
        } catch {
            guard complete else { throw unreadable }
            throw CommandFailure(CommandMessages.cannotWrite(output, reason: error.reason), language: language)
        }
        Terminal.standardError.write(
            CommandMessages.wroteReport(output, bytes: memo.reportCount).text(in: language) + "\n")
    }
}
