import ArgumentParser
import CommandKit
import Foundation
import PostgresStore
import ScoringCore

extension HireScoreCommand.Store {
    /// `hirescore store copy FROM TO`: move a store into PostgreSQL or out of it.
    struct Copy: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "copy",
            abstract: "Copy a whole store from a folder into an empty PostgreSQL store, or back into a new folder.",
            discussion: """
                Every scorecard keeps its exact bytes (seal and signature included), the audit log its exact lines, \
                and every other file of the store its bytes, so a store copied into the database and back is the same \
                files, and 'verify' and 'audit verify' pass on it. The target must be empty (a new folder, or a \
                database after 'store init'); a database is written in one transaction, all or nothing. Copying out of \
                a database copies what its user may read: copy as the owner or the data-protection officer.

                EXAMPLES:
                  hirescore store copy scorecards postgresql://db.example/hiring
                  hirescore store copy postgresql://db.example/hiring backup-store
                """)

        @OptionGroup var options: GlobalOptions

        @Argument(help: ArgumentHelp("The store to copy: a folder or postgresql://...", valueName: "from"))
        var from: String

        @Argument(help: ArgumentHelp("The empty store to copy into: a new folder or postgresql://...", valueName: "to"))
        var to: String

        func run() throws {
            let language = options.language
            let source = try storeLocation(from, language: language)
            let target = try storeLocation(to, language: language)
            let summary = try runDatabaseWork(language: language) {
                try await StoreCopy.copy(from: source, to: target)
            }
            Terminal.standardOutput.write(
                StoreCommandMessages.copied(summary, from: source.description, to: target.description)
                    .text(in: language) + "\n")
        }
    }
}
