import ArgumentParser
import CommandKit
import Compliance
import Foundation
import ScoringCore

extension HireScoreCommand {
    /// `hirescore export`: everything the store holds about one candidate, for an access request.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: "Export everything the store holds about one candidate (Art. 15 DSGVO access request).",
            discussion: """
                Scorecards with evidence, panel results, decisions, dates, retention, holds and audit events, as JSON, Markdown or HTML. The export is recorded in the audit log.

                EXAMPLES:
                  hirescore export --candidate c-104 --format html \\
                      --pseudonymise-interviewers -o c-104.html
                  hirescore export --candidate c-104 --format json
                """
        )

        enum Format: String, ExpressibleByArgument, CaseIterable { case json, markdown, html }

        @OptionGroup var options: GlobalOptions
        @OptionGroup var storeOptions: StoreOptions

        @Option(help: ArgumentHelp("The candidate.", valueName: "id")) var candidate: String
        @Option(help: "json, markdown or html.") var format: Format = .json
        @Flag(help: "Replace interviewer names by Interviewer 1, 2, ...") var pseudonymiseInterviewers = false
        @Option(
            name: [.short, .long],
            help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file")) var output: String?

        func run() throws {
            let language = options.language
            do {
                _ = try RecordID.candidate(candidate)
            } catch {
                throw fail(error, language)
            }
            // Collected under the store's lock and logged before anything is disclosed.
            // On a database store the export runs from a private folder: the output path is made absolute first.
            let output = output.map { $0.hasPrefix("/") ? $0 : FileManager.default.currentDirectoryPath + "/" + $0 }
            let (candidate, pseudonymise, format, actor) =
                (candidate, pseudonymiseInterviewers, format, storeOptions.actorName)
            let export = try storeOptions.changeRecords(rubrics: options.loadRubrics().rubrics, language: language) {
                session throws(StoreLedger.LedgerError) in
                try session.export(
                    candidate: candidate, registry: HireScoreModules.registry, pseudonymiseInterviewers: pseudonymise,
                    format: format.rawValue, language: language, today: .today, actor: actor)
            }
            let text: String
            switch format {
            case .json: text = export.json()
            case .markdown: text = export.markdown(language: language)
            case .html: text = export.html(language: language)
            }
            if let output {
                do {
                    try AtomicFile.write(text, to: output)
                } catch {
                    throw CommandFailure(CommandMessages.cannotWrite(output, reason: error.reason), language: language)
                }
                Terminal.standardError.write(
                    CommandMessages.wroteReport(output, bytes: text.utf8.count).text(in: language) + "\n")
            } else {
                Terminal.standardOutput.write(text)
            }
            // Complete or loud: whatever could not be exported in full is named, and the exit status is 1.
            guard export.isComplete else {
                let list = export.document.incomplete.map {
                    "  - \(TerminalText.line($0.path)): \(TerminalText.line($0.reason))"
                }.joined(separator: "\n")
                throw CommandFailure(RecordCommandMessages.exportIncomplete(list), language: language)
            }
        }
    }
}
