import BuiltInModules
import Compliance
import Foundation
import ScoringCore
import Testing

@testable import Compliance

/// Judging some cards reads only the key events and those cards' events of the log (issue 20: a merge of one
/// candidate in a large store decoded every line); the verdicts must be exactly those of the whole log.
@Suite struct CardSignaturesFilterTests {
    static let store = RecordSessionTests.packageRoot.appendingPathComponent("examples/store").path

    /// The example store's cards, relative to its root.
    static func cards() throws -> [String] {
        let root = URL(fileURLWithPath: store)
        let enumerator = try #require(FileManager.default.enumerator(atPath: store))
        return enumerator.compactMap { $0 as? String }.filter {
            $0.hasSuffix(".yaml") && !$0.hasPrefix(".") && !$0.contains("/.")
                && FileManager.default.fileExists(atPath: root.appendingPathComponent($0).path)
        }.sorted()
    }

    @Test func everyCardIsJudgedAsByTheWholeLog() throws {
        let cards = try Self.cards()
        #expect(cards.count >= 9, "the example store has its cards: \(cards)")
        let rubrics = RubricLoader(registry: BuiltInModules.registry).load(paths: [
            RecordSessionTests.packageRoot.appendingPathComponent("rubrics").path
        ]).rubrics
        let whole = CardSignatures(storeRoot: Self.store)
        var signed = 0
        for card in cards {
            let path = Self.store + "/" + card
            let scorecard = try #require(ScorecardLoader().load(path: path, rubrics: rubrics).scorecard, "\(card)")
            guard let seal = scorecard.seal else { continue }
            let expected = whole.verdict(
                path: path, seal: seal, signature: scorecard.signature, interviewer: scorecard.interviewer)
            let filtered = CardSignatures(storeRoot: Self.store, cards: [card])
            #expect(filtered.registry.entries == whole.registry.entries, "\(card)")
            #expect(filtered.registry.signedFrom == whole.registry.signedFrom, "\(card)")
            #expect(
                filtered.verdict(
                    path: path, seal: seal, signature: scorecard.signature, interviewer: scorecard.interviewer)
                    == expected, "\(card)")
            if case .signed = expected { signed += 1 }
        }
        #expect(signed >= 9, "the example store's cards are signed, so the check is not vacuous")
    }

    @Test func onlyTheWantedLinesAreDecoded() throws {
        let cards = try Self.cards()
        let card = try #require(cards.first)
        let log = AuditLog(ledger: StoreLedger(storeRoot: Self.store))
        let all = log.events().events.map(\.event)
        let expected = all.filter { event in
            event.event.hasPrefix("key-") || event.files.contains { $0.path == card }
        }
        let events = log.keyAndCardEvents(cards: [card])
        #expect(events.map(\.sequence) == expected.map(\.sequence))
        #expect(events.count < all.count)
    }

    /// A path the log writes with a JSON escape cannot be ruled out by its bytes: the line is decoded.
    @Test(arguments: [
        (#"{"event":"submit","files":[{"path":"r/c/a.yaml","seal":"x"}]}"#, ["r/c/a.yaml"] as [String]?),
        (
            #"{"files":[{"path":"r/c/a.yaml","seal":"x"},{"path":"r/c/b.yaml","seal":"y"}]}"#,
            ["r/c/a.yaml", "r/c/b.yaml"]
        ),
        (#"{"files":[{"path":"r/c/\"a.yaml","seal":"x"}]}"#, nil),
        (#"{"files":[{"path":"r/c/\u00e4.yaml","seal":"x"}]}"#, nil),
        (#"{"files":[{"path":"r/c/a.yaml"#, nil),
        (#"{"files":[]}"#, []),
    ])
    func rawFilePaths(line: String, expected: [String]?) {
        #expect(AuditLog.rawFilePaths(in: ArraySlice(Array(line.utf8))) == expected)
    }

    /// The knock-out overrides a merge reads from the override events alone are those of the whole replay; a
    /// damaged override line makes them unknown (an error), a damaged line of another kind is not theirs to judge.
    @Test func overridesAreThoseOfTheWholeReplay() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hirescore-overrides-\(UUID())")
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent(".hirescore"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let ledger = StoreLedger(storeRoot: folder.path)
        func event(_ kind: String, _ candidate: String, _ details: [String: String], _ sequence: Int) -> String {
            var event = AuditLog.Event(
                event: kind, actor: "HR Office", candidate: candidate, requisition: "req-1", details: details)
            event.sequence = sequence
            event.time = "2026-12-06T10:00:0\(sequence)Z"
            return AuditLog.encodedLine(event)
        }
        let lines = [
            event("submit", "c-1", [:], 1),
            event("knock-out-override", "c-1", ["knock-out": "red-flag", "reason": "Debrief: misheard."], 2),
            event("decision", "c-1", ["outcome": "hire"], 3),
            event("knock-out-override", "c-2", ["knock-out": "language-below-required", "reason": "C1 shown."], 4),
            event("knock-out-override", "c-1", ["knock-out": "red-flag", "reason": "Second debrief."], 5),
        ]
        try (lines.joined(separator: "\n") + "\n").write(
            toFile: ledger.auditLogPath, atomically: true, encoding: .utf8)
        let log = AuditLog(ledger: ledger)
        let replayed = try LedgerRecords(log: log).overrides
        #expect(try LedgerRecords.overrides(log: log) == replayed)
        #expect(replayed.values.map(\.count).sorted() == [1, 1])
        #expect(replayed.values.flatMap { $0 }.map(\.reason).sorted() == ["C1 shown.", "Second debrief."])

        try (lines.joined(separator: "\n") + "\n{\"event\":\"decision\",damaged\n").write(
            toFile: ledger.auditLogPath, atomically: true, encoding: .utf8)
        #expect(try LedgerRecords.overrides(log: log) == replayed)
        try (lines.joined(separator: "\n") + "\n{\"event\":\"knock-out-override\",damaged\n").write(
            toFile: ledger.auditLogPath, atomically: true, encoding: .utf8)
        #expect(throws: StoreLedger.LedgerError.self) { try LedgerRecords.overrides(log: log) }
    }
}
