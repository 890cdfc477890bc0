import Foundation
import ScoringCore
import Testing

@testable import Panel

/// A rater's evidence kept in a scratch file reads back exactly, compares and hashes as the texts it stands for, and
/// stays in memory when there is nothing to move or nowhere to move it.
@Suite struct RaterEvidenceTests {
    static func evidence() throws -> RaterEvidence {
        var card = Scorecard(rubricID: "r", rubricVersion: 1, candidate: "c-1", interviewer: "Anna")
        card.entries = [
            "b": .init(rating: .level(4), evidence: "  Fragte nach: „Wie geht es Ihnen?“ ✓\nZweite Zeile  "),
            "a": .init(rating: .level(2), evidence: "<b>kept</b> & plain"),
            "c": .init(rating: .level(3), evidence: "   "),
        ]
        return RaterEvidence(of: card, rubric: try Fixtures.rubric())
    }

    @Test func storedEvidenceReadsBackExactly() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("evidence-\(UUID())").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let scratch = try #require(UserCache(folder: folder).scratch())
        let inMemory = try Self.evidence()
        #expect(inMemory.entries.map(\.criterionID) == ["a", "b"])
        let stored = inMemory.stored(in: scratch)
        #expect(scratch.count > 0)
        #expect(stored.entries == inMemory.entries)
        #expect(stored == inMemory)
        #expect(stored.hashValue == inMemory.hashValue)
        #expect(!stored.isEmpty)
        #expect(stored["a"] == "<b>kept</b> & plain")
        #expect(stored["c"] == nil)
        #expect(stored.loaded.entries == inMemory.entries)
        let before = scratch.count
        #expect(RaterEvidence().stored(in: scratch).isEmpty)
        #expect(scratch.count == before)
        // A source in memory takes nothing: the evidence stays as it was.
        #expect(inMemory.stored(in: ByteSource([])) == inMemory)
    }
}
