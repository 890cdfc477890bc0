import ScoringCore

extension CustomerOrientationModule {
    /// Summary, rationale, the scoring rule, configuration and worked examples (run by the tests).
    package var documentation: ModuleDocumentation {
        ModuleDocumentation(
            summary: .init(
                en:
                    "Scores how a candidate serves external and internal customers, from behaviourally anchored criteria.",
                de:
                    "Bewertet, wie Bewerbende externe und interne Kunden bedienen, anhand verhaltensverankerter Kriterien."
            ),
            rationale: .init(
                en:
                    "Back-office staff shape what customers experience even when they never meet them. Behaviourally anchored ratings of past and situational behaviour predict this better than general impressions, and one clear red flag (blaming customers, refusing ownership) must not be averaged away by strengths elsewhere.",
                de:
                    "Mitarbeitende im Innendienst prägen das Kundenerlebnis, auch wenn sie Kunden nie treffen. Verhaltensverankerte Bewertungen von vergangenem und situativem Verhalten sagen das besser vorher als allgemeine Eindrücke, und ein klares Warnsignal (Kunden die Schuld geben, keine Verantwortung übernehmen) darf nicht durch Stärken an anderer Stelle weggemittelt werden."
            ),
            scoring: .init(
                en:
                    "The section score is the weighted mean of the rated criteria; n/a is left out. Where the rubric writes them, any criterion rated at or below the red-flag level is a knock-out, and so is a section score below the minimum. Without them the section has no knock-out rule.",
                de:
                    "Der Abschnittswert ist das gewichtete Mittel der bewerteten Kriterien; n/a wird nicht gezählt. Wo die Vorlage sie festlegt, ist jedes Kriterium auf oder unter der Warnstufe ein K.-o.-Kriterium, ebenso ein Abschnittswert unter dem Minimum. Ohne sie hat der Abschnitt keine K.-o.-Regel."
            ),
            configuration: [
                .init(
                    en:
                        "red-flag: {level, rationale}: a criterion rated at or below the level is a red flag, a knock-out (no default: without it, no red flags)",
                    de:
                        "red-flag: {level, rationale}: ein Kriterium auf oder unter der Stufe ist ein Warnsignal, ein K.-o.-Kriterium (kein Standard: ohne die Angabe keine Warnsignale)"
                ),
                .init(
                    en:
                        "minimum: {score, rationale}: a section score below the score is a knock-out (no default: without it, no minimum)",
                    de:
                        "minimum: {score, rationale}: ein Abschnittswert unter dem Wert ist ein K.-o.-Kriterium (kein Standard: ohne die Angabe kein Minimum)"
                ),
            ],
            examples: [
                ModuleExample(
                    .init(en: "Weighted mean of rated criteria", de: "Gewichtetes Mittel der bewerteten Kriterien"),
                    section: Self.exampleSection,
                    ratings: ["ownership": .level(4), "empathy": .level(3), "internal-customer": .level(5)],
                    expectedScore: 4),
                ModuleExample(
                    .init(
                        en: "n/a is left out, never counted as zero", de: "n/a wird ausgelassen, nie als null gezählt"),
                    section: Self.exampleSection, ratings: ["ownership": .level(5), "empathy": .notAssessed],
                    expectedScore: 5),
                ModuleExample(
                    .init(
                        en: "A red flag is a knock-out whatever the mean",
                        de: "Ein Warnsignal ist ein K.-o.-Kriterium, egal wie hoch das Mittel ist"),
                    section: Self.exampleSection,
                    ratings: ["ownership": .level(5), "empathy": .level(1), "internal-customer": .level(5)],
                    expectedScore: 4, expectedKnockOuts: ["red-flag"]),
                ModuleExample(
                    .init(
                        en: "Exactly at the minimum is not a knock-out",
                        de: "Genau auf dem Minimum ist kein K.-o.-Kriterium"),
                    section: Self.exampleSection,
                    ratings: ["ownership": .level(3), "empathy": .level(2), "internal-customer": .level(2)],
                    expectedScore: 2.5),
                ModuleExample(
                    .init(en: "Below the minimum is a knock-out", de: "Unter dem Minimum ist ein K.-o.-Kriterium"),
                    section: Self.exampleSection,
                    ratings: ["ownership": .level(2), "empathy": .level(2), "internal-customer": .level(3)],
                    expectedScore: 2.25, expectedKnockOuts: ["below-minimum"]),
                ModuleExample(
                    .init(
                        en: "All n/a gives no score and no knock-out", de: "Alles n/a ergibt keinen Wert und kein K.-o."
                    ),
                    section: Self.exampleSection, ratings: [:], expectedScore: nil),
            ])
    }

    static let exampleSection = """
        id: customer-orientation
        module: customer-orientation
        title: {de: Kundenorientierung, en: Customer orientation}
        weight: 35
        config:
          red-flag: {level: 1, rationale: Blaming customers loses them whatever else the person can do.}
          minimum: {score: 2.5, rationale: Every task of the job involves customers.}
        criteria:
          - {id: ownership, weight: 2, title: Ownership}
          - {id: empathy, weight: 1, title: Empathy}
          - {id: internal-customer, weight: 1, title: Internal customer}
        """
}
