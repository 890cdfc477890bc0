import Foundation
import PostgresNIO
import ScoringCore

extension StoreContent {
    /// Reads what the connected user may see of a database store (row-level security decides); with
    /// `auditLogOnly`, only the audit log's lines.
    package static func read(
        database: StoreDatabase, auditLogOnly: Bool = false
    ) async throws(StoreDatabaseError) -> StoreContent {
        try await SchemaMigrator.requireCompatible(database)
        var content = StoreContent()
        if !auditLogOnly { try await readCardsAndFiles(database: database, into: &content) }
        for row in try await database.query("SELECT content FROM hirescore.audit_lines ORDER BY line_number") {
            guard let bytes = try? row.decode(Data.self) else {
                throw StoreDatabaseError(message: PostgresStoreMessages.undecodableRow("hirescore.audit_lines"))
            }
            content.auditLines.append([UInt8](bytes))
        }
        return content
    }

    /// Reads the scorecards and the other files the connected user may see into `content`.
    private static func readCardsAndFiles(
        database: StoreDatabase, into content: inout StoreContent
    ) async throws(StoreDatabaseError) {
        let cardRows = try await database.query(
            """
            SELECT requisition, candidate, file_name, status, seal, content FROM hirescore.scorecards
            ORDER BY requisition, candidate, file_name
            """)
        for row in cardRows {
            guard let card = try? row.decode((String, String, String, String, String?, Data).self) else {
                throw StoreDatabaseError(message: PostgresStoreMessages.undecodableRow("hirescore.scorecards"))
            }
            content.cards.append(
                Card(
                    requisition: card.0, candidate: card.1, fileName: card.2, status: card.3, seal: card.4,
                    bytes: [UInt8](card.5)))
        }
        // An interviewer may not read the other files; the scorecards and the log are what they work with.
        if try await database.may("SELECT", on: "hirescore.files") {
            for row in try await database.query("SELECT path, content FROM hirescore.files ORDER BY path") {
                guard let file = try? row.decode((String, Data).self) else {
                    throw StoreDatabaseError(message: PostgresStoreMessages.undecodableRow("hirescore.files"))
                }
                content.files[file.0] = [UInt8](file.1)
            }
        }
    }

    /// Writes the content into an empty database store in one transaction: all of it, or nothing.
    package func write(database: StoreDatabase) async throws(StoreDatabaseError) {
        try await SchemaMigrator.requireCompatible(database)
        let content = self
        try await database.transaction { database throws(StoreDatabaseError) in
            let counts = try await database.query(
                """
                SELECT (SELECT count(*) FROM hirescore.scorecards) + (SELECT count(*) FROM hirescore.audit_lines)
                  + (SELECT count(*) FROM hirescore.files)
                """)
            if let row = counts.first, let count = try? row.decode(Int.self), count > 0 {
                throw StoreDatabaseError(message: PostgresStoreMessages.databaseNotEmpty(database.settings.description))
            }
            for card in content.cards {
                try await database.query(
                    """
                    INSERT INTO hirescore.scorecards
                      (requisition, candidate, file_name, interviewer_id, status, seal, content)
                    VALUES (\(card.requisition), \(card.candidate), \(card.fileName), \(card.interviewerID),
                      \(card.status), \(card.seal), \(ByteBuffer(bytes: card.bytes)))
                    """)
            }
            for (index, line) in content.auditLines.enumerated() {
                try await database.query(
                    "INSERT INTO hirescore.audit_lines (line_number, content) VALUES (\(index + 1), \(ByteBuffer(bytes: line)))"
                )
            }
            for (path, bytes) in content.files.sorted(by: { $0.key < $1.key }) {
                try await database.query(
                    "INSERT INTO hirescore.files (path, content) VALUES (\(path), \(ByteBuffer(bytes: bytes)))")
            }
        }
    }
}

extension StoreDatabase {
    /// Whether the connected user holds `privilege` on `table`.
    func may(_ privilege: String, on table: String) async throws(StoreDatabaseError) -> Bool {
        let rows = try await query("SELECT has_table_privilege(current_user, \(table), \(privilege))")
        return rows.first.flatMap { try? $0.decode(Bool.self) } ?? false
    }
}
