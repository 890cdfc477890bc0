import ArgumentParser
import CommandKit
import Compliance
import Foundation
import ScoringCore

extension HireScoreCommand {
    /// `hirescore keys`: signing keys (create your own, register a colleague's, revoke, list, counter-sign).
    struct Keys: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Create your signing key, register or revoke a person's public key in the store's key list, list the keys, counter-sign old scorecards.",
            discussion: """
                EXAMPLES:
                  hirescore keys init
                  hirescore keys list --store scorecards
                """,
            subcommands: [Init.self, Show.self, Register.self, Revoke.self, List.self, Countersign.self])

        struct Init: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract:
                    "Create your Ed25519 signing key in $XDG_CONFIG_HOME/hirescore/signing-key (else ~/.config/hirescore/signing-key, or $HIRESCORE_KEY), readable by you only; prints the public key for HR to register.",
                discussion: """
                    EXAMPLES:
                      hirescore keys init
                    """
            )
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
            static let configuration = CommandConfiguration(
                abstract: "Print your public key and its id (never the private key).",
                discussion: """
                    EXAMPLES:
                      hirescore keys show
                    """)
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
            static let configuration = CommandConfiguration(
                abstract:
                    "HR: add a person's public key to the store's key list (an audit event signed with your key; the store's first key is HR's own).",
                discussion: """
                    EXAMPLES:
                      hirescore keys register ed25519:PUBLIC-KEY --name "Anna Schmidt" \\
                          --role interviewer --store scorecards
                    """
            )
            @OptionGroup var options: GlobalOptions
            @OptionGroup var storeOptions: StoreOptions
            @Argument(
                help: ArgumentHelp(
                    "The public key as 'hirescore keys init' printed it (ed25519:...).", valueName: "public-key"))
            var publicKey: String
            @Option(
                help: ArgumentHelp(
                    "The person's name, exactly as they act in the store (the interviewer name on their scorecards, --actor for HR).",
                    valueName: "name")) var name: String
            @Option(help: ArgumentHelp("interviewer or hr.", valueName: "role")) var role: String

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
            static let configuration = CommandConfiguration(
                abstract: "HR: revoke a key (an audit event); what it signed before stays valid, nothing after.",
                discussion: """
                    EXAMPLES:
                      hirescore keys revoke ed25519:KEY-ID --reason "laptop lost" --store scorecards
                    """)
            @OptionGroup var options: GlobalOptions
            @OptionGroup var storeOptions: StoreOptions
            @Argument(
                help: ArgumentHelp("The key id (ed25519:...), as 'hirescore keys list' shows it.", valueName: "key-id"))
            var keyID: String
            @Option(help: ArgumentHelp("Why (a lost laptop, a person leaving).", valueName: "text")) var reason: String?

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
            static let configuration = CommandConfiguration(
                abstract: "List the store's key list as the audit log records it.",
                discussion: """
                    EXAMPLES:
                      hirescore keys list --store scorecards
                    """)
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
            static let configuration = CommandConfiguration(
                abstract:
                    "Migrate an old store: sign your own sealed scorecards that were submitted before signatures (each logged as a countersign event).",
                discussion: """
                    EXAMPLES:
                      hirescore keys countersign --store scorecards
                    """
            )
            @OptionGroup var options: GlobalOptions
            @OptionGroup var storeOptions: StoreOptions

            func run() throws {
                let language = options.language
                let session = try storeOptions.openRecords(rubrics: options.loadRubrics().rubrics, language: language)
                do {
                    let signed = try session.countersignOwnScorecards()
                    for path in signed {
                        Terminal.standardOutput.write(
                            KeysCommandMessages.countersigned(TerminalText.line(path)).text(in: language) + "\n")
                    }
                    Terminal.standardOutput.write(
                        KeysCommandMessages.countersignedCount(signed.count).text(in: language) + "\n")
                } catch {
                    throw fail(error, language)
                }
            }
        }
    }
}
