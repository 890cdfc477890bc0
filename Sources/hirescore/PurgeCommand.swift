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
            let de = language == .de
            if !storeOptions.isDatabase { try storeOptions.requireStore(language) }
            let today = CalendarDate.today
            var asOf = today
            if let before {
                guard let date = CalendarDate(parsing: before) else {
                    throw CommandFailure(
                        message: de
                            ? "Fehler: --before braucht ein Datum JJJJ-MM-TT"
                            : "error: --before needs a date YYYY-MM-DD", exitCode: 2)
                }
                guard date <= today else {
                    throw CommandFailure(
                        message: de
                            ? "Fehler: --before \(before) liegt in der Zukunft; gelöscht wird nur, was fällig ist (höchstens bis heute, \(today))"
                            : "error: --before \(before) is in the future; only what is due can be deleted (up to today, \(today))"
                    )
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
                let label: String
                switch item.verdict {
                case .due:
                    label =
                        de
                        ? "LÖSCHEN (fällig seit \(item.retainUntil?.description ?? "?"))"
                        : "DELETE (due since \(item.retainUntil?.description ?? "?"))"
                case .notDue:
                    label =
                        de
                        ? "behalten bis \(item.retainUntil?.description ?? "?")"
                        : "keep until \(item.retainUntil?.description ?? "?")"
                case .onHold: label = de ? "behalten: Sperre" : "keep: on hold"
                case .undecided: label = de ? "behalten: noch keine Entscheidung" : "keep: no decision yet"
                }
                out +=
                    "  \(item.folder.requisition)/\(item.folder.candidate): \(label) (\(item.folder.files.count) \(de ? "Dateien" : "files"))\n"
            }
            if dryRun {
                out +=
                    de
                    ? "Probelauf: \(plan.due.count) Kandidat*innen wären zu löschen; nichts gelöscht\n"
                    : "dry run: \(plan.due.count) candidates would be deleted; nothing deleted\n"
            } else {
                out +=
                    de
                    ? "\(deleted) Dateien von \(plan.due.count) Kandidat*innen gelöscht und protokolliert\n"
                    : "deleted \(deleted) files of \(plan.due.count) candidates and logged it\n"
            }
            Terminal.standardOutput.write(out)
        }
    }
}
