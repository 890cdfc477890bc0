import ArgumentParser
import CommandKit
import Compliance
import Foundation
import ScoringCore

extension HireScoreCommand {
    /// `hirescore keys`: signing keys (create your own, register a colleague's, revoke, list, counter-sign).
    struct Keys: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "keys",
                abstract: KeysCommandHelp.keysAbstract.helpText,
                discussion: KeysCommandHelp.keysDiscussion.helpText,
                subcommands: [Init.self, Show.self, Register.self, Revoke.self, List.self, Countersign.self])
        }

        struct Init: ParsableCommand {
            static var configuration: CommandConfiguration {
                CommandConfiguration(
                    commandName: "init",
                    abstract: KeysCommandHelp.initAbstract.helpText,
                    discussion: KeysCommandHelp.initDiscussion.helpText
                )
            }
            @OptionGroup var options: GlobalOptions

            func run() throws {
                let language = options.language
                do {
                    let key = try SigningKey.create(path: SigningKey.defaultPath())
                    Terminal.standardOutput.write(
                        KeysCommandMessages.created(key.path, keyID: key.keyID, publicKey: key.publicKeyText)
                            .text(in: language) + "\n")
                } catch {
                    throw fail(error, language)
                }
            }
        }

        struct Show: ParsableCommand {
            static var configuration: CommandConfiguration {
                CommandConfiguration(
                    commandName: "show",
                    abstract: KeysCommandHelp.showAbstract.helpText,
                    discussion: KeysCommandHelp.showDiscussion.helpText)
            }
            @OptionGroup var options: GlobalOptions

            func run() throws {
                do {
                    let key = try SigningKey.load(path: SigningKey.defaultPath())
                    Terminal.standardOutput.write("\(key.keyID) \(key.publicKeyText)\n")
                } catch {
                    throw fail(error, options.language)
                }
            }
        }

        struct Register: ParsableCommand {
            static var configuration: CommandConfiguration {
                CommandConfiguration(
                    commandName: "register",
                    abstract: KeysCommandHelp.registerAbstract.helpText,
                    discussion: KeysCommandHelp.registerDiscussion.helpText
                )
            }
            @OptionGroup var options: GlobalOptions
            @OptionGroup var storeOptions: StoreOptions
            @Argument(
                help: ArgumentHelp(
                    KeysCommandHelp.registerPublicKey, valueName: "public-key"))
            var publicKey: String
            @Option(
                help: ArgumentHelp(
                    KeysCommandHelp.registerName,
                    valueName: "name")) var name: String
            @Option(help: ArgumentHelp(KeysCommandHelp.registerRole, valueName: "role")) var role: String

            func run() throws {
                let language = options.language
                let (publicKey, name, role, actor) = (publicKey, name, role, storeOptions.actorName)
                let event = try storeOptions.changeRecords(rubrics: [], language: language) {
                    session throws(StoreLedger.LedgerError) in
                    try session.registerKey(publicKey: publicKey, name: name, role: role, actor: actor)
                }
                Terminal.standardOutput.write(
                    KeysCommandMessages.registered(
                        event.details["key-id"] ?? "", name: TerminalText.line(name), role: role,
                        event: event.sequence
                    ).text(in: language) + "\n")
            }
        }

        struct Revoke: ParsableCommand {
            static var configuration: CommandConfiguration {
                CommandConfiguration(
                    commandName: "revoke",
                    abstract: KeysCommandHelp.revokeAbstract.helpText,
                    discussion: KeysCommandHelp.revokeDiscussion.helpText)
            }
            @OptionGroup var options: GlobalOptions
            @OptionGroup var storeOptions: StoreOptions
            @Argument(
                help: ArgumentHelp(KeysCommandHelp.revokeKeyID, valueName: "key-id"))
            var keyID: String
            @Option(help: ArgumentHelp(KeysCommandHelp.revokeReason, valueName: "text")) var reason: String?

            func run() throws {
                let language = options.language
                let (keyID, reason, actor) = (keyID, reason, storeOptions.actorName)
                let event = try storeOptions.changeRecords(rubrics: [], language: language) {
                    session throws(StoreLedger.LedgerError) in
                    try session.revokeKey(id: keyID, reason: reason, actor: actor)
                }
                Terminal.standardOutput.write(
                    KeysCommandMessages.revoked(keyID, event: event.sequence).text(in: language) + "\n")
            }
        }

        struct List: ParsableCommand {
            static var configuration: CommandConfiguration {
                CommandConfiguration(
                    commandName: "list",
                    abstract: KeysCommandHelp.listAbstract.helpText,
                    discussion: KeysCommandHelp.listDiscussion.helpText)
            }
            @OptionGroup var options: GlobalOptions
            @OptionGroup var storeOptions: StoreOptions

            func run() throws {
                let language = options.language
                var storeOptions = self.storeOptions
                try storeOptions.openDatabaseStore(options: options)
                try storeOptions.requireStore(language)
                let registry = CardSignatures(storeRoot: storeOptions.storeRoot).registry
                if registry.isEmpty {
                    Terminal.standardOutput.write(KeysCommandMessages.noKeys.text(in: language) + "\n")
                }
                for entry in registry.entries.values.sorted(by: { $0.registeredAt < $1.registeredAt }) {
                    let history = KeysCommandMessages.history(
                        registeredAt: entry.registeredAt, revokedAt: entry.revokedAt)
                    Terminal.standardOutput.write(
                        "\(entry.id)  \(TerminalText.line(entry.name))  \(entry.role)  " + history.text(in: language)
                            + "\n")
                }
            }
        }

        struct Countersign: ParsableCommand {
            static var configuration: CommandConfiguration {
                CommandConfiguration(
                    commandName: "countersign",
                    abstract: KeysCommandHelp.countersignAbstract.helpText,
                    discussion: KeysCommandHelp.countersignDiscussion.helpText
                )
            }
            @OptionGroup var options: GlobalOptions
            @OptionGroup var storeOptions: StoreOptions

            func run() throws {
                let language = options.language
                // On a database: one transaction with the countersign events, checked by the database (schema 10).
                let signed = try storeOptions.changeRecords(
                    rubrics: options.loadRubrics().rubrics, language: language
                ) { session throws(StoreLedger.LedgerError) in
                    try session.countersignOwnScorecards()
                }
                for path in signed {
                    Terminal.standardOutput.write(
                        KeysCommandMessages.countersigned(TerminalText.line(path)).text(in: language) + "\n")
                }
                Terminal.standardOutput.write(
                    KeysCommandMessages.countersignedCount(signed.count).text(in: language) + "\n")
            }
        }
    }
}
