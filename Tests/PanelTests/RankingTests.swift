import Panel
import ScoringCore
import Testing

/// Ranking the panels of a requisition: by score, ties to two decimals, knock-outs and no-decisions apart.
struct RankingTests {
    /// Two raters per candidate (the median is the mean of both). Every section score is the weighted mean of its
    /// consensus ratings (technical depth too), so the overall score is 0.2a + 0.2b + 0.1c + 0.1rp + 0.2s1 + 0.2s2:
    /// c-r → 3.6; c-b1 → 3.45 and c-b2 → 3.45 with different profiles (a tie); c-w → 3.4; c-k and c-k2 have a red flag
    /// reported by both raters; c-n rates 2 of 6 criteria; c-x is in req-b, all 4 → 4.
    private func panels() throws -> [PanelResult] {
        let rubric = try Fixtures.rubric()
        let folder = try ScorecardFolder()
        func both(_ candidate: String, _ anna: [Int?], _ ben: [Int?], requisition: String = "req-a") throws {
            try folder.write(makeScorecard(candidate, "Anna Schmidt", anna, rubric: rubric, requisition: requisition))
            try folder.write(makeScorecard(candidate, "Ben Kraus", ben, rubric: rubric, requisition: requisition))
        }
        try both("c-r", [4, 4, 3, 3, 3, 4], [4, 4, 3, 3, 3, 4])
        // Consensus a 4, b 3, c 3, rp 3.5, s1 3, s2 4: 0.8 + 0.6 + 0.3 + 0.35 + 0.6 + 0.8 = 3.45.
        try both("c-b1", [4, 3, 3, 3, 3, 4], [4, 3, 3, 4, 3, 4])
        // Consensus a 3, b 4, c 3.5, rp 3, s1 3, s2 4: 0.6 + 0.8 + 0.35 + 0.3 + 0.6 + 0.8 = 3.45.
        try both("c-b2", [3, 4, 3, 3, 3, 4], [3, 4, 4, 3, 3, 4])
        try both("c-w", [4, 3, 3, 3, 3, 4], [4, 3, 3, 3, 3, 4])
        try both("c-k", [1, 5, 5, 5, 5, 5], [1, 5, 5, 5, 5, 5])
        try both("c-k2", [1, 3, 3, 3, 3, 3], [1, 3, 3, 3, 3, 3])
        try both("c-n", [4, 4, nil, nil, nil, nil], [4, 4, nil, nil, nil, nil])
        try both("c-x", [4, 4, 4, 4, 4, 4], [4, 4, 4, 4, 4, 4], requisition: "req-b")
        let report = folder.merge(rubrics: [rubric])
        #expect(report.problems.isEmpty)
        #expect(report.panels.count == 8)
        return report.panels
    }

    @Test func ordersByScoreAndTiesShareARank() throws {
        let ranking = Ranking(try panels(), requisition: "req-a")
        #expect(ranking.ranked.map(\.candidate) == ["c-r", "c-b1", "c-b2", "c-w"])
        #expect(ranking.ranked.map { rounded($0.score, 4) } == [3.6, 3.45, 3.45, 3.4])
        #expect(ranking.ranked.map(\.rank) == [1, 2, 2, 4])
        #expect(ranking.ranked.map(\.isTied) == [false, true, true, false])
        #expect(ranking.ranked.map(\.recommendation) == [.yes, .yes, .yes, .yes])
        #expect(
            ranking.ranked.allSatisfy {
                $0.raters == 2 && $0.coverage == 1 && $0.requisition == "req-a" && $0.knockOuts.isEmpty
            })
    }

    @Test func knockOutsAndNoDecisionsAreListedApart() throws {
        let ranking = Ranking(try panels(), requisition: "req-a")
        #expect(ranking.knockedOut.map(\.candidate) == ["c-k", "c-k2"])
        // c-k: (40×3 + 20×5 + 40×5) / 100 = 4.2; c-k2: (40×2 + 20×3 + 40×3) / 100 = 2.6.
        #expect(ranking.knockedOut.map { rounded($0.score, 4) } == [4.2, 2.6])
        #expect(ranking.knockedOut.map(\.recommendation) == [.no, .no])
        // A panel's knock-outs are those its raters reported on their own scorecards, both of two here.
        #expect(
            ranking.knockedOut[0].knockOuts.map { $0.text(in: "en") }
                == [
                    "red flag: 'A' rated 1, at or below the red-flag level 1 (reported by 2 of 2: Anna Schmidt, Ben Kraus)"
                ])
        #expect(
            ranking.knockedOut[1].knockOuts.map { $0.text(in: "en") }
                == [
                    "section score 2.00 is below the minimum 2.5 (reported by 2 of 2: Anna Schmidt, Ben Kraus)",
                    "red flag: 'A' rated 1, at or below the red-flag level 1 (reported by 2 of 2: Anna Schmidt, Ben Kraus)",
                ])
        #expect(ranking.noDecision.map(\.candidate) == ["c-n"])
        #expect(ranking.noDecision.map(\.recommendation) == [.noDecision])
        #expect(rounded(ranking.noDecision.first?.coverage, 4) == 0.3333)
        let ranked = Set(ranking.ranked.map(\.candidate))
        #expect(ranked.isDisjoint(with: ranking.knockedOut.map(\.candidate)))
        #expect(ranked.isDisjoint(with: ranking.noDecision.map(\.candidate)))
    }

    @Test func requisitionFilterSelectsOneRequisition() throws {
        let all = try panels()
        let onlyB = Ranking(all, requisition: "req-b")
        #expect(onlyB.ranked.map(\.candidate) == ["c-x"])
        #expect(onlyB.ranked.map(\.rank) == [1])
        #expect(onlyB.knockedOut.isEmpty)
        #expect(onlyB.noDecision.isEmpty)
        #expect(Ranking(all, requisition: "req-z").ranked.isEmpty)
        // Without a filter each requisition gets its own ranking: candidates for different jobs are never mixed.
        let perRequisition = Ranking.perRequisition(all)
        #expect(perRequisition.map(\.requisition) == ["req-a", "req-b"])
        #expect(perRequisition[0].ranked.map(\.candidate) == ["c-r", "c-b1", "c-b2", "c-w"])
        #expect(perRequisition[0].ranked.map(\.rank) == [1, 2, 2, 4])
        #expect(perRequisition[1].ranked.map(\.candidate) == ["c-x"])
        #expect(perRequisition[1].ranked.map(\.rank) == [1])
        #expect(rounded(perRequisition[1].ranked.first?.score, 4) == 4)
        #expect(perRequisition[1].ranked.first?.recommendation == .yes)
        #expect(Ranking.perRequisition(all, requisition: "req-b").map(\.requisition) == ["req-b"])
    }

    @Test func equalScoresTieAndAreOrderedByCandidate() throws {
        let rubric = try Fixtures.rubric()
        let folder = try ScorecardFolder()
        for candidate in ["c-3", "c-1", "c-2"] {
            try folder.write(makeScorecard(candidate, "Anna Schmidt", [3, 3, 3, 3, 3, 3], rubric: rubric))
        }
        let ranking = Ranking(folder.merge(rubrics: [rubric]).panels)
        #expect(ranking.ranked.map(\.candidate) == ["c-1", "c-2", "c-3"])
        #expect(ranking.ranked.map(\.rank) == [1, 1, 1])
        #expect(ranking.ranked.allSatisfy { $0.isTied })
    }
}
