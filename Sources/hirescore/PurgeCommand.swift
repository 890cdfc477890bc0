import ArgumentParser
import CommandKit
import Compliance
import Foundation
import ScoringCore

extension HireScoreCommand {
    /// `hirescore purge`: delete applicant data whose retention date has passed.
    struct Purge: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "purge",
                abstract: PurgeCommandHelp.purgeAbstract.helpText,
                discussion: PurgeCommandHelp.purgeDiscussion.helpText
            )
        }

        @OptionGroup var options: GlobalOptions
        @OptionGroup var storeOptions: StoreOptions

        @Flag(help: ArgumentHelp(PurgeCommandHelp.dryRun)) var dryRun = false
        @Option(
            help: ArgumentHelp(
                PurgeCommandHelp.before, valueName: "date"))
        var before: String?

        func run() throws {
            let language = options.language
            if !storeOptions.isDatabase { try storeOptions.requireStore(language) }
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
            if dryRun && !storeOptions.isDatabase {
                do {
                    plan = try Compliance.Purge(ledger: storeOptions.ledger, asOf: asOf)
                } catch {
                    throw fail(error, language)
                }
            } else {
                let (dryRun, actor, asOf) = (dryRun, storeOptions.actorName, asOf)
                (plan, deleted) = try storeOptions.changeRecords(
                    rubrics: options.loadRubrics().rubrics, language: language
                ) { session throws(StoreLedger.LedgerError) in
                    // On a database, a dry run reads the records in the transaction and changes nothing.
                    guard !dryRun else {
                        return (
                            Compliance.Purge(records: session.records, storeRoot: session.ledger.storeRoot, asOf: asOf),
                            0
                        )
                    }
                    return try session.purge(asOf: asOf, actor: actor)
                }
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
                // The user's own cache may hold copies of what was just deleted; other users' are out of reach.
                if !plan.due.isEmpty, let cache = UserCache.standard() {
                    let removal = cache.removePersonalData()
                    if removal.files > 0 {
                        out +=
                            PurgeCommandMessages.cacheCleared(removal.files, folder: cache.folder).text(in: language)
                            + "\n"
                    }
                }
            }
            Terminal.standardOutput.write(out)
        }
    }
}
