import ArgumentParser
import CommandKit
import Compliance
import Foundation
import ScoringCore

extension HireScoreCommand {
    /// `hirescore hold`: keep a candidate's data beyond its retention date (for example during an AGG claim).
    struct Hold: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "hold",
                abstract: HoldCommandHelp.holdAbstract.helpText,
                discussion: HoldCommandHelp.holdDiscussion.helpText
            )
        }

        @OptionGroup var options: GlobalOptions
        @OptionGroup var storeOptions: StoreOptions

        @Argument(help: ArgumentHelp(HoldCommandHelp.candidate, valueName: "candidate")) var candidate: String
        @Option(
            help: ArgumentHelp(
                HoldCommandHelp.requisition,
                valueName: "id")) var requisition: String?
        @Option(
            help: ArgumentHelp(
                HoldCommandHelp.reason,
                valueName: "text")) var reason: String?
        @Flag(help: ArgumentHelp(HoldCommandHelp.release)) var release = false

        func run() throws {
            let language = options.language
            // A malformed request is refused before the store is opened.
            do throws(StoreLedger.LedgerError) {
                _ = try RecordID.candidate(candidate)
                _ = try RecordID.requisition(requisition)
                if !release, reason?.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ?? true {
                    throw StoreLedger.LedgerError(message: HoldMessages.needsReason, code: .invalidRequest)
                }
            } catch {
                throw fail(error, language)
            }
            let (candidate, requisition, reason, release, actor) =
                (candidate, requisition, reason, release, storeOptions.actorName)
            try storeOptions.changeRecords(rubrics: options.loadRubrics().rubrics, language: language) {
                session throws(StoreLedger.LedgerError) in
                if release {
                    try session.releaseHold(
                        candidate: candidate, requisition: requisition, reason: reason, actor: actor)
                } else {
                    try session.placeHold(candidate: candidate, requisition: requisition, reason: reason, actor: actor)
                }
            }
            if release {
                Terminal.standardOutput.write(RecordCommandMessages.holdReleased(candidate).text(in: language) + "\n")
            } else {
                Terminal.standardOutput.write(RecordCommandMessages.holdPlaced(candidate).text(in: language) + "\n")
            }
        }
    }
}
