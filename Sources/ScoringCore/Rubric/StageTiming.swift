/// The time a stage's content needs, estimated from what the interviewer has to ask.
///
/// The estimate is mechanical, so an author can check a plan before the first interview: minutes for the
/// opening and the close, ``minutesPerQuestion`` for each question asked (with its answer), and
/// ``minutesPerFollowUp`` for each follow-up. Every question a criterion lists is counted.
///
/// ```swift
/// let timing = StageTiming(criteria: rubric.restricted(to: stage).allCriteria)
/// print(timing.totalMinutes)   // compare with stage.durationMinutes
/// ```
public struct StageTiming: Sendable, Hashable {
    /// Minutes for welcoming the candidate, explaining the stage and closing with their questions.
    public static let openingAndCloseMinutes = 5
    /// Minutes for one question and the candidate's answer.
    public static let minutesPerQuestion = 4
    /// Minutes for one follow-up and its answer.
    public static let minutesPerFollowUp = 1

    /// The number of questions counted.
    public var questionCount: Int
    /// The number of follow-ups counted.
    public var followUpCount: Int

    /// The estimate for a stage's criteria.
    public init(criteria: [Criterion]) {
        questionCount = criteria.reduce(0) { $0 + $1.questions.count }
        followUpCount = criteria.reduce(0) { $0 + $1.questions.reduce(0) { $0 + $1.followUps.count } }
    }

    /// Minutes for the questions with their answers.
    public var questionMinutes: Int { questionCount * StageTiming.minutesPerQuestion }
    /// Minutes for the follow-ups.
    public var followUpMinutes: Int { followUpCount * StageTiming.minutesPerFollowUp }

    /// The whole estimate in minutes.
    public var totalMinutes: Int { StageTiming.openingAndCloseMinutes + questionMinutes + followUpMinutes }

    /// The estimate's parts in words: "5 opening and close, 6 questions × 4, 12 follow-ups × 1".
    public var breakdown: LocalizedText {
        RubricMessages.timingBreakdown(
            opening: StageTiming.openingAndCloseMinutes, questions: questionCount,
            perQuestion: StageTiming.minutesPerQuestion, followUps: followUpCount,
            perFollowUp: StageTiming.minutesPerFollowUp)
    }
}
