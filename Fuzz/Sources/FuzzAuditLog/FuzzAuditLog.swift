import Compliance
import Foundation
import FuzzSupport
import ScoringCore

/// libFuzzer target: the audit-log reader (`STORE/.hirescore/audit.jsonl`). The bytes are read as a
/// log's text; every line must parse or be reported on its own line, the replay of the events must
/// give the same records twice, and each event's hash must be computable and stable.
@main
enum FuzzAuditLog {
    static func main() {
        exit(runFuzzer { data, size in
            FuzzAuditLog.test(fuzzBytes(data, size))
            return 0
        })
    }

    static func test(_ bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        let (events, problems) = AuditLog.events(parsing: text)
        let lineCount = text.split(separator: "\n", omittingEmptySubsequences: false).count
        for (line, _) in events where line < 1 || line > lineCount { finding("event on line \(line) of \(lineCount)") }
        for problem in problems {
            guard let line = problem.line, line >= 1, line <= lineCount else { finding("a problem without a line of the log") }
        }
        let records = LedgerRecords(events: events.map(\.event))
        if records != LedgerRecords(events: events.map(\.event)) { finding("the replay is not deterministic") }
        if let last = events.last, records.lastSequence != last.event.sequence { finding("the replay lost the last sequence number") }
        for (_, event) in events.prefix(50) where event.computeHash() != event.computeHash() { finding("an event's hash is not stable") }
        _ = records.decisions.map { CalendarDate(parsing: $0.retainUntil) }
    }
}
