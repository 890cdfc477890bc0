import ScoringCore

/// The technical-depth module's rules in words, and the explanations, findings and training needs of its score.
extension TechnicalDepthMessages {
    /// A skill's requirement in words; `label` is the scale's name for the level, when it has one.
    static func skillRule(_ title: LocalizedText, required: Int, label: LocalizedText?, critical: Bool)
        -> LocalizedText
    {
        let labelEN = label.map { " (\"\($0.text(in: "en"))\")" } ?? ""
        let labelDE = label.map { " („\($0.text(in: "de"))“)" } ?? ""
        return .init(
            en:
                "\(title.text(in: "en")): required level \(required)\(labelEN)\(critical ? "; critical: below it is a knock-out" : "").",
            de:
                "\(title.text(in: "de")): geforderte Stufe \(required)\(labelDE)\(critical ? "; kritisch: darunter ist ein K.-o.-Kriterium" : "")."
        )
    }

    /// How the section is rated and scored.
    static let howToRate = LocalizedText(
        en:
            "Rate the level you observed against this job's requirements. The section score is the weighted mean of the levels; a gap in a skill that is not critical is a training need.",
        de:
            "Bewerten Sie die beobachtete Stufe an den Anforderungen dieser Stelle. Der Abschnittswert ist das gewichtete Mittel der Stufen; eine Lücke in einer nicht kritischen Fähigkeit ist Trainingsbedarf."
    )

    /// The knock-out rule of a critical skill.
    static func criticalSkillRule(_ title: LocalizedText, required: Int) -> LocalizedText {
        .init(
            en:
                "Critical skill '\(title.text(in: "en"))' rated below the required level \(required) is a knock-out.",
            de:
                "Kritische Fähigkeit '\(title.text(in: "de"))' unter der geforderten Stufe \(required) ist ein K.-o.-Kriterium."
        )
    }

    /// The finding of a critical skill below its required level.
    static func criticalSkillGap(_ title: LocalizedText, observed: Double, required: Int) -> LocalizedText {
        .init(
            en:
                "critical skill '\(title.text(in: "en"))' is below its required level (observed \(Format.number(observed)), required \(required))",
            de:
                "kritische Fähigkeit '\(title.text(in: "de"))' liegt unter der geforderten Stufe (beobachtet \(Format.number(observed, language: .de)), gefordert \(required))"
        )
    }

    /// A training need: a skill that is not critical below its required level.
    static func trainingNeed(_ title: LocalizedText, observed: Double, required: Int) -> LocalizedText {
        .init(
            en: "\(title.text(in: "en")): observed \(Format.number(observed)), required \(required)",
            de: "\(title.text(in: "de")): beobachtet \(Format.number(observed, language: .de)), gefordert \(required)")
    }

    /// The label of the training needs in results.
    static let trainingNeeds = LocalizedText(en: "training need", de: "Trainingsbedarf")

    /// The explanation of each skill's gap to its required level: the criterion and its gap in English notation
    /// ("−0.5").
    static func gaps(_ gaps: [(criterion: String, gap: String)]) -> LocalizedText {
        .init(
            en: "gap to the required level (rated − required): "
                + gaps.map { "\($0.criterion) \($0.gap)" }.joined(separator: ", "),
            de: "Abstand zur geforderten Stufe (bewertet − gefordert): "
                + gaps.map { "\($0.criterion) " + Format.decimalComma($0.gap) }.joined(separator: ", "))
    }

    static let scoringEntries: [(name: String, text: LocalizedText)] = {
        let title = LocalizedText(en: "Claims law", de: "Versicherungsrecht")
        return [
            (
                "skillRule",
                skillRule(title, required: 3, label: LocalizedText(en: "meets", de: "erfüllt"), critical: true)
            ),
            ("howToRate", howToRate), ("criticalSkillRule", criticalSkillRule(title, required: 3)),
            ("criticalSkillGap", criticalSkillGap(title, observed: 2, required: 3)),
            ("trainingNeed", trainingNeed(title, observed: 2.5, required: 3)), ("trainingNeeds", trainingNeeds),
            ("gaps", gaps([("claims-law", "−0.5")])),
        ]
    }()
}
