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
}
