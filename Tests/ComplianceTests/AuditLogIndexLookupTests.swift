import Foundation
import ScoringCore
import Testing

@testable import Compliance

/// The index of an audit log finds the same lines for any set of cards whether it looks them up card by card (a few
/// cards: one candidate's) or in one pass over all card lines (many): the example store's log, every card alone, in
/// pairs, in growing sets and all together, also with a card the log does not name.
@Suite struct AuditLogIndexLookupTests {
    @Test func cardByCardAndOnePassFindTheSameLines() throws {
        let log = RecordSessionTests.packageRoot.appendingPathComponent("examples/store/.hirescore/audit.jsonl").path
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: log)))
        var status = stat()
        #expect(stat(log, &status) == 0)
        let stamp = AuditLogIndex.Stamp(
            path: log, status: status, size: bytes.count, lastLine: AuditLogIndex.lastLineHash(of: bytes[...]))
        let built = AuditLogIndex(stamp: stamp, bytes: bytes)
        let index = try #require(AuditLogIndex(encoded: built.encoded(), stamp: stamp))
        let cards = built.cardLines.keys.sorted()
        try #require(cards.count >= 15)
        var sets: [Set<String>] = cards.map { [$0] }
        sets += zip(cards, cards.dropFirst()).map { [$0, $1] }
        sets += stride(from: 3, through: cards.count, by: 5).map { Set(cards.prefix($0)) }
        sets.append(Set(cards + ["no-such-requisition/c-0/nobody.yaml"]))
        for cards in sets {
            let expected = cards.compactMap { built.cardLines[$0] }.flatMap { $0 }.sorted()
            let oneByOne = try #require(index.encodedLines(of: cards, oneByOneUpTo: .max))
            let onePass = try #require(index.encodedLines(of: cards, oneByOneUpTo: 0))
            #expect(oneByOne.sorted() == expected, "\(cards.sorted())")
            #expect(onePass.sorted() == expected, "\(cards.sorted())")
            #expect(index.encodedLines(of: cards)?.sorted() == expected)
        }
    }
}
