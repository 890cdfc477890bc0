import ArgumentParser
import CommandKit
import Foundation
import PostgresStore
import ScoringCore

extension HireScoreCommand.Store {
    /// `hirescore store init`: create or upgrade a database store's schema.
    struct Init: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "init",
                abstract: StoreCommandHelp.initAbstract.helpText,
                discussion: StoreCommandHelp.initDiscussion.helpText)
        }

        @OptionGroup var options: GlobalOptions

        @Option(
            help: ArgumentHelp(
                StoreCommandHelp.grantStore,
                valueName: "url"))
        var store: String?

        @Option(
            help: ArgumentHelp(
                StoreCommandHelp.initColleaguesCards,
                valueName: "when"))
        var colleaguesCards: String?

        @Option(help: ArgumentHelp(StoreCommandHelp.initRubric, valueName: "id"))
        var rubric: String?

        @Option(help: ArgumentHelp(OptionsHelp.storeOptionsActor, valueName: "name"))
        var actor: String?

        func run() throws {
            let language = options.language
            var colleagues: StoreSettings.ColleaguesCards?
            if let colleaguesCards {
                guard let value = StoreSettings.ColleaguesCards(rawValue: colleaguesCards) else {
                    throw CommandFailure(
                        StoreCommandMessages.unknownColleaguesCards(colleaguesCards), language: language, exitCode: 2)
                }
                colleagues = value
            } else if rubric != nil {
                throw CommandFailure(StoreCommandMessages.rubricNeedsSetting, language: language, exitCode: 2)
            } else if actor != nil {
                // Only a setting change is a signed event: an --actor without one would be silently ignored.
                throw CommandFailure(StoreCommandMessages.actorNeedsSetting, language: language, exitCode: 2)
            }
            let settings = try databaseSettings(store, command: "init", language: language)
            let author = try colleagues.map { _ in try memberChangeAuthor(actor: actor, language: language) }
            let (chosen, rubric) = (colleagues, rubric)
            let (outcome, changed) = try runDatabaseWork(language: language) {
                try await StoreDatabase.with(settings) { database throws(StoreDatabaseError) in
                    let outcome = try await SchemaMigrator.migrate(database, binaryVersion: HireScoreVersion.number)
                    guard let chosen, let author else { return (outcome, false) }
                    if let rubric {
                        return (
                            outcome,
                            try await StoreSettings.setColleaguesCards(chosen, rubric: rubric, by: author, in: database)
                        )
                    }
                    return (outcome, try await StoreSettings.setColleaguesCards(chosen, by: author, in: database))
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
                let said =
                    rubric.map { StoreCommandMessages.rubricColleaguesCards(colleagues, rubric: $0) }
                    ?? StoreCommandMessages.colleaguesCards(colleagues)
                Terminal.standardOutput.write(said.text(in: language) + "\n")
                if !changed {
                    Terminal.standardOutput.write(StoreCommandMessages.settingUnchanged.text(in: language) + "\n")
                }
            }
        }
    }
}
