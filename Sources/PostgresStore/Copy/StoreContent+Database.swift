import Foundation
import PostgresNIO
import ScoringCore

extension StoreContent {
    /// Reads what the connected user may see of a database store (row-level security decides); with
    /// `auditLogOnly`, only the audit log's lines; with `places`, only the scorecards of those requisitions and
    /// candidates (the audit log and the other files whole).
    package static func read(
        database: StoreDatabase, auditLogOnly: Bool = false, places: [StorePlace]? = nil
    ) async throws(StoreDatabaseError) -> StoreContent {
        try await SchemaMigrator.requireCompatible(database)
        var content = StoreContent()
        if !auditLogOnly { try await readCardsAndFiles(database: database, places: places, into: &content) }
        for row in try await database.query("SELECT content FROM hirescore.audit_lines ORDER BY line_number") {
            guard let bytes = try? row.decode(Data.self) else {
                throw StoreDatabaseError(message: PostgresStoreMessages.undecodableRow("hirescore.audit_lines"))
            }
            content.auditLines.append([UInt8](bytes))
        }
        return content
    }

    /// Reads the scorecards (of `places`, else all) and the other files the connected user may see into `content`.
    private static func readCardsAndFiles(
        database: StoreDatabase, places: [StorePlace]?, into content: inout StoreContent
    ) async throws(StoreDatabaseError) {
        // A row another row amends is superseded; the row it amends is named by its seal, as the `amend` event does.
        let everything = places == nil
        let requisitions = (places ?? []).filter { $0.candidate == nil }.map(\.requisition)
        let candidates = (places ?? []).compactMap { place in place.candidate.map { place.requisition + "/" + $0 } }
        let cardRows = try await database.query(
            """
            SELECT s.requisition, s.candidate, s.file_name, s.status, s.seal, s.content, a.seal,
              EXISTS (SELECT 1 FROM hirescore.scorecards n WHERE n.amends = s.id)
            FROM hirescore.scorecards s LEFT JOIN hirescore.scorecards a ON a.id = s.amends
            WHERE \(everything) OR s.requisition = ANY(\(requisitions))
              OR s.requisition || '/' || s.candidate = ANY(\(candidates))
            ORDER BY s.requisition, s.candidate, s.file_name, s.id
            """)
        for row in cardRows {
            guard let card = try? row.decode((String, String, String, String, String?, Data, String?, Bool).self)
            else {
                throw StoreDatabaseError(message: PostgresStoreMessages.undecodableRow("hirescore.scorecards"))
            }
            content.cards.append(
                Card(
                    requisition: card.0, candidate: card.1, fileName: card.2, status: card.3, seal: card.4,
                    bytes: [UInt8](card.5), amends: card.6, isSuperseded: card.7))
        }
        content.cards.sort { $0.path < $1.path }
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
            for card in try StoreContent.insertionOrder(content.cards) { try await card.insert(into: database) }
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

extension StoreContent {
    /// The cards in an order in which each comes after the card it amends, refused (naming the place and the
    /// files) when a place would have more than one first version: a superseded card that no `amend` event of the
    /// log links to the card that replaced it.
    static func insertionOrder(_ cards: [Card]) throws(StoreDatabaseError) -> [Card] {
        var byPlace: [String: [Card]] = [:]
        for card in cards { byPlace[card.place, default: []].append(card) }
        var ordered: [Card] = []
        for place in byPlace.keys.sorted() {
            guard var pending = byPlace[place] else { continue }
            let seals = Set(pending.compactMap(\.seal))
            let first = pending.filter { $0.amends.map { !seals.contains($0) } ?? true }
            guard first.count == 1 else {
                throw StoreDatabaseError(
                    message: PostgresStoreMessages.unlinkedVersions(place, files: pending.map(\.path).sorted()))
            }
            var previous = first[0]
            ordered.append(previous)
            pending.removeAll { $0.path == previous.path }
            while let next = pending.first(where: { $0.amends != nil && $0.amends == previous.seal }) {
                ordered.append(next)
                pending.removeAll { $0.path == next.path }
                previous = next
            }
            guard pending.isEmpty else {
                throw StoreDatabaseError(
                    message: PostgresStoreMessages.unlinkedVersions(
                        place, files: byPlace[place, default: []].map(\.path).sorted()))
            }
        }
        return ordered
    }
}

extension StoreContent.Card {
    /// Inserts the card as a new row with the connected user's rights; an amendment names the row of the card it
    /// amends (found by its place and seal), which must be there.
    func insert(into database: StoreDatabase) async throws(StoreDatabaseError) {
        var amendedRow: Int?
        if let amends {
            let rows = try await database.query(
                """
                SELECT id FROM hirescore.scorecards WHERE requisition = \(requisition) AND candidate = \(candidate)
                  AND file_name = \(fileName) AND seal = \(amends)
                """)
            guard let id = rows.first.flatMap({ try? $0.decode(Int.self) }) else {
                throw StoreDatabaseError(message: PostgresStoreMessages.amendedCardMissing(place, seal: amends))
            }
            amendedRow = id
        }
        try await database.query(
            """
            INSERT INTO hirescore.scorecards
              (requisition, candidate, file_name, interviewer_id, status, seal, content, amends)
            VALUES (\(requisition), \(candidate), \(fileName), \(interviewerID), \(status), \(seal),
              \(ByteBuffer(bytes: bytes)), \(amendedRow))
            """)
    }
}
