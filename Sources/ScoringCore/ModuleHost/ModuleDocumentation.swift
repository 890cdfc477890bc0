/// What a scoring module tells people about itself: summary, rationale, how it scores, its configuration and examples.
///
/// The same documentation feeds `hirescore modules`, the generated module pages and the tests:
/// every ``ModuleExample`` is run by the test suite and must give the result it states.
public struct ModuleDocumentation: Sendable {
    /// One sentence on what the module scores.
    public var summary: LocalizedText
    /// Why it scores that way (the research or practice behind it).
    public var rationale: LocalizedText
    /// The scoring rule in plain words.
    public var scoring: LocalizedText
    /// The configuration keys, one line each.
    public var configuration: [LocalizedText]
    /// Worked examples: ratings and the result they must give.
    public var examples: [ModuleExample]

    /// Creates documentation.
    public init(
        summary: LocalizedText, rationale: LocalizedText, scoring: LocalizedText,
        configuration: [LocalizedText] = [], examples: [ModuleExample] = []
    ) {
        self.summary = summary
        self.rationale = rationale
        self.scoring = scoring
        self.configuration = configuration
        self.examples = examples
    }
}

/// A worked example of a module: a section (as rubric YAML), ratings, and the result they must give.
///
/// Examples record the file and line where they were written, so a failing example points there.
public struct ModuleExample: Sendable {
    /// What the example shows.
    public var title: LocalizedText
    /// The section as it would stand in a rubric's `sections:` list (YAML), on the default 1..5 scale.
    public var sectionYAML: String
    /// The ratings by criterion id; criteria left out are n/a.
    public var ratings: [String: Rating]
    /// The section's observations by id (``ScoringModule/observations(for:in:)``), as recorded.
    public var observations: [String: ObservationValue]
    /// The section score it must give (to two decimals), or nil when nothing is rated.
    public var expectedScore: Double?
    /// The codes of the knock-outs it must raise, in order.
    public var expectedKnockOuts: [String]
    /// The codes of the flags it must raise, in order.
    public var expectedFlags: [String]
    /// The file the example is written in.
    public var file: String
    /// The line the example starts on.
    public var line: Int

    /// Creates an example; `file` and `line` default to where it is written.
    public init(
        _ title: LocalizedText, section sectionYAML: String, ratings: [String: Rating],
        observations: [String: ObservationValue] = [:], expectedScore: Double?,
        expectedKnockOuts: [String] = [], expectedFlags: [String] = [],
        file: String = #filePath, line: Int = #line
    ) {
        self.title = title
        self.sectionYAML = sectionYAML
        self.ratings = ratings
        self.observations = observations
        self.expectedScore = expectedScore
        self.expectedKnockOuts = expectedKnockOuts
        self.expectedFlags = expectedFlags
        self.file = file
        self.line = line
    }
}
