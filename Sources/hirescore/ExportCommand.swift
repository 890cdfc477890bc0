import ArgumentParser
import CommandKit
import Compliance
import Foundation
import ScoringCore

extension HireScoreCommand {
    /// `hirescore export`: everything the store holds about one candidate, for an access request.
    struct Export: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "export",
                abstract: ExportCommandHelp.exportAbstract.helpText,
                discussion: ExportCommandHelp.exportDiscussion.helpText
            )
        }

        enum Format: String, ExpressibleByArgument, CaseIterable { case json, markdown, html }

        @OptionGroup var options: GlobalOptions
        @OptionGroup var storeOptions: StoreOptions

        @Option(help: ArgumentHelp(ExportCommandHelp.candidate, valueName: "id")) var candidate: String
        @Option(help: ArgumentHelp(ExportCommandHelp.format)) var format: Format = .json
        @Flag(help: ArgumentHelp(ExportCommandHelp.pseudonymiseInterviewers)) var pseudonymiseInterviewers = false
        @Option(
            name: [.short, .long],
            help: ArgumentHelp(ExportCommandHelp.output, valueName: "file")) var output: String?

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
