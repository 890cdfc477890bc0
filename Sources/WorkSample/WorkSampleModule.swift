import ScoringCore

/// Scores a work sample: the product of a short task the candidate does (a claim decision letter, a
/// dunning letter, a ticket triage), rated against its criteria, with must-pass criteria.
///
/// The section score is the weighted mean of the rated criteria on the rubric's scale. What makes the
/// module distinct is the must-pass rule: a product that falls below the level a must-pass criterion
/// demands (wrong amounts in a dunning letter, a wrong coverage decision) is a knock-out whatever the
/// rest, because the job cannot hand out such a product. The candidate's brief and the raters' script are
/// printed on pages of their own, and the kit tells raters when they score blind.
package struct WorkSampleModule: ScoringModule {
    /// The configurations read so far: each section's is read once, not once per scorecard scored.
    private static let configurations = ModuleConfigurationCache<WorkSampleConfiguration>()

    /// `work-sample`.
    package let id = "work-sample"
    /// The module's name.
    package let name = WorkSampleMessages.name

    /// Creates the module.
    package init() {}

    /// The product is rated, not the person.
    package var ratingPrompt: LocalizedText { WorkSampleMessages.ratingPrompt }

    /// The time the candidate took (minutes, optional: n/a when the task was done unobserved) and, when the
    /// section declares `variants:`, which variant they did (required).
    package func observations(for section: RubricSection, in rubric: Rubric) -> [ObservationRequest] {
        let configuration = configuration(of: section, in: rubric)
        var requests = [
            ObservationRequest(
                id: Self.timeTaken, label: WorkSampleMessages.timeTaken,
                kind: .minutes(1...(2 * WorkSampleConfiguration.longestTimeLimit)), isRequired: false,
                detail: configuration.timeLimitMinutes.map(WorkSampleMessages.timeLimit))
        ]
        if !configuration.variants.isEmpty {
            requests.append(
                ObservationRequest(
                    id: Self.variant, label: WorkSampleMessages.variant, kind: .choice(configuration.variants),
                    isRequired: true))
        }
        return requests
    }

    /// The id of the time-taken observation.
    static let timeTaken = "time-taken"
    /// The id of the task-variant observation.
    static let variant = "variant"

    /// Checks the task, its time limit, the brief and the must-pass criteria with their rationale.
    package func validate(_ section: RubricSection, in rubric: Rubric, decoder: inout NodeDecoder) {
        _ = WorkSampleConfiguration.read(section, scale: rubric.scale, decoder: &decoder)
    }

    private func configuration(of section: RubricSection, in rubric: Rubric) -> WorkSampleConfiguration {
        Self.configurations.value(for: section, in: rubric)
    }

    /// The task, its time limit, whether raters score blind, and each must-pass criterion.
    package func describeConfiguration(of section: RubricSection, in rubric: Rubric) -> [LocalizedText] {
        let configuration = configuration(of: section, in: rubric)
        var lines: [LocalizedText] = []
        if let task = configuration.task, let minutes = configuration.timeLimitMinutes {
            lines.append(WorkSampleMessages.task(task, minutes: minutes))
        }
        lines.append(configuration.blind ? WorkSampleMessages.rateBlind : WorkSampleMessages.mayKnowInterview)
        for criterion in section.criteria {
            guard let rule = configuration.mustPass[criterion.id] else { continue }
            lines.append(WorkSampleMessages.mustReach(criterion.title, level: rule.level))
        }
        if configuration.mustPass.isEmpty {
            lines.append(ModuleMessages.noKnockOutRule)
        }
        return lines
    }

    /// Each must-pass criterion: it must be rated, and below its level it knocks out.
    package func knockOutRules(of section: RubricSection, in rubric: Rubric) -> [KnockOutRule] {
        let configuration = configuration(of: section, in: rubric)
        return section.criteria.compactMap { criterion in
            guard let rule = configuration.mustPass[criterion.id] else { return nil }
            return KnockOutRule(
                code: "must-pass-missed",
                description: WorkSampleMessages.mustPassKnockOut(criterion.title, level: rule.level),
                rationale: rule.rationale, criteria: [criterion.id])
        }
    }

    /// The candidate's brief and the raters' script, each on a page of its own.
    package func handouts(of section: RubricSection, in rubric: Rubric) -> [Handout] {
        let configuration = configuration(of: section, in: rubric)
        var handouts: [Handout] = []
        if let brief = configuration.brief {
            handouts.append(
                Handout(
                    audience: .candidate, title: WorkSampleMessages.candidateBriefTitle,
                    text: WorkSampleMessages.candidateBrief(brief, minutes: configuration.timeLimitMinutes)))
        }
        if let script = configuration.script {
            handouts.append(
                Handout(
                    audience: .interviewer,
                    title: WorkSampleMessages.scriptTitle,
                    text: script))
        }
        return handouts
    }

    /// The weighted mean, and a knock-out for each must-pass criterion rated below its level.
    package func score(_ section: RubricSection, in rubric: Rubric, ratings: SectionRatings) -> SectionResult {
        let configuration = configuration(of: section, in: rubric)
        let mean = WeightedMean(of: section.criteria, ratings: ratings)
        var result = SectionResult(
            sectionID: section.id, moduleID: id, score: mean.value, ratedCount: mean.ratedCount,
            criterionCount: section.criteria.count)
        if ratings.explains { result.explanation.append(mean.explanation(of: section.title)) }
        for criterion in section.criteria {
            guard let rule = configuration.mustPass[criterion.id],
                let observed = ratings.rating(of: criterion.id).value,
                observed < Double(rule.level)
            else { continue }
            result.knockOuts.append(
                Finding(
                    code: "must-pass-missed", subject: criterion.id,
                    message: WorkSampleMessages.mustPassMissed(criterion.title, rated: observed, level: rule.level)))
        }
        // Over the time limit is worth a look, never a knock-out: the product is what is rated.
        if case .number(let minutes)? = ratings.observation(Self.timeTaken), let limit = configuration.timeLimitMinutes,
            minutes > limit
        {
            result.flags.append(
                Finding(
                    code: "time-limit-exceeded", subject: Self.timeTaken,
                    message: WorkSampleMessages.overTime(minutes, limit: limit)))
        }
        return result
    }
}
