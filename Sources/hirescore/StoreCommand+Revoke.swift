import ArgumentParser
import CommandKit
import Foundation
import PostgresStore
import ScoringCore

extension HireScoreCommand.Store {
    /// `hirescore store revoke USER`: take a member's store role away.
    struct Revoke: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "revoke",
            abstract: "Take a member's store role away: the database refuses them from then on.",
            discussion: """
                A member has one store role, so revoking it removes the member. Their database login stays (drop \
                it with DROP ROLE, or in your provider's console); the cards they wrote and their audit log lines \
                stay. To change a member's role instead, grant the new one with 'store grant'. Who revoked whom, \
                and when, is recorded in the table hirescore.member_events, as every grant is.

                EXAMPLES:
                  hirescore store revoke --store postgresql://db.example/hiring anna
                """)

        @OptionGroup var options: GlobalOptions

        @Option(
            help: ArgumentHelp(
                "The database store: postgresql://USER@HOST:PORT/DATABASE (default: $HIRESCORE_STORE).",
                valueName: "url"))
        var store: String?

        @Argument(help: ArgumentHelp("The database user.", valueName: "user"))
        var user: String

        func run() throws {
            let language = options.language
            let settings = try databaseSettings(store, command: "revoke", language: language)
            let user = user
            let member = try runDatabaseWork(language: language) {
                try await StoreDatabase.with(settings) { database throws(StoreDatabaseError) in
                    try await StoreMembers.revoke(user, in: database)
                }
            }
            Terminal.standardOutput.write(
                StoreCommandMessages.revoked(member, store: settings.description).text(in: language) + "\n")
        }
    }
}
