/// The result of scoring one section: score, coverage, flags, knock-outs and the arithmetic in words.
public struct SectionResult: Sendable, Hashable {
    /// The section's id.
    public var sectionID: String
    /// The id of the module that scored it.
    public var moduleID: String
    /// The section score on the rubric's scale, or nil when nothing in the section was rated.
    public var score: Double?
    /// How many of the section's criteria were rated (not n/a).
    public var ratedCount: Int
    /// How many criteria the section has.
    public var criterionCount: Int
    /// Observations worth a look that do not change the recommendation.
    public var flags: [Finding]
    /// Findings that cap the recommendation (a red flag, a critical skill missing).
    public var knockOuts: [Finding]
    /// The arithmetic, step by step, in words.
    public var explanation: [LocalizedText]
    /// What the module adds beyond score, flags and knock-outs (named lines such as training needs), shown
    /// in every report under each output's label.
    public var outputs: [ModuleOutput]

    /// Creates a section result.
    public init(
        sectionID: String, moduleID: String, score: Double?, ratedCount: Int, criterionCount: Int,
        flags: [Finding] = [], knockOuts: [Finding] = [], explanation: [LocalizedText] = [],
        outputs: [ModuleOutput] = []
    ) {
        self.sectionID = sectionID
        self.moduleID = moduleID
        self.score = score
        self.ratedCount = ratedCount
        self.criterionCount = criterionCount
        self.flags = flags
        self.knockOuts = knockOuts
        self.explanation = explanation
        self.outputs = outputs
    }

    /// The share of criteria rated, 0...1 (1 for a section without criteria).
    public var coverage: Double {
        criterionCount == 0 ? 1 : Double(ratedCount) / Double(criterionCount)
    }
}

/// A flag or knock-out raised by a module: a stable code and a message.
public struct Finding: Sendable, Hashable {
    /// A stable identifier (`red-flag`, `critical-skill-gap`, ...), chosen by the module.
    public var code: String
    /// What the finding is about: a criterion id or an observation id, or nil for the section as a whole.
    ///
    /// Two raters report the same knock-out when code, section and subject agree.
    public var subject: String?
    /// What was found, in words.
    public var message: LocalizedText

    /// Creates a finding.
    public init(code: String, subject: String? = nil, message: LocalizedText) {
        self.code = code
        self.subject = subject
        self.message = message
    }
}
