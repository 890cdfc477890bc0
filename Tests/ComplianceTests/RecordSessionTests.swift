import BuiltInModules
import Compliance
import Foundation
import ScoringCore
import Testing

/// The record transactions as library calls: what `decide`, `hold` and `purge` do, without the binary.
@Suite struct RecordSessionTests {
    /// The package root (three folders above this file).
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// A copy of the unsigned (v1) example store in a temporary folder, with the shipped rubrics.
    final class Store {
        let folder: URL
        let ledger: StoreLedger
        let rubrics: [Rubric]

        init() throws {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent(
                "hirescore-records-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            // The unsigned (v1) example store kept as a fixture: these calls act without keys (the signed
            // examples/store needs its people's keys, which are thrown away; see SignatureTests).
            try FileManager.default.copyItem(
                at: packageRoot.appendingPathComponent("Tests/HireScoreCLITests/Fixtures/v1-store"),
                to: folder.appendingPathComponent("store"))
            ledger = StoreLedger(storeRoot: folder.appendingPathComponent("store").path)
            rubrics =
                RubricLoader(registry: BuiltInModules.registry).load(paths: [
                    packageRoot.appendingPathComponent("rubrics").path
                ]).rubrics
        }

        deinit {
            try? FileManager.default.removeItem(at: folder)
        }

        func session() throws -> RecordSession { try RecordSession(ledger: ledger, rubrics: rubrics) }
    }

    static let today = CalendarDate(year: 2026, month: 12, day: 6) ?? .unixEpoch

    @Test func aDecisionIsAnEventAndTheCacheFollowsTheLog() throws {
        let store = try Store()
        let session = try store.session()
        let request = DecisionRequest(
            candidate: "c-102", requisition: "claims-2026-01", outcome: .rejected,
            date: CalendarDate(year: 2026, month: 1, day: 31) ?? .unixEpoch, actor: "HR", reason: "panel result")
        let (decision, panel) = try session.decide(request, registry: BuiltInModules.registry, today: Self.today)
        #expect(decision.retainUntil == "2026-07-31")
        #expect(decision.reason == "panel result")
        #expect(panel.candidate == "c-102")
        session.close()
        let replayed = try LedgerRecords(log: AuditLog(ledger: store.ledger))
        #expect(replayed.decisions == [decision])
        #expect(try store.ledger.decisions() == [decision])
        #expect(StoreVerification.verify(ledger: store.ledger, rubrics: store.rubrics).isEmpty)
    }

    @Test func holdsAreRefusedForARequisitionTheCandidateIsNotIn() throws {
        let store = try Store()
        let session = try store.session()
        #expect(throws: StoreLedger.LedgerError.self) {
            try session.placeHold(candidate: "c-102", requisition: "ar-2026-02", reason: "AGG claim", actor: "HR")
        }
        let hold = try session.placeHold(
            candidate: "c-102", requisition: "claims-2026-01", reason: "AGG claim", actor: "HR")
        #expect(session.records.isOnHold(candidate: "c-102", requisition: "claims-2026-01"))
        #expect(hold.reason == "AGG claim")
        try session.releaseHold(candidate: "c-102", requisition: "claims-2026-01", reason: nil, actor: "HR")
        #expect(!session.records.isOnHold(candidate: "c-102", requisition: "claims-2026-01"))
    }

    @Test(arguments: ["c-101/", "../x", "", ".hidden", "c 1"])
    func invalidIDsAreRefusedAsInvalidRequests(id: String) {
        let error = #expect(throws: StoreLedger.LedgerError.self) { try RecordID.candidate(id) }
        #expect(error?.code == .invalidRequest)
    }

    @Test func unassignedMeansNoRequisition() throws {
        #expect(try RecordID.requisition("unassigned") == nil)
        #expect(try RecordID.requisition("claims-2026-01") == "claims-2026-01")
    }

    @Test func aPurgeFollowsTheLogNotTheCache() throws {
        let store = try Store()
        let session = try store.session()
        let old = CalendarDate(year: 2020, month: 1, day: 15) ?? .unixEpoch
        _ = try session.decide(
            DecisionRequest(
                candidate: "c-103", requisition: "claims-2026-01", outcome: .rejected, date: old, actor: "HR"),
            registry: BuiltInModules.registry, today: Self.today)
        try session.placeHold(candidate: "c-103", requisition: nil, reason: "AGG claim", actor: "HR")
        session.close()
        try FileManager.default.removeItem(atPath: store.ledger.holdsPath)
        let again = try store.session()
        let (plan, deleted) = try again.purge(asOf: Self.today, actor: "Records")
        #expect(deleted == 0)
        #expect(plan.items.first { $0.folder.candidate == "c-103" }?.verdict == .onHold)
        #expect(FileManager.default.fileExists(atPath: store.ledger.holdsPath), "the cache was rebuilt from the log")
    }

    @Test func replayKeepsTheLatestDecisionAndTheHoldsInForce() {
        func event(_ kind: String, _ candidate: String, _ details: [String: String] = [:], sequence: Int)
            -> AuditLog.Event
        {
            var event = AuditLog.Event(
                event: kind, actor: "HR", candidate: candidate, requisition: "r-1", details: details)
            event.sequence = sequence
            event.time = "2026-01-0\(sequence)T00:00:00Z"
            return event
        }
        let records = LedgerRecords(events: [
            event(
                AuditLog.EventKind.decision, "c-1",
                ["outcome": "hired", "date": "2026-01-01", "retain-until": "2026-07-01"], sequence: 1),
            event(
                AuditLog.EventKind.decision, "c-1",
                ["outcome": "withdrawn", "date": "2026-01-02", "retain-until": "2026-07-02"], sequence: 2),
            event(AuditLog.EventKind.hold, "c-1", ["reason": "claim"], sequence: 3),
            event(AuditLog.EventKind.hold, "c-2", ["reason": "claim"], sequence: 4),
            event(AuditLog.EventKind.release, "c-2", sequence: 5),
        ])
        #expect(records.decisions.map(\.outcome) == ["withdrawn"])
        #expect(records.holds.map(\.candidate) == ["c-1"])
        #expect(records.lastSequence == 5)
    }
}
