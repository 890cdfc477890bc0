import ArgumentParser
import CommandKit
import Compliance
import Foundation
import PostgresStore
import ScoringCore

extension HireScoreCommand {
    /// `hirescore store`: set up a shared PostgreSQL store, manage its members, copy stores.
    struct Store: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "store",
                abstract: StoreCommandHelp.storeAbstract.helpText,
                discussion: StoreCommandHelp.storeDiscussion.helpText,
                subcommands: [Init.self, Grant.self, Revoke.self, Copy.self])
        }
    }
}

/// The store a `store` subcommand works on, as a database; a folder is refused with `command` named.
func databaseSettings(_ store: String?, command: String, language: Language) throws -> PostgresConnectionSettings {
    switch try storeLocation(store, language: language) {
    case .folder(let folder):
        throw CommandFailure(
            StoreCommandMessages.needsDatabase(command, folder: folder), language: language, exitCode: 2)
    case .postgres(let settings):
        return settings
    }
}

/// The store named by `--store` or `HIRESCORE_STORE`; a malformed URL is a usage error (exit 2).
func storeLocation(_ store: String?, language: Language) throws -> StoreLocation {
    do {
        let location = try StoreLocation.resolve(store)
        if case .postgres(let settings) = location {
            for note in settings.notes {
                Terminal.standardError.write(
                    CommandMessages.note.text(in: language) + note.text(in: language) + "\n")
            }
        }
        return location
    } catch {
        throw CommandFailure(error.message, language: language, exitCode: 2)
    }
}

/// Runs database work for a command, reporting its failure as one error line.
func runDatabaseWork<Value: Sendable>(language: Language, _ body: @escaping @Sendable () async throws -> Value)
    throws -> Value
{
    do {
        return try Blocking.run(body)
    } catch let error as StoreDatabaseError {
        throw CommandFailure(error.message, language: language)
    } catch let error as CopyError {
        throw CommandFailure(error.message, language: language)
    }
}

/// Refuses a database store for a command that works on folder stores only (it would take the URL for a
/// folder name); a snapshot folder taken by ``DatabaseStoreSnapshot`` is a folder and passes.
func refuseDatabaseStore(_ store: String, command: String?, language: Language) throws {
    var isDirectory: ObjCBool = false
    guard StoreLocation.isDatabaseURL(store),
        !(FileManager.default.fileExists(atPath: store, isDirectory: &isDirectory) && isDirectory.boolValue)
    else { return }
    let shown = (try? StoreLocation.resolve(store).description) ?? "postgresql://…"
    throw CommandFailure(StoreCommandMessages.notYetOnDatabase(command, store: shown), language: language, exitCode: 2)
}

/// Who grants or revokes a member (`store grant`, `store revoke`): `--actor` (else `$USER`) and their signing key
/// (`$HIRESCORE_KEY` or the default one, when present), which signs the member event in a signed store.
func memberChangeAuthor(actor: String?, language: Language) throws -> StoreMembers.Author {
    var options = StoreOptions()
    options.actor = actor
    do {
        return StoreMembers.Author(actor: options.actorName, signer: try SigningKey.loadIfPresent())
    } catch {
        throw fail(error, language)
    }
}
