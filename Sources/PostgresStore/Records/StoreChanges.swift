import Foundation
import PostgresNIO
import ScoringCore

/// What a record-changing command changed in a store's content: what goes back into the database.
///
/// A command works on a folder copy of the database store (``DatabaseRecords``); the difference between the
/// content before and after is written back in the same transaction. The audit log may only grow: a line
/// already written that changed is refused, and nothing is written.
package struct StoreChanges: Sendable, Equatable {
    /// Scorecards that are new (an amendment too: a new row beside the card it supersedes).
    package var addedCards: [StoreContent.Card] = []
    /// Scorecards whose bytes changed (a retention date written into a submitted card), found by place and seal.
    package var changedCards: [StoreContent.Card] = []
    /// Scorecards that are gone (purged).
    package var removedCards: [StoreContent.Card] = []
    /// The lines appended to the audit log.
    package var appendedLines: [[UInt8]] = []
    /// The line number of the first appended line.
    package var firstLineNumber = 1
    /// Other files written or new, by path.
    package var writtenFiles: [String: [UInt8]] = [:]
    /// Other files that are gone, by path.
    package var removedFiles: [String] = []

    /// Files a command on the folder copy leaves behind that are not store content: the commit marker, and the
    /// log's lock file when the database had none.
    static let transientFiles: Set<String> = [".hirescore/pending", ".hirescore/audit.lock"]

    /// The caches a command on the folder copy rebuilds from the audit log when they are missing.
    static let cacheFiles: Set<String> = [".hirescore/holds.json", ".hirescore/decisions.json"]

    /// The changes from `before` to `after`.
    package init(from before: StoreContent, to after: StoreContent) throws(StoreDatabaseError) {
        guard after.auditLines.count >= before.auditLines.count,
            Array(after.auditLines.prefix(before.auditLines.count)) == before.auditLines
        else {
            throw StoreDatabaseError(message: PostgresStoreMessages.auditLogRewritten)
        }
        appendedLines = Array(after.auditLines.dropFirst(before.auditLines.count))
        firstLineNumber = before.auditLines.count + 1
        let old = Dictionary(before.cards.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        // A store copied in before schema version 6 keeps a folder's superseded cards among its other files: they
        // stay there unchanged (the folder copy reads them as cards).
        let keptAsFiles = Set(after.cards.filter { $0.isSuperseded && before.files[$0.path] == $0.bytes }.map(\.path))
        var kept: Set<String> = []
        for card in after.cards where !keptAsFiles.contains(card.path) {
            if let previous = old[card.path] {
                kept.insert(previous.path)
                if previous.status == "submitted", card.status == "submitted", previous.seal != card.seal {
                    // An amendment: a new row at the place; the row it amends stays (see below).
                    addedCards.append(card)
                } else if previous.bytes != card.bytes || previous.status != card.status {
                    changedCards.append(card)
                }
            } else if card.isSuperseded, let previous = old[card.place], !previous.isSuperseded,
                previous.seal == card.seal
            {
                // The card that was current, superseded by an amendment: the same row, now amended.
                kept.insert(previous.path + "\n" + (card.seal ?? ""))
                if previous.bytes != card.bytes { changedCards.append(card) }
            } else {
                addedCards.append(card)
            }
        }
        removedCards = before.cards.filter { previous in
            guard kept.contains(previous.path) else { return true }
            // A card an amendment replaced at its place stays only as the superseded card the amendment kept.
            let replaced = addedCards.contains { $0.path == previous.path }
            return replaced && !kept.contains(previous.path + "\n" + (previous.seal ?? ""))
        }
        for (path, bytes) in after.files.sorted(by: { $0.key < $1.key }) where before.files[path] != bytes {
            if before.files[path] == nil && StoreChanges.transientFiles.contains(path) { continue }
            writtenFiles[path] = bytes
        }
        removedFiles = before.files.keys.filter { after.files[$0] == nil && !keptAsFiles.contains($0) }.sorted()
    }

    /// Whether nothing changed.
    package var isEmpty: Bool {
        addedCards.isEmpty && changedCards.isEmpty && removedCards.isEmpty && appendedLines.isEmpty
            && writtenFiles.isEmpty && removedFiles.isEmpty
    }

    /// Writes the changes with the connected user's rights: the database refuses what the user's role may not
    /// do (SQLSTATE 42501). The audit lines go first, so a refused event changes nothing else.
    package func write(database: StoreDatabase) async throws(StoreDatabaseError) {
        for (offset, line) in appendedLines.enumerated() {
            do {
                try await database.query(
                    """
                    INSERT INTO hirescore.audit_lines (line_number, content)
                    VALUES (\(firstLineNumber + offset), \(ByteBuffer(bytes: line)))
                    """)
            } catch {
                throw StoreChanges.refusedEvent(error, line: line, user: database.settings.user)
            }
        }
        // Each row by its place and seal: a place holds the versions of an amended card (a draft has no seal, and
        // is alone at its place).
        for card in removedCards {
            try await database.query(
                """
                DELETE FROM hirescore.scorecards
                WHERE requisition = \(card.requisition) AND candidate = \(card.candidate) AND file_name = \(card.fileName)
                  AND seal IS NOT DISTINCT FROM \(card.seal)
                """)
        }
        for card in changedCards {
            try await database.query(
                """
                UPDATE hirescore.scorecards SET content = \(ByteBuffer(bytes: card.bytes))
                WHERE requisition = \(card.requisition) AND candidate = \(card.candidate) AND file_name = \(card.fileName)
                  AND (seal = \(card.seal) OR status = 'draft')
                """)
        }
        for card in addedCards { try await card.insert(into: database) }
        for path in removedFiles {
            try await database.query("DELETE FROM hirescore.files WHERE path = \(path)")
        }
        for (path, bytes) in writtenFiles.sorted(by: { $0.key < $1.key }) {
            try await database.query(
                """
                INSERT INTO hirescore.files (path, content) VALUES (\(path), \(ByteBuffer(bytes: bytes)))
                ON CONFLICT (path) DO UPDATE SET content = excluded.content
                """)
        }
    }

    /// The error for an audit line the database refused: when the user's role may not log its event
    /// (SQLSTATE 42501), the event and the roles that may; otherwise the database's own error.
    static func refusedEvent(_ error: StoreDatabaseError, line: [UInt8], user: String) -> StoreDatabaseError {
        guard error.sqlState == "42501",
            let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
            let event = object["event"] as? String,
            let allowed = StoreSchema.eventsByRole.first(where: { $0.events.contains(event) })?.roles
        else { return error }
        return StoreDatabaseError(
            sqlState: error.sqlState,
            message: PostgresStoreMessages.eventNotForRole(event, user: user, roles: allowed.map(\.rawValue)))
    }
}
