import ArgumentParser
import CommandKit
import Compliance
import Foundation
import ScoringCore

extension HireScoreCommand {
    /// `hirescore purge`: delete applicant data whose retention date has passed.
    struct Purge: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Delete every file of candidates whose retention date has passed (drafts and reports included); never on hold or not yet due.",
            discussion: """
                What is deleted is recorded in the audit log by candidate id and hashes only, no personal data. Use --dry-run to see the plan.

                EXAMPLES:
                  hirescore purge --dry-run
                  hirescore purge --actor "Records Office"
                """
        )

        @OptionGroup var options: GlobalOptions
        @OptionGroup var storeOptions: StoreOptions

        @Flag(help: "Show what would be deleted, delete nothing.") var dryRun = false
        @Option(
            help: ArgumentHelp(
                "Delete what was due before this day (default: today; never later than today).", valueName: "date"))
        var before: String?

        func run() throws {
            let language = options.language
            try storeOptions.requireStore(language)
            let today = CalendarDate.today
            var asOf = today
            if let before {
                guard let date = CalendarDate(parsing: before) else {
                    throw CommandFailure(PurgeCommandMessages.beforeNeedsDate, language: language, exitCode: 2)
                }
                guard date <= today else {
                    throw CommandFailure(
                        PurgeCommandMessages.beforeInFuture(before, today: today.description), language: language)
                }
                asOf = date
            }
            let plan: Compliance.Purge
            var deleted = 0
            do {
                if dryRun {
                    plan = try Compliance.Purge(ledger: storeOptions.ledger, asOf: asOf)
                } else {
                    let session = try storeOptions.openRecords(
                        rubrics: options.loadRubrics().rubrics, language: language)
                    (plan, deleted) = try session.purge(asOf: asOf, actor: storeOptions.actorName)
                }
            } catch let error as StoreLedger.LedgerError {
                throw fail(error, language)
            }
            var out = ""
            for item in plan.items {
                let label: LocalizedText
                switch item.verdict {
                case .due: label = PurgeCommandMessages.due(since: item.retainUntil?.description ?? "?")
                case .notDue: label = PurgeCommandMessages.keepUntil(item.retainUntil?.description ?? "?")
                case .onHold: label = PurgeCommandMessages.onHold
                case .undecided: label = PurgeCommandMessages.undecided
                }
                let files = PurgeCommandMessages.files(item.folder.files.count)
                out +=
                    "  \(item.folder.requisition)/\(item.folder.candidate): \(label.text(in: language)) (\(files.text(in: language)))\n"
            }
            if dryRun {
                out += PurgeCommandMessages.dryRun(plan.due.count).text(in: language) + "\n"
            } else {
                out += PurgeCommandMessages.deleted(deleted, candidates: plan.due.count).text(in: language) + "\n"
            }
            Terminal.standardOutput.write(out)
        }
    }
}
