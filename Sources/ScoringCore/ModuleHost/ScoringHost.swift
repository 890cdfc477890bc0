/// Runs the scoring modules of a rubric's sections and combines their results mechanically.
///
/// The overall score is the weighted mean of the section scores, with the section weights
/// renormalised over the sections that have at least one rating. Coverage is the share of all
/// criteria rated. The recommendation follows the rubric's thresholds; below the minimum
/// coverage it is "no decision"; a knock-out caps it at the rubric's knock-out cap (and decides
/// even when coverage is low, since a red flag is evidence enough to say no).
public struct ScoringHost: Sendable {
    /// The modules sections may name.
    public let registry: ModuleRegistry

    /// Knock-out rules worked out beforehand for the sections of the one rubric this host scores against, by
    /// section id, each with the ids of the criteria it was worked out for: a section with that id and exactly those
    /// criteria takes its rules from here instead of asking its module again (a panel scores five results against
    /// one rubric; a stage's scorecard is scored against fewer criteria and asks afresh). Nil asks every time.
    package var knownRules: [String: KnownRules]?

    /// The knock-out rules of a section, with the criteria they were worked out for.
    package struct KnownRules: Sendable {
        /// The ids of the section's criteria, in order.
        package var criteria: [String]
        /// ``ScoringModule/knockOutRules(of:in:)`` of the section.
        package var rules: [KnockOutRule]
    }

    /// Creates a host for a registry.
    public init(registry: ModuleRegistry) {
        self.registry = registry
    }

    /// The knock-out rules of every section of `rubric` whose module is in the registry, for ``knownRules``.
    package func rules(of rubric: Rubric) -> [String: KnownRules] {
        var known: [String: KnownRules] = [:]
        for section in rubric.sections {
            guard let module = registry.module(section.moduleID) else { continue }
            known[section.id] = KnownRules(
                criteria: section.criteria.map(\.id), rules: module.knockOutRules(of: section, in: rubric))
        }
        return known
    }

    /// The knock-out rules of `section` of `rubric` by `module`: from ``knownRules`` when they were worked out for
    /// this section with these criteria, else from the module.
    package func knockOutRules(of section: RubricSection, in rubric: Rubric, by module: any ScoringModule)
        -> [KnockOutRule]
    {
        if let known = knownRules?[section.id], known.criteria.elementsEqual(section.criteria.lazy.map(\.id)) {
            return known.rules
        }
        return module.knockOutRules(of: section, in: rubric)
    }

    /// Scores a scorecard's ratings against its rubric.
    ///
    /// A scorecard for one stage of the rubric's plan is scored over that stage's criteria: coverage counts
    /// them, and only the knock-out criteria among them must be rated (``Scorecard/view(of:)``).
    /// With `explaining` false the result has the same scores, knock-outs, flags, outputs and recommendation, but
    /// no explanations (sections' and overall arithmetic left empty): for results no report explains, such as each
    /// rater's own in a panel.
    public func score(_ scorecard: Scorecard, rubric: Rubric, explaining: Bool = true) -> ScorecardResult {
        score(rubric: scorecard.view(of: rubric), explaining: explaining) {
            scorecard.sectionRatings(for: $0, explains: explaining)
        }
    }

    /// Scores section ratings (one interviewer's, or a panel's consensus) against a rubric; `explaining` as in
    /// ``score(_:rubric:explaining:)`` for the overall arithmetic (the sections' follow ``SectionRatings/explains``).
    public func score(
        rubric: Rubric, explaining: Bool = true, ratings: (RubricSection) -> SectionRatings
    ) -> ScorecardResult {
        var sections: [SectionResult] = []
        var notRated: [ScorecardResult.KnockOut] = []
        for section in rubric.sections {
            let sectionRatings = ratings(section)
            if let module = registry.module(section.moduleID) {
                sections.append(module.score(section, in: rubric, ratings: sectionRatings))
                // A section none of whose criteria are in the scorecard's stage is rated by another stage.
                guard !section.criteria.isEmpty else { continue }
                notRated += ScoringHost.knockOutsNotRated(
                    knockOutRules(of: section, in: rubric, by: module), section: section
                ) { criterion in
                    sectionRatings.rating(of: criterion).value != nil
                } isObserved: { observation in
                    sectionRatings.observation(observation) != nil
                }
            } else {
                // Unreachable for a rubric that validated with this registry; score nothing rather than trap.
                sections.append(
                    SectionResult(
                        sectionID: section.id, moduleID: section.moduleID, score: nil, ratedCount: 0,
                        criterionCount: section.criteria.count,
                        explanation: [ScoringMessages.moduleNotAvailable(section.moduleID)]))
            }
        }
        return combine(sections, rubric: rubric, knockOutsNotRated: notRated, explaining: explaining)
    }

    /// The criteria and observations that `rules` need and that are not rated or recorded, one finding each (code
    /// `knock-out-not-rated`; the subject of an observation's finding is `observation:ID`).
    public static func knockOutsNotRated(
        _ rules: [KnockOutRule], section: RubricSection, isRated: (String) -> Bool,
        isObserved: (String) -> Bool
    ) -> [ScorecardResult.KnockOut] {
        var seen: Set<String> = []
        var found: [ScorecardResult.KnockOut] = []
        for rule in rules {
            for criterion in rule.criteria where !seen.contains(criterion) && !isRated(criterion) {
                seen.insert(criterion)
                let title = section.criteria.first { $0.id == criterion }?.title ?? LocalizedText(criterion)
                found.append(
                    .init(
                        sectionID: section.id,
                        finding: Finding(
                            code: "knock-out-not-rated", subject: criterion,
                            message: ScoringMessages.knockOutNotRated(title))))
            }
            for id in rule.observations where !seen.contains("observation:" + id) && !isObserved(id) {
                seen.insert("observation:" + id)
                let label = section.observation(id)?.label ?? LocalizedText(id)
                found.append(
                    .init(
                        sectionID: section.id,
                        finding: Finding(
                            code: "knock-out-not-rated", subject: "observation:" + id,
                            message: ObservationMessages.knockOutNotRecorded(label))))
            }
        }
        return found
    }

    /// Combines section results into the overall score, coverage, knock-outs and recommendation; without
    /// `explaining`, the overall arithmetic is left empty.
    public func combine(
        _ sections: [SectionResult], rubric: Rubric, knockOutsNotRated: [ScorecardResult.KnockOut] = [],
        explaining: Bool = true
    ) -> ScorecardResult {
        var weightedSum = 0.0
        var weightSum = 0.0
        var termsEN: [String] = []
        var leftOut: [String] = []
        for (section, result) in zip(rubric.sections, sections) {
            if let score = result.score {
                weightedSum += section.weight * score
                weightSum += section.weight
                if explaining { termsEN.append("\(Format.number(section.weight))×\(Format.fixed(score))") }
            } else if !section.criteria.isEmpty {
                leftOut.append(section.id)
            }
        }
        let overall = weightSum > 0 ? weightedSum / weightSum : nil
        let arithmetic: LocalizedText
        if !explaining {
            arithmetic = LocalizedText(translations: [:])
        } else if let overall {
            let english =
                "(\(termsEN.joined(separator: " + "))) / \(Format.number(weightSum)) = \(Format.fixed(overall))"
            arithmetic = ScoringMessages.overallArithmetic(english, leftOut: leftOut)
        } else {
            arithmetic = ScoringMessages.overallNothingRated
        }

        let rated = sections.reduce(0) { $0 + $1.ratedCount }
        let total = rubric.allCriteria.count
        let knockOuts = sections.flatMap { result in
            result.knockOuts.map { ScorecardResult.KnockOut(sectionID: result.sectionID, finding: $0) }
        }
        let (recommendation, reasons) = recommend(
            overall: overall, ratedCount: rated, criterionCount: total, knockOuts: knockOuts,
            knockOutsNotRated: knockOutsNotRated, rules: rubric.decision)
        var result = ScorecardResult(
            sections: sections, overallScore: overall, overallArithmetic: arithmetic, ratedCount: rated,
            criterionCount: total, knockOuts: knockOuts, recommendation: recommendation, recommendationReasons: reasons)
        result.knockOutsNotRated = knockOutsNotRated
        return result
    }

    /// The recommendation and its reasons from a score, its coverage, the knock-outs that stand and the
    /// knock-out criteria left unrated.
    ///
    /// In order: below the minimum coverage, "no decision"; else the thresholds. A knock-out caps the result
    /// at the rubric's cap (and decides even when coverage is low: a red flag is evidence enough to say no).
    /// Without a knock-out, a knock-out criterion nobody rated gives "no decision": a candidate never passes
    /// on a rule that was not checked.
    public func recommend(
        overall: Double?, ratedCount rated: Int, criterionCount total: Int, knockOuts: [ScorecardResult.KnockOut],
        knockOutsNotRated: [ScorecardResult.KnockOut], rules decision: DecisionRules
    ) -> (Recommendation, [LocalizedText]) {
        let coverage = total == 0 ? 0 : Double(rated) / Double(total)
        var reasons: [LocalizedText] = []
        var recommendation: Recommendation
        if let overall, coverage >= decision.minimumCoverage {
            recommendation = decision.recommendation(forScore: overall)
            reasons.append(thresholdReason(overall, recommendation: recommendation, decision: decision))
        } else {
            recommendation = .noDecision
            reasons.append(
                ScoringMessages.coverageBelowMinimum(
                    coverage, rated: rated, total: total, minimum: decision.minimumCoverage))
        }
        if !knockOuts.isEmpty {
            let cap = decision.knockOutCap
            if recommendation == .noDecision || recommendation > cap {
                recommendation = cap
            }
            reasons.append(ScoringMessages.knockOutsCap(knockOuts.count, cap: cap.label))
        } else if !knockOutsNotRated.isEmpty {
            recommendation = .noDecision
            reasons.append(ScoringMessages.knockOutsNotRated(knockOutsNotRated.map(\.finding.message)))
        }
        return (recommendation, reasons)
    }

    private func thresholdReason(_ score: Double, recommendation: Recommendation, decision: DecisionRules)
        -> LocalizedText
    {
        switch recommendation {
        case .strongYes: ScoringMessages.strongYesReason(score, from: decision.strongYesFrom)
        case .yes: ScoringMessages.yesReason(score, from: decision.yesFrom, below: decision.strongYesFrom)
        case .no: ScoringMessages.noReason(score, from: decision.noFrom, below: decision.yesFrom)
        case .strongNo, .noDecision: ScoringMessages.strongNoReason(score, below: decision.noFrom)
        }
    }
}
