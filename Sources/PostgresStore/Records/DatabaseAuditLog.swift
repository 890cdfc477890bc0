import Compliance
import Foundation
import PostgresNIO
import ScoringCore

/// Appends one event to a database store's audit log (`hirescore.audit_lines`) without a folder copy: chained to
/// the last line, hashed and signed exactly as the file log's ``AuditLog/append(_:)`` writes it, so the line
/// verifies as a file after `store copy`.
///
/// The caller runs it inside its own transaction, with the change the event records (`store grant`'s `GRANT`),
/// so both commit or neither does. It takes the store's record lock first (``DatabaseRecords``), so the chain's
/// head stays put until the transaction ends.
package enum DatabaseAuditLog {
    /// Appends `event` as the next line, signed by `signer` once the log has a key list (the database refuses
    /// an event the connected user's role may not log, SQLSTATE 42501); returns the event as written.
    ///
    /// - Throws: ``StoreDatabaseError``: the lock wait ended, the last line is damaged, the signature would not be
    ///   accepted (no key, or a key not registered to `event.actor`, or not HR's for a member event), or the
    ///   database refused the line.
    package static func append(
        _ event: AuditLog.Event, signer: SigningKey?, in database: StoreDatabase
    ) async throws(StoreDatabaseError) -> AuditLog.Event {
        try await DatabaseRecords.lock(database)
        let rows = try await database.query(
            """
            SELECT line_number, content, line_number = (SELECT max(line_number) FROM hirescore.audit_lines)
            FROM hirescore.audit_lines
            WHERE line_number = (SELECT max(line_number) FROM hirescore.audit_lines)
              OR hirescore.audit_event(content) IN (\(AuditLog.EventKind.keyRegister), \(AuditLog.EventKind.keyRevoke))
            ORDER BY line_number
            """)
        var keyLines: [[UInt8]] = []
        var last: (number: Int, bytes: [UInt8])?
        for row in rows {
            guard let (number, content, isLast) = try? row.decode((Int, Data, Bool).self) else {
                throw StoreDatabaseError(message: PostgresStoreMessages.undecodableRow("hirescore.audit_lines"))
            }
            keyLines.append([UInt8](content))
            if isLast { last = (number, [UInt8](content)) }
        }
        let entry: AuditLog.Event
        do {
            entry = try AuditLog.nextLine(
                event, after: last?.bytes, keyLines: keyLines, signer: signer,
                logName: database.settings.description + "/.hirescore/audit.jsonl")
        } catch {
            throw StoreDatabaseError(message: error.message)
        }
        let line = Array((AuditLog.encodedLine(entry) + "\n").utf8)
        do {
            try await database.query(
                """
                INSERT INTO hirescore.audit_lines (line_number, content)
                VALUES (\((last?.number ?? 0) + 1), \(ByteBuffer(bytes: line)))
                """)
        } catch {
            throw StoreChanges.refusedEvent(error, line: line, user: database.settings.user)
        }
        return entry
    }
}
