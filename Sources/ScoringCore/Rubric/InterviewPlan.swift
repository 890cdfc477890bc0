import YAML

/// One stage of a rubric's interview plan: a part of the interview with its own interviewer, duration and
/// criteria (a phone screen, the structured interview, a role-play, a work sample).
///
/// Each scorecard is for one stage: the interviewer rates only the stage's criteria, and coverage and the
/// knock-out criteria that must be rated are counted over them. A rubric without a plan has one stage,
/// ``InterviewStage/defaultID``, that covers every criterion.
///
/// ```yaml
/// plan:
///   - id: phone-screen
///     title: {de: Telefoninterview, en: Phone screen}
///     duration: 30            # minutes
///     interviewer: {de: Recruiting, en: Recruiting}
///     interviewers: 1         # independent raters in this stage; default 1
///     covers: [customer-orientation, empathy]   # section or criterion ids
/// ```
public struct InterviewStage: Sendable, Hashable {
    /// The id of the one stage of a rubric without a plan.
    public static let defaultID = "interview"

    /// The identifier, kebab-case, unique in the plan.
    public var id: String
    /// The stage's name.
    public var title: LocalizedText
    /// The time planned for the stage, in minutes.
    public var durationMinutes: Int?
    /// The interviewer role that runs it (`Team lead claims`).
    public var interviewerRole: LocalizedText?
    /// How many independent raters rate the stage (each fills in their own scorecard).
    public var interviewers: Int
    /// The ids of the criteria the stage covers, in rubric order.
    public var criteria: [String]
    /// Whether the stage was written in the rubric (false for the one stage of a rubric without a plan).
    public var isPlanned: Bool
    /// Where the stage is defined.
    public var location: SourceLocation

    /// Creates a stage.
    public init(
        id: String, title: LocalizedText, durationMinutes: Int? = nil, interviewerRole: LocalizedText? = nil,
        interviewers: Int = 1, criteria: [String], isPlanned: Bool = true, location: SourceLocation = .unknown
    ) {
        self.id = id
        self.title = title
        self.durationMinutes = durationMinutes
        self.interviewerRole = interviewerRole
        self.interviewers = interviewers
        self.criteria = criteria
        self.isPlanned = isPlanned
        self.location = location
    }

    /// Whether the stage covers a criterion.
    public func covers(_ criterionID: String) -> Bool {
        criteria.contains(criterionID)
    }
}

extension Rubric {
    /// The stages of the interview: the plan's, or one stage with every criterion when the rubric has no plan.
    public var stages: [InterviewStage] {
        if !plan.isEmpty { return plan }
        return [
            InterviewStage(
                id: InterviewStage.defaultID, title: RubricMessages.interviewStage,
                criteria: allCriteria.map(\.id), isPlanned: false, location: location)
        ]
    }

    /// The stage with an id; `nil` names the rubric's only stage when it has one.
    public func stage(_ id: String?) -> InterviewStage? {
        guard let id else { return stages.count == 1 ? stages[0] : nil }
        return stages.first { $0.id == id }
    }

    /// The rubric as one stage's interviewer sees it: every section kept (so results line up with
    /// ``sections``), each holding only the stage's criteria.
    ///
    /// Scoring the restricted rubric counts coverage and the knock-out criteria that must be rated over the
    /// stage's criteria only. The hash stays the full rubric's: a scorecard pins the rubric, not a view of it.
    public func restricted(to stage: InterviewStage) -> Rubric {
        guard stage.criteria.count != allCriteria.count else { return self }
        var copy = self
        let covered = Set(stage.criteria)
        copy.sections = sections.map { section in
            var restricted = section
            restricted.criteria = section.criteria.filter { covered.contains($0.id) }
            return restricted
        }
        return copy
    }

    /// How many independent raters the plan provides for a criterion (the sum of the `interviewers` of the
    /// stages that cover it); `nil` for a rubric without a plan, where the panel's size decides.
    public func plannedRaters(of criterionID: String) -> Int? {
        guard !plan.isEmpty else { return nil }
        return plan.filter { $0.covers(criterionID) }.reduce(0) { $0 + $1.interviewers }
    }
}
