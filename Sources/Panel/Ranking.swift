import ScoringCore

/// The candidates of a requisition ordered by consensus score, with knock-outs and no-decisions apart.
package struct Ranking: Sendable {
    /// One candidate's line.
    package struct Entry: Sendable, Hashable {
        /// The rank (1 = best); tied candidates share a rank.
        package var rank: Int
        /// Whether another candidate has the same rank.
        package var isTied: Bool
        /// The candidate's id.
        package var candidate: String
        /// The requisition.
        package var requisition: String?
        /// The consensus score.
        package var score: Double?
        /// The panel recommendation.
        package var recommendation: Recommendation
        /// The number of raters.
        package var raters: Int
        /// The share of criteria the consensus covers.
        package var coverage: Double
        /// The share of criteria on which every rater is within one level, when two or more raters
        /// rated a criterion (``PanelResult/Spread/withinOneLevelShare``).
        package var withinOneLevel: Double?
        /// The knock-outs of the consensus, in words.
        package var knockOuts: [LocalizedText]
    }

    /// The requisition ranked, when the ranking is of one.
    package var requisition: String?
    /// Candidates ranked by score (no knock-out, a decision).
    package var ranked: [Entry]
    /// Candidates with a knock-out, by score.
    package var knockedOut: [Entry]
    /// Candidates with too little coverage to decide.
    package var noDecision: [Entry]
    /// What the ranked panels' scorecards rest on: how many are signed and by whom, which are unsigned (v1).
    package var signatures: SignatureSummary

    /// One ranking per requisition, in requisition order (candidates without one last): candidates of different
    /// requisitions are interviewed for different jobs and are never ranked against each other.
    package static func perRequisition(_ panels: [PanelResult], requisition: String? = nil) -> [Ranking] {
        var byRequisition: [String: [PanelResult]] = [:]
        for panel in panels where requisition == nil || panel.requisition == requisition {
            byRequisition[panel.requisition ?? "", default: []].append(panel)
        }
        let keys = byRequisition.keys.sorted { ($0.isEmpty ? 1 : 0, $0) < ($1.isEmpty ? 1 : 0, $1) }
        return keys.map { Ranking(byRequisition[$0] ?? [], requisition: $0.isEmpty ? nil : $0) }
    }

    /// Ranks the panels (of one requisition when `requisition` is given). Scores equal to two decimals are ties.
    ///
    /// Panels of several requisitions in one list are ranked together: use ``perRequisition(_:requisition:)`` to keep
    /// each job's candidates apart.
    package init(_ panels: [PanelResult], requisition: String? = nil) {
        let selected = panels.filter { requisition == nil || $0.requisition == requisition }
        func entry(_ panel: PanelResult) -> Entry {
            Entry(
                rank: 0, isTied: false, candidate: panel.candidate, requisition: panel.requisition,
                score: panel.consensus.overallScore,
                recommendation: panel.consensus.recommendation, raters: panel.raters.count,
                coverage: panel.consensus.coverage,
                withinOneLevel: panel.spread.withinOneLevelShare,
                knockOuts: panel.consensus.knockOuts.map(\.finding.message))
        }
        func byScore(_ lhs: Entry, _ rhs: Entry) -> Bool {
            let left = Ranking.rounded(lhs.score ?? -1)
            let right = Ranking.rounded(rhs.score ?? -1)
            return left != right ? left > right : lhs.candidate < rhs.candidate
        }
        let knockedOut = selected.filter { !$0.consensus.knockOuts.isEmpty }.map(entry).sorted(by: byScore)
        let noDecision = selected.filter {
            $0.consensus.knockOuts.isEmpty && $0.consensus.recommendation == .noDecision
        }.map(entry).sorted(by: byScore)
        var ranked = selected.filter { $0.consensus.knockOuts.isEmpty && $0.consensus.recommendation != .noDecision }
            .map(entry).sorted(by: byScore)
        for index in ranked.indices {
            if index > 0, Ranking.rounded(ranked[index].score ?? 0) == Ranking.rounded(ranked[index - 1].score ?? 0) {
                ranked[index].rank = ranked[index - 1].rank
                ranked[index].isTied = true
                ranked[index - 1].isTied = true
            } else {
                ranked[index].rank = index + 1
            }
        }
        self.requisition =
            requisition
            ?? Set(selected.compactMap(\.requisition)).first.flatMap { only in
                selected.allSatisfy { $0.requisition == only } ? only : nil
            }
        self.ranked = ranked
        self.knockedOut = knockedOut
        self.noDecision = noDecision
        self.signatures = SignatureSummary(selected)
    }

    static func rounded(_ value: Double) -> Double { (value * 100).rounded() / 100 }
}
