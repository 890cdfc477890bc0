import ArgumentParser
import CommandKit
import Foundation
import PostgresStore
import ScoringCore

extension HireScoreCommand.Store {
    /// `hirescore store init`: create or upgrade a database store's schema.
    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "init",
            abstract: "Create or upgrade the schema of a PostgreSQL store (tables, group roles, row-level security).",
            discussion: """
                Run once by the database's administrator (a superuser, or the owner of the database who may create \
                roles), and again after updating hirescore. Each migration runs in its own transaction and is \
                recorded with its version; a store newer than this hirescore is refused and left unchanged.

                --colleagues-cards never makes the database hide every colleague's scorecard from interviewers, even \
                after they submitted their own (the recruiter and the data-protection officer read as before); \
                after-submitting (the default of a new store) shows a candidate's submitted cards to an interviewer \
                once they submitted theirs. Without the option, init leaves the setting as it is.

                EXAMPLES:
                  hirescore store init --store postgresql://db.example/hiring
                  hirescore store init --store postgresql://db.example/hiring \\
                      --colleagues-cards never
                """)

        @OptionGroup var options: GlobalOptions

        @Option(
            help: ArgumentHelp(
                "The database store: postgresql://USER@HOST:PORT/DATABASE (default: $HIRESCORE_STORE).",
                valueName: "url"))
        var store: String?

        @Option(
            help: ArgumentHelp(
                "When interviewers read colleagues' cards: after-submitting or never (default: unchanged).",
                valueName: "when"))
        var colleaguesCards: String?

        func run() throws {
            let language = options.language
            var colleagues: StoreSettings.ColleaguesCards?
            if let colleaguesCards {
                guard let value = StoreSettings.ColleaguesCards(rawValue: colleaguesCards) else {
                    throw CommandFailure(
                        StoreCommandMessages.unknownColleaguesCards(colleaguesCards), language: language, exitCode: 2)
                }
                colleagues = value
            }
            let settings = try databaseSettings(store, command: "init", language: language)
            let chosen = colleagues
            let outcome = try runDatabaseWork(language: language) {
                try await StoreDatabase.with(settings) { database throws(StoreDatabaseError) in
                    let outcome = try await SchemaMigrator.migrate(database, binaryVersion: HireScoreVersion.number)
                    if let chosen { try await StoreSettings.setColleaguesCards(chosen, in: database) }
                    return outcome
                }
            }
            let name = settings.description
            let message =
                outcome.from == 0
                ? StoreCommandMessages.created(version: outcome.to, store: name)
                : outcome.from == outcome.to
                    ? StoreCommandMessages.current(version: outcome.to, store: name)
                    : StoreCommandMessages.upgraded(from: outcome.from, to: outcome.to, store: name)
            Terminal.standardOutput.write(message.text(in: language) + "\n")
            if let colleagues {
                Terminal.standardOutput.write(
                    StoreCommandMessages.colleaguesCards(colleagues).text(in: language) + "\n")
            }
        }
    }
}
