import ScoringCore

/// The technical-depth module's sentences, each with its German and English text: the diagnostics of its `config`
/// (the required level of each skill), its rules in words, and the explanations, findings and training needs of its
/// score.
///
/// The configuration messages show when a rubric is validated; the rules in the rubric guides (docs/rubrics) and
/// `hirescore rubric show`; the rest at `enter`, in `score`, `merge` and the reports.
enum TechnicalDepthMessages: MessageCatalogue {
    /// The module's name.
    static let name = LocalizedText(en: "Technical depth", de: "Fachliche Tiefe")

    /// What the interviewer is asked for per criterion.
    static let ratingPrompt = LocalizedText(en: "observed level", de: "beobachtete Stufe")

    /// A section without `config`.
    static func missingConfig(_ section: String) -> LocalizedText {
        .init(
            en: "section '\(section)' (technical-depth) needs a 'config' with the required level of each skill",
            de:
                "Abschnitt '\(section)' (technical-depth) braucht eine 'config' mit der geforderten Stufe jeder Fähigkeit"
        )
    }

    /// The hint for a missing `config`, with the section's first criterion.
    static func addConfig(_ skill: String) -> LocalizedText {
        .init(
            en: "add 'config: {skills: {\(skill): {required: 3}}}'",
            de: "ergänzen Sie 'config: {skills: {\(skill): {required: 3}}}'")
    }

    /// A key of the retired bonus scoring.
    static func retiredKey(_ key: String) -> LocalizedText {
        .init(
            en:
                "'\(key)' is gone: technical depth scores on the rubric's scale like every section (a candidate who meets every requirement scores the 'meets' level)",
            de:
                "'\(key)' entfällt: fachliche Tiefe wird wie jeder Abschnitt auf der Skala der Vorlage bewertet (wer jede Anforderung erfüllt, erreicht die Stufe „erfüllt“)"
        )
    }

    /// The hint for a retired key.
    static func removeKey(_ key: String) -> LocalizedText {
        .init(en: "remove '\(key)'", de: "entfernen Sie '\(key)'")
    }

    /// A skill that is not a criterion of the section; `id` is shortened.
    static func unknownSkill(_ id: String, section: String) -> LocalizedText {
        .init(
            en: "skill '\(id)' is not a criterion of section '\(section)'",
            de: "Fähigkeit '\(id)' ist kein Kriterium von Abschnitt '\(section)'")
    }

    /// The hint for an unknown skill with no close criterion.
    static let skillIsCriterion = LocalizedText(
        en: "every skill is a criterion of the section; add the criterion or remove the skill",
        de:
            "jede Fähigkeit ist ein Kriterium des Abschnitts; ergänzen Sie das Kriterium oder entfernen Sie die Fähigkeit"
    )

    /// A criterion without a required level.
    static func missingSkill(_ criterion: String) -> LocalizedText {
        .init(
            en: "criterion '\(criterion)' has no required level under 'skills'",
            de: "Kriterium '\(criterion)' hat keine geforderte Stufe unter 'skills'")
    }

    /// The hint for a criterion without a required level.
    static func addSkill(_ criterion: String) -> LocalizedText {
        .init(en: "add '\(criterion): {required: 3}'", de: "ergänzen Sie '\(criterion): {required: 3}'")
    }

    /// The context of one skill.
    static func skillContext(_ id: String) -> LocalizedText {
        .init(en: "skill '\(id)'", de: "Fähigkeit '\(id)'")
    }

    /// A required level off the scale; `scale` is its range ("1..5").
    static func requiredOffScale(_ level: Int, skill: String, scale: String) -> LocalizedText {
        .init(
            en: "required level \(level) of skill '\(skill)' is not on the scale \(scale)",
            de: "geforderte Stufe \(level) der Fähigkeit '\(skill)' liegt nicht auf der Skala \(scale)")
    }

    /// The knock-out rule of a critical skill, in the message about its missing rationale.
    static func criticalSkill(_ id: String) -> LocalizedText {
        .init(en: "the critical skill '\(id)'", de: "die kritische Fähigkeit '\(id)'")
    }

    /// A required level other than the scale's "meets" level, without a rationale.
    static func requiredNotMeets(_ skill: String, level: Int, label: LocalizedText) -> LocalizedText {
        .init(
            en: "skill '\(skill)' requires level \(level), which the scale calls \"\(label.text(in: "en"))\"",
            de: "Fähigkeit '\(skill)' fordert Stufe \(level), die die Skala „\(label.text(in: "de"))“ nennt")
    }

    /// The hint for a required level other than "meets"; `meets` is that level, when the scale has one.
    static func requireMeets(_ meets: Int?) -> LocalizedText {
        .init(
            en:
                "rate skills against this job's requirements and require the 'meets' level\(meets.map { " (\($0))" } ?? ""), or give a 'rationale'",
            de:
                "bewerten Sie Fähigkeiten an den Anforderungen dieser Stelle und fordern Sie die Stufe „erfüllt“\(meets.map { " (\($0))" } ?? ""), oder geben Sie eine 'rationale' an"
        )
    }

    static var entries: [(name: String, text: LocalizedText)] { configurationEntries + scoringEntries }

    static let configurationEntries: [(name: String, text: LocalizedText)] = [
        ("name", name), ("ratingPrompt", ratingPrompt), ("missingConfig", missingConfig("technical")),
        ("addConfig", addConfig("claims-law")), ("retiredKey", retiredKey("bonus-cap")),
        ("removeKey", removeKey("bonus-cap")), ("unknownSkill", unknownSkill("claims-lw", section: "technical")),
        ("skillIsCriterion", skillIsCriterion), ("missingSkill", missingSkill("claims-law")),
        ("addSkill", addSkill("claims-law")), ("skillContext", skillContext("claims-law")),
        ("requiredOffScale", requiredOffScale(7, skill: "claims-law", scale: "1..5")),
        ("criticalSkill", criticalSkill("claims-law")),
        (
            "requiredNotMeets",
            requiredNotMeets("claims-law", level: 4, label: LocalizedText(en: "above", de: "über den Anforderungen"))
        ),
        ("requireMeets", requireMeets(3)),
    ]
}
