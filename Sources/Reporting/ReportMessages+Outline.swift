import ScoringCore

// The rubric outline that `rubric show` prints.
extension ReportMessages {
    /// The label before the role family: "Role family: ".
    package static let roleFamily = LocalizedText(en: "Role family: ", de: "Rollenfamilie: ")
    /// The label before the rubric's owner: "Owner: ".
    package static let owner = LocalizedText(en: "Owner: ", de: "Verantwortlich: ")
    /// The label before the day a rubric applies from: "Effective from: ".
    package static let effectiveFrom = LocalizedText(en: "Effective from: ", de: "Gültig ab: ")
    /// The label before the rubric's languages: "Languages: ".
    package static let languages = LocalizedText(en: "Languages: ", de: "Sprachen: ")
    /// The heading of the requirements.
    package static let requirementProfile = LocalizedText(en: "Requirement profile", de: "Anforderungsprofil")
    /// The label before the scale's levels: "Scale: ".
    package static let scale = LocalizedText(en: "Scale: ", de: "Skala: ")
    /// What n/a means, after the scale's levels.
    package static let notAssessedLevel = LocalizedText(en: "; n/a = not assessed", de: "; n/a = nicht beurteilt")
    /// The word before a weight: "weight".
    package static let weight = LocalizedText(en: "weight", de: "Gewicht")
    /// The word before the requirements a criterion measures: "measures".
    package static let measures = LocalizedText(en: "measures", de: "misst")
    /// Said of a criterion whose ratings need evidence.
    package static let evidenceRequired = LocalizedText(en: "evidence required", de: "Beleg erforderlich")
    /// The mark before a question: "Q" (question), "F" (Frage).
    package static let questionMark = LocalizedText(en: "Q", de: "F")
    /// The kind of a question that asks for past behaviour.
    package static let behavioural = LocalizedText(en: "behavioural", de: "verhaltensbezogen")
    /// The kind of a question that asks about a situation.
    package static let situational = LocalizedText(en: "situational", de: "situativ")
    /// The heading of the decision rules.
    package static let decisionRules = LocalizedText(en: "Decision rules", de: "Entscheidungsregeln")

    /// The minimum coverage and the knock-out cap, in one line.
    package static func coverageAndCap(_ coverage: String, cap: LocalizedText) -> LocalizedText {
        .init(
            en:
                "  Minimum coverage \(coverage) of criteria, else no decision; knock-outs cap at \"\(cap.text(in: "en"))\"",
            de:
                "  Mindestabdeckung \(coverage) der Kriterien, sonst keine Entscheidung; K.-o.-Kriterien begrenzen auf „\(cap.text(in: "de"))“"
        )
    }

    /// How the raters' ratings of a criterion become one.
    package static func consensus(_ method: LocalizedText) -> LocalizedText {
        .init(
            en: "  Consensus per criterion: \(method.text(in: "en"))",
            de: "  Konsens je Kriterium: \(method.text(in: "de"))")
    }

    /// The label before a rationale: "Why: ".
    package static let why = LocalizedText(en: "Why: ", de: "Begründung: ")
    /// The heading of the knock-out rules.
    package static let knockOutRules = LocalizedText(en: "Knock-out rules", de: "K.-o.-Regeln")
    /// Said under a heading with nothing to list.
    package static let none = LocalizedText(en: "none", de: "keine")

    static var outlineEntries: [(name: String, text: LocalizedText)] {
        [
            ("roleFamily", roleFamily), ("owner", owner), ("effectiveFrom", effectiveFrom), ("languages", languages),
            ("requirementProfile", requirementProfile), ("scale", scale), ("notAssessedLevel", notAssessedLevel),
            ("weight", weight), ("measures", measures), ("evidenceRequired", evidenceRequired),
            ("questionMark", questionMark), ("behavioural", behavioural), ("situational", situational),
            ("decisionRules", decisionRules),
            ("coverageAndCap", coverageAndCap("80%", cap: LocalizedText(en: "no", de: "nein"))),
            ("consensus", consensus(LocalizedText(en: "median", de: "Median"))), ("why", why),
            ("knockOutRules", knockOutRules), ("none", none),
        ]
    }
}
