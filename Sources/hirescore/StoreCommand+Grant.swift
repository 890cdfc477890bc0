import ArgumentParser
import CommandKit
import Compliance
import Foundation
import PostgresStore
import ScoringCore

extension HireScoreCommand.Store {
    /// `hirescore store grant USER ROLE`: make a database user a member of the store.
    struct Grant: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "grant",
                abstract: StoreCommandHelp.grantAbstract.helpText,
                discussion: StoreCommandHelp.grantDiscussion.helpText)
        }

        @OptionGroup var options: GlobalOptions

        @Option(
            help: ArgumentHelp(
                StoreCommandHelp.grantStore,
                valueName: "url"))
        var store: String?

        @Option(help: ArgumentHelp(OptionsHelp.storeOptionsActor, valueName: "name"))
        var actor: String?

        @Option(help: ArgumentHelp(StoreCommandHelp.grantInterviewerID, valueName: "id"))
        var interviewerID: String?

        @Argument(help: ArgumentHelp(StoreCommandHelp.grantUser, valueName: "user"))
        var user: String

        @Argument(
            help: ArgumentHelp(
                StoreCommandHelp.grantRole, valueName: "role"))
        var role: String

        func run() throws {
            let language = options.language
            guard let storeRole = StoreRole(name: role) else {
                throw CommandFailure(StoreCommandMessages.unknownRole(role), language: language, exitCode: 2)
            }
            let author = try memberChangeAuthor(actor: actor, language: language)
            let settings = try databaseSettings(store, command: "grant", language: language)
            let (user, interviewerID) = (user, interviewerID)
            let member = try runDatabaseWork(language: language) {
                try await StoreDatabase.with(settings) { database throws(StoreDatabaseError) in
                    try await StoreMembers.grant(
                        storeRole, to: user, interviewerID: interviewerID, by: author, in: database)
                }
            }
            Terminal.standardOutput.write(
                StoreCommandMessages.granted(member, store: settings.description).text(in: language) + "\n")
        }
    }
}
