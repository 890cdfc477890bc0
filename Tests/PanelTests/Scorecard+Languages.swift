import ScoringCore

extension Scorecard {
    /// The recorded levels of every section's observations by observation id: the observed languages in these
    /// fixtures, whose conversation-skills section is `cs`.
    var languages: [String: String] {
        var result: [String: String] = [:]
        for values in observations.values {
            for (id, value) in values { if case .level(let level) = value { result[id] = level } }
        }
        return result
    }

    /// The observations recorded as n/a, by id.
    var notAssessed: Set<String> {
        Set(observations.values.flatMap { values in values.filter { $0.value == .notAssessed }.map(\.key) })
    }
}
