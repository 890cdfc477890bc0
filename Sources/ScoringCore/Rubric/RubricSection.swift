import YAML

/// A part of a rubric scored by one scoring module: its criteria, weight and the module's configuration.
public struct RubricSection: Sendable, Hashable {
    /// The identifier, kebab-case, unique in the rubric.
    public var id: String
    /// The id of the scoring module that scores it (`customer-orientation`).
    public var moduleID: String
    /// The section's title.
    public var title: LocalizedText
    /// The section's relative weight, greater than zero.
    public var weight: Double
    /// The module's own configuration, as written (validated and read by the module).
    public var configuration: YAMLNode?
    /// Why the section weighs what it does, when its weight differs from the others' (`weight-rationale`).
    public var weightRationale: LocalizedText?
    /// Where the weight is written.
    public var weightLocation: SourceLocation = .unknown
    /// The criteria rated in this section.
    public var criteria: [Criterion]
    /// Where the section is defined.
    public var location: SourceLocation
    /// What the section's module asks the interviewer to record besides ratings, as declared when the rubric
    /// was read (``ScoringModule/observations(for:in:)``); empty for a module that asks for nothing.
    public var observations: [ObservationRequest] = []
    /// The top-level scorecard key the section's module keeps for its observations
    /// (``ScoringModule/scorecardKey``), or nil for `observations: {SECTION: ...}`.
    public var scorecardKey: String?

    /// The declared observation with an id.
    public func observation(_ id: String) -> ObservationRequest? {
        observations.first { $0.id == id }
    }

    /// Creates a section.
    public init(
        id: String, moduleID: String, title: LocalizedText, weight: Double, configuration: YAMLNode?,
        criteria: [Criterion], location: SourceLocation = .unknown
    ) {
        self.id = id
        self.moduleID = moduleID
        self.title = title
        self.weight = weight
        self.configuration = configuration
        self.criteria = criteria
        self.location = location
    }
}
