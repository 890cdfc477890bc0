import YAML

/// The definition of how one role is interviewed: requirement profile, scale, sections, criteria and decision rules.
///
/// A rubric is read from YAML by ``RubricLoader`` and identified by ``id``, ``version`` and the
/// content ``hash`` that scorecards pin. See `docs/rubric-format.md` for the file format.
public struct Rubric: Sendable, Hashable {
    /// The stable identifier, kebab-case (`claims-handler`).
    public var id: String
    /// The version, raised whenever the meaning changes.
    public var version: Int
    /// The languages every text exists in, in the order declared (`de`, `en`).
    public var languages: [String]
    /// The role as a job advertisement names it.
    public var title: LocalizedText
    /// What the role does.
    public var description: LocalizedText
    /// The family of back-office roles it belongs to (`claims-handling`).
    public var roleFamily: String
    /// Who maintains the rubric.
    public var owner: String
    /// The date from which the rubric applies.
    public var effectiveFrom: CalendarDate
    /// The rating scale.
    public var scale: RatingScale
    /// The requirement profile of the role.
    public var requirements: [Requirement]
    /// The scored sections, each handled by a scoring module.
    public var sections: [RubricSection]
    /// How ratings turn into a recommendation.
    public var decision: DecisionRules
    /// The interview plan as written (`plan:`); empty when the rubric has none. ``stages`` gives the stages
    /// to use, with one stage covering everything for a rubric without a plan.
    public var plan: [InterviewStage] = []
    /// The least required evidence must be (`evidence-minimum`; a short sentence unless the rubric sets it).
    public var evidenceMinimum = EvidenceMinimum.standard
    /// The SHA-256 of the rubric's canonical form, as `sha256:` and 64 hex digits.
    public var hash: String
    /// The file it was read from.
    public var sourcePath: String
    /// Where its top-level mapping starts.
    public var location: SourceLocation
    /// Where its `id` is written.
    public var idLocation: SourceLocation = .unknown

    /// Creates a rubric from its parts.
    public init(
        id: String, version: Int, languages: [String], title: LocalizedText, description: LocalizedText,
        roleFamily: String, owner: String, effectiveFrom: CalendarDate, scale: RatingScale,
        requirements: [Requirement], sections: [RubricSection], decision: DecisionRules, hash: String,
        sourcePath: String, location: SourceLocation = .unknown
    ) {
        self.id = id
        self.version = version
        self.languages = languages
        self.title = title
        self.description = description
        self.roleFamily = roleFamily
        self.owner = owner
        self.effectiveFrom = effectiveFrom
        self.scale = scale
        self.requirements = requirements
        self.sections = sections
        self.decision = decision
        self.hash = hash
        self.sourcePath = sourcePath
        self.location = location
    }

    /// Every criterion of every section, in order.
    public var allCriteria: [Criterion] { sections.flatMap(\.criteria) }

    /// The criterion with an id, in any section.
    public func criterion(_ id: String) -> Criterion? {
        for section in sections {
            if let criterion = section.criteria.first(where: { $0.id == id }) { return criterion }
        }
        return nil
    }

    /// The section holding a criterion.
    public func section(containing criterionID: String) -> RubricSection? {
        sections.first { $0.criteria.contains { $0.id == criterionID } }
    }

    /// `claims-handler@1`.
    public var reference: String { "\(id)@\(version)" }
}

/// One requirement of the role's profile, measured by one or more criteria.
public struct Requirement: Sendable, Hashable {
    /// The identifier, kebab-case, unique in the rubric.
    public var id: String
    /// What the job demands.
    public var text: LocalizedText
    /// Where it is defined.
    public var location: SourceLocation

    /// Creates a requirement.
    public init(id: String, text: LocalizedText, location: SourceLocation = .unknown) {
        self.id = id
        self.text = text
        self.location = location
    }
}
