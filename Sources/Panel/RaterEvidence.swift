import ScoringCore

/// The evidence one interviewer wrote, by criterion id, as a panel result keeps it: trimmed, and only where there is
/// some.
///
/// A list in the rubric's order rather than a dictionary, with the rubric's own criterion ids: a campaign's panels hold
/// the evidence of every rater, and a dictionary's table and a copy of each id per card were a sixth of a merge's
/// memory.
public struct RaterEvidence: Sendable, Hashable {
    /// One criterion's evidence.
    public struct Entry: Sendable, Hashable {
        /// The criterion.
        public var criterionID: String
        /// What the interviewer wrote, trimmed.
        public var text: String
    }

    /// The entries, in the rubric's order of criteria.
    public private(set) var entries: [Entry]

    /// No evidence.
    public init() {
        entries = []
    }

    /// The evidence of `scorecard`, in the order of `rubric`'s criteria (ids not in the rubric follow, sorted).
    public init(of scorecard: Scorecard, rubric: Rubric) {
        var entries: [Entry] = []
        entries.reserveCapacity(scorecard.entries.count)
        var seen = 0
        for criterion in rubric.allCriteria {
            guard let entry = scorecard.entries[criterion.id] else { continue }
            seen += 1
            guard let text = entry.evidence?.trimmedOfWhitespace, !text.isEmpty else { continue }
            entries.append(Entry(criterionID: criterion.id, text: text))
        }
        if seen < scorecard.entries.count {
            let known = Set(rubric.allCriteria.map(\.id))
            for (id, entry) in scorecard.entries.sorted(by: { $0.key < $1.key }) where !known.contains(id) {
                guard let text = entry.evidence?.trimmedOfWhitespace, !text.isEmpty else { continue }
                entries.append(Entry(criterionID: id, text: text))
            }
        }
        self.entries = entries
    }

    /// The evidence for a criterion, if any.
    public subscript(criterionID: String) -> String? {
        entries.first { $0.criterionID == criterionID }?.text
    }

    /// Whether there is none.
    public var isEmpty: Bool { entries.isEmpty }
}
