import ScoringCore

/// What modules add to a report beyond scores: their outputs (training needs and the like) and the observations
/// recorded for a section (languages, time taken), each shown under the label its module declares.
enum ModuleDataLines {
    /// "observed" before a scorecard's observations of a section.
    static let observed = ScorecardReportMessages.observed
    /// "observed (panel)" before the panel's merged observations of a section.
    static let observedByPanel = PanelReportMessages.observedByPanel

    /// Each output line of a section's result with its label: "training need: Excel: observed 2, required 3".
    static func outputs(of result: SectionResult, in language: Language) -> [String] {
        result.outputs.flatMap { output in
            output.lines.map { "\(output.label.text(in: language)): \($0.text(in: language))" }
        }
    }

    /// Each section of `rubric` with recorded observations in `values` (n/a left out), as one line:
    /// "Conversation skills, observed: German C2, English B1", in the order the module declares them.
    static func observations(
        _ values: [String: [String: ObservationValue]], rubric: Rubric, heading: LocalizedText, in language: Language
    ) -> [String] {
        rubric.sections.compactMap { section in
            let shown = section.observations.compactMap { request -> String? in
                guard let value = values[section.id]?[request.id], value.isRecorded else { return nil }
                return "\(request.label.text(in: language)) \(request.display(value, in: language.rawValue))"
            }
            guard !shown.isEmpty else { return nil }
            return "\(section.title.text(in: language)), \(heading.text(in: language)): "
                + shown.joined(separator: ", ")
        }
    }

    /// A section's recorded values by observation id as written in scorecards (n/a included), for JSON; nil
    /// when there are none, so that the key is left out.
    static func values(_ values: [String: ObservationValue]?) -> [String: String]? {
        guard let values, !values.isEmpty else { return nil }
        return values.mapValues(\.text)
    }

    /// A section's outputs by id, each with its lines, for JSON; nil when there are none.
    static func outputs(_ outputs: [ModuleOutput], in language: Language) -> [String: [String]]? {
        guard !outputs.isEmpty else { return nil }
        return Dictionary(outputs.map { ($0.id, $0.lines.map { $0.text(in: language) }) }, uniquingKeysWith: +)
    }
}
