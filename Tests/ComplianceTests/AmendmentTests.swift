import BuiltInModules
import Compliance
import Foundation
import ScoringCore
import Testing

/// Amending a submitted scorecard as a library call: a new sealed card, the old one kept, the event logged first.
@Suite struct AmendmentTests {
    typealias Store = RecordSessionTests.Store

    static let card = "claims-2026-01/c-102/clara-wiese.yaml"
    static let reason = "ownership was rated on the answer to the next question"

    /// Writes an amendment of `card` into its draft place: ownership rated `level`, sealed unless `sealed` is false.
    @discardableResult
    static func draftAmendment(
        in store: Store, card: String = card, level: Int = 4, sealed: Bool = true,
        change: (inout Scorecard) -> Void = { _ in }
    ) throws -> (path: String, draft: String, scorecard: Scorecard) {
        let path = store.ledger.storeRoot + "/" + card
        var scorecard = try #require(ScorecardLoader().load(path: path, rubrics: store.rubrics).scorecard)
        scorecard.entries["ownership"]?.rating = .level(level)
        change(&scorecard)
        scorecard.seal = sealed ? scorecard.computeSeal() : nil
        if !sealed { scorecard.status = .draft }
        let draft = Amendment.draftPath(for: path)
        try FileManager.default.createDirectory(
            atPath: (draft as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try AtomicFile.write(try scorecard.yamlText(), to: draft)
        return (path, draft, scorecard)
    }

    static func bytes(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }

    @Test func theAmendedCardTakesThePlaceAndTheOldOneIsKept() throws {
        let store = try Store()
        let session = try store.session()
        let path = store.ledger.storeRoot + "/" + Self.card
        let before = try #require(Self.bytes(path))
        let oldSeal = try #require(ScorecardHeader(path: path)?.seal)
        let (_, draft, amended) = try Self.draftAmendment(in: store)

        #expect(session.amendmentRefusal(of: path) == nil)
        let amendment = try session.recordAmendment(of: path, with: draft, reason: "  \(Self.reason)\n")

        let hex = String(oldSeal.dropFirst("sha256:".count).prefix(16))
        #expect(amendment.path == Self.card)
        #expect(amendment.seal == amended.seal)
        #expect(amendment.supersededSeal == oldSeal)
        #expect(amendment.supersededPath == "claims-2026-01/c-102/.superseded/clara-wiese.\(hex).yaml")
        #expect(amendment.reason == Self.reason)
        #expect(amendment.actor == "Clara Wiese")
        // The old card byte for byte where the amendment keeps it; the new one in its place; no draft left.
        #expect(Self.bytes(store.ledger.storeRoot + "/" + amendment.supersededPath) == before)
        #expect(ScorecardHeader(path: path)?.seal == amended.seal)
        #expect(!FileManager.default.fileExists(atPath: draft))
        #expect(!FileManager.default.fileExists(atPath: (draft as NSString).deletingLastPathComponent))
        // The log says so, replayed; the store verifies, the superseded card included.
        session.close()
        let records = try LedgerRecords(log: AuditLog(ledger: store.ledger))
        #expect(records.amendment(of: Self.card) == amendment)
        let last = try #require(AuditLog(ledger: store.ledger).events().events.last?.event)
        #expect(last.event == AuditLog.EventKind.amend)
        #expect(last.details == ["reason": Self.reason])
        #expect(
            last.files == [
                .init(path: Self.card, seal: amended.seal ?? ""), .init(path: amendment.supersededPath, seal: oldSeal),
            ])
        #expect(StoreVerification.verify(ledger: store.ledger, rubrics: store.rubrics).isEmpty)
        #expect(Amendment.inForce(for: [path]).map(\.amendment) == [amendment])
    }

    @Test func aSecondAmendmentKeepsBothEarlierCards() throws {
        let store = try Store()
        let session = try store.session()
        let first = try Self.draftAmendment(in: store, level: 4)
        let one = try session.recordAmendment(of: first.path, with: first.draft, reason: "first correction")
        let second = try Self.draftAmendment(in: store, level: 5)
        let two = try session.recordAmendment(of: second.path, with: second.draft, reason: "second correction")
        #expect(two.supersededSeal == one.seal)
        #expect(one.supersededPath != two.supersededPath)
        session.close()
        #expect(try LedgerRecords(log: AuditLog(ledger: store.ledger)).amendments[Self.card] == [one, two])
        #expect(StoreVerification.verify(ledger: store.ledger, rubrics: store.rubrics).isEmpty)
    }

    @Test func theAmendmentsInForceAreTheSameThroughTheIndexOfTheLog() throws {
        let store = try Store()
        let session = try store.session()
        let first = try Self.draftAmendment(in: store, level: 4)
        let one = try session.recordAmendment(of: first.path, with: first.draft, reason: "first correction")
        let other = store.ledger.storeRoot + "/claims-2026-01/c-102/anna-schmidt.yaml"
        let files = [other, first.path]
        let cache = UserCache(folder: store.folder.appendingPathComponent("cache/hirescore").path)
        #expect(Amendment.inForce(for: files).map(\.amendment) == [one])
        // Cold (the index is built from the whole log) and warm (only the lines it names are read): the same.
        #expect(Amendment.inForce(for: files, cache: cache).map(\.amendment) == [one])
        #expect(Amendment.inForce(for: files, cache: cache).map(\.file) == [first.path])
        // A second amendment: the log changed, so the index is built anew, and the later amendment is in force.
        let second = try Self.draftAmendment(in: store, level: 5)
        let two = try session.recordAmendment(of: second.path, with: second.draft, reason: "second correction")
        session.close()
        #expect(Amendment.inForce(for: files).map(\.amendment) == [two])
        #expect(Amendment.inForce(for: files, cache: cache).map(\.amendment) == [two])
        #expect(Amendment.inForce(for: files, cache: cache).map(\.amendment) == [two])
        #expect(Amendment.inForce(for: [other], cache: cache).isEmpty)
    }

    @Test func anAmendmentAfterADecisionIsRefused() throws {
        let store = try Store()
        let session = try store.session()
        _ = try session.decide(
            DecisionRequest(
                candidate: "c-102", requisition: "claims-2026-01", outcome: .rejected,
                date: CalendarDate(year: 2026, month: 12, day: 1) ?? .unixEpoch, actor: "HR"),
            registry: BuiltInModules.registry, today: RecordSessionTests.today)
        let (path, draft, _) = try Self.draftAmendment(in: store)
        let before = Self.bytes(path)
        let expected = AmendmentMessages.decided(candidate: "c-102", outcome: "rejected", date: "2026-12-01")
        #expect(session.amendmentRefusal(of: path) == expected)
        let error = #expect(throws: StoreLedger.LedgerError.self) {
            try session.recordAmendment(of: path, with: draft, reason: Self.reason)
        }
        #expect(
            error?.message.text(in: .en)
                == "a decision is recorded for 'c-102' (rejected, 2026-12-01); the scorecards it rests on can no longer be amended, so that the record shows what the decision was based on; tell HR what was wrong instead"
        )
        #expect(Self.bytes(path) == before)
        #expect(try LedgerRecords(log: AuditLog(ledger: store.ledger)).amendments.isEmpty)
    }

    /// What is refused before anything is logged, as a table: the change to the draft and the message.
    @Test(arguments: [
        (
            "candidate",
            "the amended card claims-2026-01/c-102/.amending/clara-wiese.yaml differs from the submitted one in 'candidate'; an amendment corrects ratings, evidence and the recommendation only"
        ),
        (
            "interviewer",
            "the amended card claims-2026-01/c-102/.amending/clara-wiese.yaml differs from the submitted one in 'interviewer'; an amendment corrects ratings, evidence and the recommendation only"
        ),
        (
            "unchanged",
            "the amended card is the same as the submitted one; claims-2026-01/c-102/clara-wiese.yaml stays as it was and nothing was recorded"
        ),
        (
            "unsealed",
            "the amended card claims-2026-01/c-102/.amending/clara-wiese.yaml is not submitted and sealed; nothing was recorded"
        ),
    ])
    func refusedAmendmentsLeaveEverythingAsItWas(change: String, message: String) throws {
        let store = try Store()
        let session = try store.session()
        let path = store.ledger.storeRoot + "/" + Self.card
        let level = try #require(
            ScorecardLoader().load(path: path, rubrics: store.rubrics).scorecard?.entries["ownership"])
        guard case .level(let current) = level.rating else {
            Issue.record("ownership is rated")
            return
        }
        let (_, draft, _) = try Self.draftAmendment(
            in: store, level: change == "unchanged" ? current : 4, sealed: change != "unsealed"
        ) { card in
            if change == "candidate" { card.candidate = "c-101" }
            if change == "interviewer" { card.interviewer = "Ben Okafor" }
        }
        let before = Self.bytes(path)
        let events = AuditLog(ledger: store.ledger).events().events.count
        let error = #expect(throws: StoreLedger.LedgerError.self) {
            try session.recordAmendment(of: path, with: draft, reason: Self.reason)
        }
        #expect(error?.message.text(in: .en) == message)
        #expect(Self.bytes(path) == before)
        #expect(AuditLog(ledger: store.ledger).events().events.count == events)
    }

    @Test func anAmendmentNeedsAReason() throws {
        let store = try Store()
        let session = try store.session()
        let (path, draft, _) = try Self.draftAmendment(in: store)
        let error = #expect(throws: StoreLedger.LedgerError.self) {
            try session.recordAmendment(of: path, with: draft, reason: " \n")
        }
        #expect(error?.code == .invalidRequest)
        #expect(error?.message == AmendmentMessages.reasonMissing)
    }

    @Test func anAmendmentLoggedButNotAppliedIsCompletedByTheNextSession() throws {
        let store = try Store()
        let (path, draft, amended) = try Self.draftAmendment(in: store)
        let oldSeal = try #require(ScorecardHeader(path: path)?.seal)
        let kept = Amendment.supersededPath(for: Self.card, seal: oldSeal)
        // The state a crash right after logging leaves: the intent, the event, none of its effects.
        let log = AuditLog(ledger: store.ledger)
        let next = (log.events().events.last?.event.sequence ?? 0) + 1
        try AtomicFile.write("\(next)\n", to: store.ledger.folder + "/pending")
        try log.append(
            .init(
                event: AuditLog.EventKind.amend, actor: "Clara Wiese", candidate: "c-102",
                requisition: "claims-2026-01",
                files: [.init(path: Self.card, seal: amended.seal ?? ""), .init(path: kept, seal: oldSeal)],
                details: ["reason": Self.reason]))
        #expect(!StoreVerification.verify(ledger: store.ledger, rubrics: store.rubrics).isEmpty)

        let session = try store.session()
        #expect(
            session.recovered.map { $0.text(in: .en) } == [
                "completed the interrupted amend of 'c-102' (event \(next) of the audit log)"
            ])
        session.close()
        #expect(ScorecardHeader(path: path)?.seal == amended.seal)
        #expect(ScorecardHeader(path: store.ledger.storeRoot + "/" + kept)?.seal == oldSeal)
        #expect(!FileManager.default.fileExists(atPath: draft))
        #expect(StoreVerification.verify(ledger: store.ledger, rubrics: store.rubrics).isEmpty)
    }

    @Test func aChangedOrStraySupersededCardIsReported() throws {
        let store = try Store()
        let session = try store.session()
        let (path, draft, _) = try Self.draftAmendment(in: store)
        let amendment = try session.recordAmendment(of: path, with: draft, reason: Self.reason)
        session.close()
        let kept = store.ledger.storeRoot + "/" + amendment.supersededPath
        let text = try String(contentsOfFile: kept, encoding: .utf8)
        try text.replacingOccurrences(of: "level: 3", with: "level: 1").write(
            toFile: kept, atomically: false, encoding: .utf8)
        let stray = store.ledger.storeRoot + "/claims-2026-01/c-102/.superseded/clara-wiese.0000000000000000.yaml"
        try text.write(toFile: stray, atomically: false, encoding: .utf8)
        let problems = StoreVerification.verify(ledger: store.ledger, rubrics: store.rubrics).map {
            $0.message.text(in: .en)
        }
        #expect(
            problems.contains {
                $0.hasPrefix("\(amendment.supersededPath), referenced on line ")
                    && $0.hasSuffix("has changed since then (its seal no longer matches)")
            }, "\(problems)")
        #expect(
            problems.contains(
                "claims-2026-01/c-102/.superseded/clara-wiese.0000000000000000.yaml: lies among the superseded cards, but the audit log records no amendment that kept it"
            ), "\(problems)")
    }

    @Test func aPurgeDeletesTheSupersededCardsToo() throws {
        let store = try Store()
        let session = try store.session()
        let (path, draft, _) = try Self.draftAmendment(in: store)
        let amendment = try session.recordAmendment(of: path, with: draft, reason: Self.reason)
        _ = try session.decide(
            DecisionRequest(
                candidate: "c-102", requisition: "claims-2026-01", outcome: .rejected,
                date: CalendarDate(year: 2020, month: 1, day: 15) ?? .unixEpoch, actor: "HR"),
            registry: BuiltInModules.registry, today: RecordSessionTests.today)
        _ = try session.purge(asOf: RecordSessionTests.today, actor: "Records")
        #expect(!FileManager.default.fileExists(atPath: store.ledger.storeRoot + "/" + amendment.supersededPath))
        #expect(!FileManager.default.fileExists(atPath: path))
        #expect(session.records.amendments.isEmpty)
        session.close()
        #expect(StoreVerification.verify(ledger: store.ledger, rubrics: store.rubrics).isEmpty)
    }

    /// Where a kept or drafted card belongs, as a table.
    @Test(arguments: [
        (
            "claims-2026-01/c-102/.superseded/clara-wiese.0245b0f88fde7cdc.yaml",
            "claims-2026-01/c-102/clara-wiese.yaml", true
        ),
        ("claims-2026-01/c-102/.amending/clara-wiese.yaml", "claims-2026-01/c-102/clara-wiese.yaml", true),
        ("claims-2026-01/c-102/clara-wiese.yaml", "claims-2026-01/c-102/clara-wiese.yaml", false),
        ("claims-2026-01/c-102/archive/clara-wiese.yaml", "claims-2026-01/c-102/archive/clara-wiese.yaml", false),
    ])
    func keptCardsBelongToTheirCardsPlace(path: String, card: String, kept: Bool) {
        #expect(Amendment.cardPath(of: path) == card)
        #expect(Amendment.isKept(path) == kept)
    }
}
