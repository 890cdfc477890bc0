import ScoringCore

/// The work-sample module's sentences, each with its German and English text: its observations, the diagnostics of
/// its `config` (task, time limit, must-pass criteria, variants), its rules and handouts in words, and the findings
/// of its score.
///
/// The configuration messages show when a rubric is validated; the rules and handouts in the rubric guides
/// (docs/rubrics) and `hirescore rubric show`; the rest at `enter`, in `score`, `merge` and the reports.
enum WorkSampleMessages: MessageCatalogue {
    /// The module's name.
    static let name = LocalizedText(en: "Work sample", de: "Arbeitsprobe")

    /// What the raters are asked for per criterion.
    static let ratingPrompt = LocalizedText(en: "rating of the product", de: "Bewertung des Ergebnisses")

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

    /// A section without `config`.
    static func missingConfig(_ section: String) -> LocalizedText {
        .init(
            en:
                "section '\(section)' (work-sample) needs a 'config' with the task, its time limit and the candidate's brief",
            de:
                "Abschnitt '\(section)' (work-sample) braucht eine 'config' mit der Aufgabe, ihrer Zeitvorgabe und der Information für die Bewerberin bzw. den Bewerber"
        )
    }

    /// The hint for a missing `config`.
    static let addConfig = LocalizedText(
        en: "add 'config: {task: ..., time-limit-minutes: 20, brief: ...}'",
        de: "ergänzen Sie 'config: {task: ..., time-limit-minutes: 20, brief: ...}'")

    /// A time limit outside 1 to `longest` minutes.
    static func invalidTimeLimit(_ minutes: Int, longest: Int) -> LocalizedText {
        .init(
            en: "'time-limit-minutes' must be from 1 to \(longest), found \(minutes)",
            de: "'time-limit-minutes' muss zwischen 1 und \(longest) liegen, gefunden: \(minutes)")
    }

    /// The hint for an invalid time limit.
    static let workSampleIsShort = LocalizedText(
        en: "a work sample is short: 15 to 45 minutes is usual",
        de: "eine Arbeitsprobe ist kurz: 15 bis 45 Minuten sind üblich")

    /// A must-pass criterion the section does not have; `id` is shortened.
    static func unknownMustPass(_ id: String, section: String) -> LocalizedText {
        .init(
            en: "must-pass criterion '\(id)' is not a criterion of section '\(section)'",
            de: "Muss-Kriterium '\(id)' ist kein Kriterium von Abschnitt '\(section)'")
    }

    /// The hint for an unknown must-pass criterion with no close one.
    static let nameACriterion = LocalizedText(
        en: "name a criterion of the section", de: "nennen Sie ein Kriterium des Abschnitts")

    /// The context of one must-pass criterion.
    static func mustPassContext(_ id: String) -> LocalizedText {
        .init(en: "must-pass criterion '\(id)'", de: "Muss-Kriterium '\(id)'")
    }

    /// A must-pass level off the scale; `scale` is its range ("1..5").
    static func mustPassOffScale(_ level: Int, criterion: String, scale: String) -> LocalizedText {
        .init(
            en: "must-pass level \(level) of '\(criterion)' is not on the scale \(scale)",
            de: "Muss-Stufe \(level) von '\(criterion)' liegt nicht auf der Skala \(scale)")
    }

    /// The knock-out rule of a must-pass criterion, in the message about its missing rationale.
    static func mustPassRule(_ id: String) -> LocalizedText {
        .init(en: "the must-pass criterion '\(id)'", de: "das Muss-Kriterium '\(id)'")
    }

    static var entries: [(name: String, text: LocalizedText)] { configurationEntries + scoringEntries }

    static let configurationEntries: [(name: String, text: LocalizedText)] = [
        ("name", name), ("ratingPrompt", ratingPrompt), ("timeTaken", timeTaken), ("variant", variant),
        ("timeLimit", timeLimit(20)), ("overTime", overTime(31, limit: 20)), ("emptyVariants", emptyVariants),
        ("missingConfig", missingConfig("work-sample")), ("addConfig", addConfig),
        ("invalidTimeLimit", invalidTimeLimit(300, longest: 240)), ("workSampleIsShort", workSampleIsShort),
        ("unknownMustPass", unknownMustPass("tone", section: "work-sample")), ("nameACriterion", nameACriterion),
        ("mustPassContext", mustPassContext("correct-amount")),
        ("mustPassOffScale", mustPassOffScale(7, criterion: "correct-amount", scale: "1..5")),
        ("mustPassRule", mustPassRule("correct-amount")),
    ]
}
