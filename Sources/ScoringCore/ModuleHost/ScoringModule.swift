/// A plugin that scores one competency: it validates its section's configuration and turns the
/// section's ratings into a ``SectionResult`` whose every number is explained.
///
/// A module is identified by ``id``, which rubric sections name in `module:`. Each module has its
/// own rule; HireScore ships four (`customer-orientation`, `conversation-skills`,
/// `technical-depth`, `work-sample`), and a module author adds another by conforming to this protocol and
/// registering it with a ``ModuleRegistry`` (see docs/modules.md).
public protocol ScoringModule: Sendable {
    /// The id sections name in `module:` (kebab-case).
    var id: String { get }
    /// The module's name for people.
    var name: LocalizedText { get }
    /// The module's documentation: summary, rationale, how it scores, configuration and examples.
    var documentation: ModuleDocumentation { get }

    /// Checks the section's `config` node and criteria, adding located diagnostics to `decoder`.
    func validate(_ section: RubricSection, in rubric: Rubric, decoder: inout NodeDecoder)

    /// Scores one section from an interviewer's (or the panel's consensus) ratings.
    ///
    /// Called only for sections that passed ``validate(_:in:decoder:)``.
    func score(_ section: RubricSection, in rubric: Rubric, ratings: SectionRatings) -> SectionResult

    /// What the interviewer is asked for per criterion ("rating", or "observed level" for skills).
    var ratingPrompt: LocalizedText { get }

    /// What the interviewer records for a section besides criterion ratings (a level on a named scale, a count,
    /// minutes, a choice), each with id, label, bounds and whether it is required.
    ///
    /// The values reach ``score(_:in:ratings:)`` as ``SectionRatings/observations``; the scorecard writes them
    /// under `observations:` (by section id), or under ``scorecardKey`` when the module keeps a key of its own.
    func observations(for section: RubricSection, in rubric: Rubric) -> [ObservationRequest]

    /// A top-level scorecard key under which the module's observations are written instead of under
    /// `observations: {SECTION: ...}`, for a module whose scorecards predate module-keyed observations
    /// (default: nil). Only a module with one section per rubric may keep one.
    var scorecardKey: String? { get }

    /// The panel's value of an observation from the raters' values (default:
    /// ``ObservationRequest/defaultMerge(_:)``, the median of the recorded values or the most frequent choice).
    func mergeObservation(
        _ request: ObservationRequest, values: [ObservationValue], in section: RubricSection, of rubric: Rubric
    ) -> ObservationValue?

    /// The section's configuration in plain words, for interviewer guides ("a criterion rated 1 is a red flag").
    func describeConfiguration(of section: RubricSection, in rubric: Rubric) -> [LocalizedText]

    /// Every rule of the section that can decide on its own (a knock-out), as the rubric writes it.
    ///
    /// The host gives "no decision" while a criterion or language a rule needs is not rated, and the
    /// docs, `rubric show` and the reports list the rules with their rationale. A module must not
    /// create a knock-out the rubric does not write.
    func knockOutRules(of section: RubricSection, in rubric: Rubric) -> [KnockOutRule]

    /// Whether a rubric may have several sections scored by this module (default: no, one section per module,
    /// so that a competency is weighed once).
    var allowsSeveralSections: Bool { get }

    /// Texts the kit prints on pages of their own: what the candidate is handed for a role-play or a work sample,
    /// and the interviewer's script, kept apart so the candidate never sees the script (default: none).
    func handouts(of section: RubricSection, in rubric: Rubric) -> [Handout]
}

/// A text printed on a page of its own in an interviewer kit: a candidate brief or an interviewer-only script.
public struct Handout: Sendable, Hashable {
    /// Who reads it.
    public enum Audience: String, Sendable, Hashable {
        /// Handed to the candidate.
        case candidate
        /// For the interviewer or role-player only.
        case interviewer
    }

    /// Who reads it.
    public var audience: Audience
    /// Its heading.
    public var title: LocalizedText
    /// The text.
    public var text: LocalizedText

    /// Creates a handout.
    public init(audience: Audience, title: LocalizedText, text: LocalizedText) {
        self.audience = audience
        self.title = title
        self.text = text
    }
}

/// A rule of a rubric section that can decide a candidate on its own, whatever the averages.
public struct KnockOutRule: Sendable, Hashable {
    /// The code of the findings the rule raises (`red-flag`, `critical-skill-gap`, ...).
    public var code: String
    /// The rule in words ("'Empathy' rated 1 or lower").
    public var description: LocalizedText
    /// Why the job needs the rule, as the rubric writes it (AGG: a knock-out must be necessary for the job).
    public var rationale: LocalizedText?
    /// The criteria that must be rated before the rule can be said not to fire.
    public var criteria: [String]
    /// The ids of the section's observations (``ObservationRequest/id``) that must be recorded before the
    /// rule can be said not to fire.
    public var observations: [String]

    /// Creates a rule.
    public init(
        code: String, description: LocalizedText, rationale: LocalizedText?, criteria: [String] = [],
        observations: [String] = []
    ) {
        self.code = code
        self.description = description
        self.rationale = rationale
        self.criteria = criteria
        self.observations = observations
    }
}

extension ScoringModule {
    /// What the interviewer is asked for per criterion (default: "rating").
    public var ratingPrompt: LocalizedText { ScoringMessages.rating }

    /// Extra observations the module needs for a section (default: none).
    public func observations(for section: RubricSection, in rubric: Rubric) -> [ObservationRequest] { [] }

    /// Observations are written under `observations:` (default).
    public var scorecardKey: String? { nil }

    /// The core's merge of the kind (default).
    public func mergeObservation(
        _ request: ObservationRequest, values: [ObservationValue], in section: RubricSection, of rubric: Rubric
    ) -> ObservationValue? {
        request.defaultMerge(values)
    }

    /// The section's configuration in plain words (default: none).
    public func describeConfiguration(of section: RubricSection, in rubric: Rubric) -> [LocalizedText] { [] }

    /// The section's knock-out rules (default: none).
    public func knockOutRules(of section: RubricSection, in rubric: Rubric) -> [KnockOutRule] { [] }

    /// One section per module (default).
    public var allowsSeveralSections: Bool { false }

    /// No handouts (default).
    public func handouts(of section: RubricSection, in rubric: Rubric) -> [Handout] { [] }
}
