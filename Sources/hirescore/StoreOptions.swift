import ArgumentParser
import CommandKit
import Compliance
import Foundation
import ScoringCore

/// The store and the acting person, shared by the commands that change or disclose applicant data.
struct StoreOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            OptionsHelp.storeOptionsStore, valueName: "dir"))
    var store: String?

    @Option(help: ArgumentHelp(OptionsHelp.storeOptionsActor, valueName: "name"))
    var actor: String?

    var storeRoot: String {
        store ?? ProcessInfo.processInfo.environment["HIRESCORE_STORE"].flatMap { $0.isEmpty ? nil : $0 }
            ?? "scorecards"
    }

    var actorName: String {
        actor ?? ProcessInfo.processInfo.environment["USER"].flatMap { $0.isEmpty ? nil : $0 } ?? "unknown"
    }

    var ledger: StoreLedger { StoreLedger(storeRoot: storeRoot) }

    func requireStore(_ language: Language) throws {
        try refuseDatabaseStore(storeRoot, command: nil, language: language)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: storeRoot, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw CommandFailure(SelectionMessages.noStore(storeRoot), language: language)
        }
    }

    /// Opens the store's records under its lock, telling on standard error what recovery finished.
    func openRecords(rubrics: [Rubric], language: Language) throws -> RecordSession {
        try requireStore(language)
        do {
            let session = try RecordSession(ledger: ledger, rubrics: rubrics, signer: SigningKey.loadIfPresent())
            for note in session.recovered {
                Terminal.standardError.write(
                    CommandMessages.note.text(in: language) + note.text(in: language) + "\n")
            }
            return session
        } catch {
            throw fail(error, language)
        }
    }
}

/// The store alone, for the commands that only read it (`audit verify`, `audit show`): they act on nothing,
/// so they take no `--actor`.
struct StoreFolderOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            OptionsHelp.storeOptionsStore, valueName: "dir"))
    var store: String?

    /// The same store options with no actor, for what they share.
    private var shared: StoreOptions {
        var options = StoreOptions()
        options.store = store
        return options
    }

    var ledger: StoreLedger { shared.ledger }

    func requireStore(_ language: Language) throws { try shared.requireStore(language) }
}

/// The command failure for a records error: exit status 2 for a malformed request, 1 otherwise.
func fail(_ error: StoreLedger.LedgerError, _ language: Language) -> CommandFailure {
    CommandFailure(error.message, language: language, exitCode: error.code == .invalidRequest ? 2 : 1)
}
