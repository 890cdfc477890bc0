import ScoringCore

/// `hirescore store copy FROM TO`: a store's whole content from a folder into a database, back, or
/// between databases. The target must be empty; a database target is written in one transaction.
package enum StoreCopy {
    /// What was copied.
    package struct Summary: Sendable, Equatable {
        /// Scorecards copied.
        package var cards: Int
        /// Audit log lines copied.
        package var auditLines: Int
        /// Other files copied.
        package var files: Int
    }

    /// Copies everything `from` holds (what its user may read) into the empty store `to`.
    package static func copy(from source: StoreLocation, to target: StoreLocation) async throws(CopyError) -> Summary {
        if case .folder = source, case .folder = target {
            throw CopyError(message: PostgresStoreMessages.folderToFolder)
        }
        let content: StoreContent
        switch source {
        case .folder(let path):
            content = try StoreContent.read(folder: path)
        case .postgres(let settings):
            content = try await withDatabase(settings.forReading) { database throws(StoreDatabaseError) in
                try await StoreContent.read(database: database)
            }
        }
        switch target {
        case .folder(let path):
            try content.write(folder: path)
        case .postgres(let settings):
            try await withDatabase(settings) { database throws(StoreDatabaseError) in
                try await content.write(database: database)
            }
        }
        return Summary(cards: content.cards.count, auditLines: content.auditLines.count, files: content.files.count)
    }

    /// Runs `body` on a new connection, closing it afterwards; database errors become copy errors.
    static func withDatabase<Value: Sendable>(
        _ settings: PostgresConnectionSettings,
        _ body: @Sendable (StoreDatabase) async throws(StoreDatabaseError) -> Value
    ) async throws(CopyError) -> Value {
        do {
            return try await StoreDatabase.with(settings, body)
        } catch {
            throw CopyError(message: error.message)
        }
    }
}
