import ArgumentParser
import CommandKit
import Compliance
import Foundation
import PostgresStore
import ScoringCore

extension HireScoreCommand.Store {
    /// `hirescore store revoke USER`: take a member's store role away.
    struct Revoke: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "revoke",
                abstract: StoreCommandHelp.revokeAbstract.helpText,
                discussion: StoreCommandHelp.revokeDiscussion.helpText)
        }

        @OptionGroup var options: GlobalOptions

        @Option(
            help: ArgumentHelp(
                StoreCommandHelp.grantStore,
                valueName: "url"))
        var store: String?

        @Option(help: ArgumentHelp(OptionsHelp.storeOptionsActor, valueName: "name"))
        var actor: String?

        @Argument(help: ArgumentHelp(StoreCommandHelp.grantUser, valueName: "user"))
        var user: String

        func run() throws {
            let language = options.language
            let author = try memberChangeAuthor(actor: actor, language: language)
            let settings = try databaseSettings(store, command: "revoke", language: language)
            let user = user
            let member = try runDatabaseWork(language: language) {
                try await StoreDatabase.with(settings) { database throws(StoreDatabaseError) in
                    try await StoreMembers.revoke(user, by: author, in: database)
                }
            }
            Terminal.standardOutput.write(
                StoreCommandMessages.revoked(member, store: settings.description).text(in: language) + "\n")
        }
    }
}
