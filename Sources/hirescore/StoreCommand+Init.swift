import ArgumentParser
import CommandKit
import Foundation
import PostgresStore
import ScoringCore

extension HireScoreCommand.Store {
    /// `hirescore store init`: create or upgrade a database store's schema.
    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create or upgrade the schema of a PostgreSQL store (tables, group roles, row-level security).",
            discussion: """
                Run once by the database's administrator (a superuser, or the owner of the database who may create \
                roles), and again after updating hirescore. Each migration runs in its own transaction and is \
                recorded with its version; a store newer than this hirescore is refused and left unchanged.

                EXAMPLES:
                  hirescore store init --store postgresql://db.example/hiring
                """)

        @OptionGroup var options: GlobalOptions

        @Option(
            help: ArgumentHelp(
                "The database store: postgresql://USER@HOST:PORT/DATABASE (default: $HIRESCORE_STORE).",
                valueName: "url"))
        var store: String?

        func run() throws {
            let language = options.language
            let settings = try databaseSettings(store, command: "init", language: language)
            let outcome = try runDatabaseWork(language: language) {
                try await StoreDatabase.with(settings) { database throws(StoreDatabaseError) in
                    try await SchemaMigrator.migrate(database, binaryVersion: HireScoreVersion.number)
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
        }
    }
}
