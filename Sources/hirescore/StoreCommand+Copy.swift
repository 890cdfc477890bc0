import ArgumentParser
import CommandKit
import Foundation
import PostgresStore
import ScoringCore

extension HireScoreCommand.Store {
    /// `hirescore store copy FROM TO`: move a store into PostgreSQL or out of it.
    struct Copy: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "copy",
                abstract: StoreCommandHelp.copyAbstract.helpText,
                discussion: StoreCommandHelp.copyDiscussion.helpText)
        }

        @OptionGroup var options: GlobalOptions

        @Argument(help: ArgumentHelp(StoreCommandHelp.copyFrom, valueName: "from"))
        var from: String

        @Argument(help: ArgumentHelp(StoreCommandHelp.copyTo, valueName: "to"))
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
