import ArgumentParser
import CommandKit
import Foundation
import PostgresStore
import ScoringCore

extension HireScoreCommand.Store {
    /// `hirescore store grant USER ROLE`: make a database user a member of the store.
    struct Grant: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "grant",
            abstract:
                "Give a database user one of the store's roles: interviewer, recruiter, data-protection-officer, owner.",
            discussion: """
                The user must exist (CREATE ROLE name LOGIN PASSWORD '...', or your provider's console). A member has \
                one store role; granting another replaces it. An interviewer is tied to an interviewer id, which names \
                their scorecards: the database lets them read and write only those, and colleagues' cards for a \
                candidate only after submitting their own.

                EXAMPLES:
                  hirescore store grant --store postgresql://db.example/hiring \\
                      --interviewer-id a-schmidt anna interviewer
                  hirescore store grant --store postgresql://db.example/hiring lena recruiter
                """)

        @OptionGroup var options: GlobalOptions

        @Option(
            help: ArgumentHelp(
                "The database store: postgresql://USER@HOST:PORT/DATABASE (default: $HIRESCORE_STORE).",
                valueName: "url"))
        var store: String?

        @Option(help: ArgumentHelp("For an interviewer: the id that names their scorecards.", valueName: "id"))
        var interviewerID: String?

        @Argument(help: ArgumentHelp("The database user.", valueName: "user"))
        var user: String

        @Argument(
            help: ArgumentHelp(
                "interviewer, recruiter, data-protection-officer (or dpo) or owner.", valueName: "role"))
        var role: String

        func run() throws {
            let language = options.language
            guard let storeRole = StoreRole(name: role) else {
                throw CommandFailure(StoreCommandMessages.unknownRole(role), language: language, exitCode: 2)
            }
            let settings = try databaseSettings(store, command: "grant", language: language)
            let (user, interviewerID) = (user, interviewerID)
            let member = try runDatabaseWork(language: language) {
                try await StoreDatabase.with(settings) { database throws(StoreDatabaseError) in
                    try await StoreMembers.grant(storeRole, to: user, interviewerID: interviewerID, in: database)
                }
            }
            Terminal.standardOutput.write(
                StoreCommandMessages.granted(member, store: settings.description).text(in: language) + "\n")
        }
    }
}
