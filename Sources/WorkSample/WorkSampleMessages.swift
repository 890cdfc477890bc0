import ScoringCore

/// The work-sample module's sentences about its observations, with German and English text.
enum WorkSampleMessages {
    /// The label of the time-taken observation.
    static let timeTaken = LocalizedText(en: "Time taken", de: "Benötigte Zeit")

    /// The label of the task-variant observation.
    static let variant = LocalizedText(en: "Task variant", de: "Aufgabenvariante")

    /// Beside the time taken at `enter`: the section's time limit.
    static func timeLimit(_ minutes: Int) -> LocalizedText {
        .init(en: "limit \(minutes) minutes", de: "Vorgabe \(minutes) Minuten")
    }

    /// The flag when the candidate took longer than the limit.
    static func overTime(_ minutes: Int, limit: Int) -> LocalizedText {
        .init(
            en: "the candidate took \(minutes) minutes, over the limit of \(limit)",
            de: "die Person brauchte \(minutes) Minuten, mehr als die Vorgabe von \(limit)")
    }

    /// A `variants:` mapping without any variant.
    static let emptyVariants = LocalizedText(
        en: "'variants' names no variant; list each as 'id: {de: ..., en: ...}', or leave the key out",
        de:
            "'variants' nennt keine Variante; geben Sie jede als 'id: {de: ..., en: ...}' an oder lassen Sie den Schlüssel weg"
    )
}
