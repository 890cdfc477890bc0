import ScoringCore

/// The Spearman–Brown prophecy formula: the reliability of the mean of several raters, from the reliability of
/// one, and how many raters a target reliability needs.
///
/// With a single rater's reliability `r`, the mean of `m` raters has reliability `m·r / (1 + (m − 1)·r)`
/// (Spearman 1910, Brown 1910). Shrout & Fleiss (1979) give ICC(1,1) = .17 and ICC(1,4) = .44 for their worked
/// example; ICC(1,k) is ICC(1,1) stepped up by this formula. A structured interview rated by one interviewer
/// reaches about .44, the mean of three about .70.
///
/// ```swift
/// SpearmanBrown.projected(0.44, raters: 3)          // 0.702
/// SpearmanBrown.ratersNeeded(0.44, for: 0.80)       // 6
/// ```
package enum SpearmanBrown {
    /// The reliability of the mean of `raters` raters when one rater's is `single`.
    package static func projected(_ single: Double, raters: Int) -> Double {
        let m = Double(raters)
        return m * single / (1 + (m - 1) * single)
    }

    /// The fewest raters whose mean reaches `target` when one rater's reliability is `single`: 1 when one rater
    /// already does, `nil` when no number of raters does (a reliability of 0 or below, or a target of 1 or more).
    package static func ratersNeeded(_ single: Double, for target: Double) -> Int? {
        guard single > 0, target < 1 else { return nil }
        if single >= target { return 1 }
        let exact = target * (1 - single) / (single * (1 - target))
        // A hair below a whole number is that number (0.8 is not exactly representable).
        return Int((exact - 1e-9).rounded(.up))
    }
}

extension IntraclassCorrelation {
    /// ICC(1), the one-way random-effects intraclass correlation of a single rating (Shrout & Fleiss's ICC(1,1)),
    /// for groups of ratings that may differ in size and in who rated: each group is one target's ratings.
    ///
    /// `(MSB − MSW) / (MSB + (k₀ − 1)·MSW)`, with k₀ the group size adjusted for unequal groups
    /// (`(N − Σkᵢ²/N) / (n − 1)`); with equal groups k₀ is the group size. Differences between raters count
    /// as error, which suits a campaign where each candidate meets other interviewers. `nil` with fewer than two
    /// groups of two ratings or more, or without variance.
    package static func icc1(_ groups: [[Double]]) -> Double? {
        let rated = groups.filter { $0.count >= 2 }
        let n = rated.count
        let total = rated.reduce(0) { $0 + $1.count }
        guard n >= 2, total > n else { return nil }
        let grand = rated.flatMap { $0 }.reduce(0, +) / Double(total)
        let means = rated.map { $0.reduce(0, +) / Double($0.count) }
        var between = 0.0
        var within = 0.0
        for (group, mean) in zip(rated, means) {
            between += Double(group.count) * (mean - grand) * (mean - grand)
            within += group.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
        }
        let msb = between / Double(n - 1)
        let msw = within / Double(total - n)
        let k0 = (Double(total) - Double(rated.reduce(0) { $0 + $1.count * $1.count }) / Double(total)) / Double(n - 1)
        let denominator = msb + (k0 - 1) * msw
        guard denominator > 0 else { return nil }
        return (msb - msw) / denominator
    }
}

/// How reliable one criterion's ratings were across a requisition's candidates, and what that means for the
/// panel: the single rater's reliability (ICC(1)), the projected reliability of the panel's mean (Spearman–Brown)
/// and the raters the criterion would need to reach ``target``, for planning the next campaign.
public struct CriterionReliability: Sendable, Hashable {
    /// The reliability the number of raters needed is computed for.
    public static let target = 0.80

    /// The criterion's id.
    public var criterionID: String
    /// The candidates whose criterion two raters or more rated: the units of ICC(1).
    public var candidateCount: Int
    /// One rater's reliability, ICC(1); `nil` when ``missing`` says why.
    public var single: Double?
    /// The number of raters whose mean the panel uses: the raters the rubric's plan provides for the criterion,
    /// or else the number of raters who most often rated it.
    public var panelRaters: Int
    /// Why ``single`` is missing: too few candidates, or no variance.
    public var missing: PanelResult.Agreement.MissingReason?

    /// Creates a row.
    public init(
        criterionID: String, candidateCount: Int, single: Double?, panelRaters: Int,
        missing: PanelResult.Agreement.MissingReason? = nil
    ) {
        self.criterionID = criterionID
        self.candidateCount = candidateCount
        self.single = single
        self.panelRaters = panelRaters
        self.missing = missing
    }

    /// The projected reliability of the mean of ``panelRaters`` raters.
    public var panelMean: Double? { single.map { SpearmanBrown.projected($0, raters: panelRaters) } }

    /// The raters whose mean would reach ``target``; `nil` when the reliability is missing or not above zero.
    public var ratersForTarget: Int? {
        single.flatMap { SpearmanBrown.ratersNeeded($0, for: CriterionReliability.target) }
    }

    /// The reliability of every criterion rated in `panels` (one requisition's), in rubric order.
    public static func across(_ panels: [PanelResult]) -> [CriterionReliability] {
        var order: [String] = []
        var groups: [String: [[Double]]] = [:]
        var planned: [String: Int] = [:]
        for panel in panels {
            for row in panel.rows {
                if groups[row.criterionID] == nil {
                    order.append(row.criterionID)
                    groups[row.criterionID] = []
                    if let raters = panel.rubric.plannedRaters(of: row.criterionID) {
                        planned[row.criterionID] = raters
                    }
                }
                let values = row.ratings.compactMap(\.value)
                if values.count >= 2 { groups[row.criterionID, default: []].append(values) }
            }
        }
        return order.map { id in
            let rated = groups[id] ?? []
            var sizes: [Int: Int] = [:]
            for group in rated { sizes[group.count, default: 0] += 1 }
            let usual = sizes.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key ?? 1
            let panelRaters = max(1, planned[id] ?? usual)
            guard rated.count >= PanelResult.Agreement.minimumCandidates else {
                return CriterionReliability(
                    criterionID: id, candidateCount: rated.count, single: nil, panelRaters: panelRaters,
                    missing: .tooFewCandidates)
            }
            guard let single = IntraclassCorrelation.icc1(rated) else {
                return CriterionReliability(
                    criterionID: id, candidateCount: rated.count, single: nil, panelRaters: panelRaters,
                    missing: .noVariance)
            }
            return CriterionReliability(
                criterionID: id, candidateCount: rated.count, single: single, panelRaters: panelRaters)
        }
    }
}
