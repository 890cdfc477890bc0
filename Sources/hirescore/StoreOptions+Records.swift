import CommandKit
import Compliance
import Foundation
import PostgresStore
import ScoringCore

extension StoreOptions {
    /// Whether the store is a PostgreSQL database (`--store postgresql://…` or `HIRESCORE_STORE`).
    var isDatabase: Bool { StoreLocation.isDatabaseURL(storeRoot) }

    /// Runs a record-changing operation on the store the options name: on a folder under the store's lock
    /// (``openRecords(rubrics:language:)``), on a database as one transaction (``DatabaseRecords``).
    ///
    /// On a database the operation runs on a private copy named like the store's URL in a temporary folder,
    /// from that folder, so every path it reports names the database, never a temporary file. Give paths the
    /// command reads or writes afterwards as absolute paths.
    ///
    /// `complete`, for a decision: the panel whose every card must be submitted (``DatabaseRecords``).
    func changeRecords<Value: Sendable>(
        rubrics: [Rubric], language: Language, complete: DatabaseRecords.Panel? = nil,
        _ operation: @escaping @Sendable (RecordSession) throws(StoreLedger.LedgerError) -> Value
    ) throws -> Value {
        guard isDatabase else {
            let session = try openRecords(rubrics: rubrics, language: language)
            defer { session.close() }
            do {
                return try operation(session)
            } catch {
                throw fail(error, language)
            }
        }
        guard case .postgres(let settings) = try storeLocation(store, language: language) else {
            throw CommandFailure(LocalizedText(storeRoot), language: language)
        }
        let signer: SigningKey?
        do {
            signer = try SigningKey.loadIfPresent()
        } catch {
            throw fail(error, language)
        }
        let folder = try DatabaseStoreSnapshot.makeTemporaryFolder(language: language)
        guard FileManager.default.changeCurrentDirectoryPath(folder) else {
            throw CommandFailure(LocalizedText(folder), language: language)
        }
        do {
            return try runDatabaseWork(language: language) {
                try await DatabaseRecords.change(settings, workspace: settings.description, complete: complete) {
                    root in
                    let session = try RecordSession(
                        ledger: StoreLedger(storeRoot: root), rubrics: rubrics, signer: signer)
                    defer { session.close() }
                    return try operation(session)
                }
            }
        } catch let error as StoreLedger.LedgerError {
            throw fail(error, language)
        }
    }
}
