import ScoringCore

extension TechnicalDepthModule {
    /// Summary, rationale, the scoring rule, configuration and worked examples (run by the tests).
    public var documentation: ModuleDocumentation {
        ModuleDocumentation(
            summary: .init(en: "Scores the fit of observed skill levels to the levels the role requires, listing every gap as a training need.",
                           de: "Bewertet die Passung beobachteter Fähigkeitsstufen zu den geforderten Stufen und nennt jede Lücke als Trainingsbedarf."),
            rationale: .init(
                en: "Technical depth is a profile, not a grade: a candidate who meets every requirement is a good fit, one who exceeds them is only slightly better, and a gap in a critical skill cannot be trained in the first weeks. Gaps in other skills are what onboarding should cover.",
                de: "Fachliche Tiefe ist ein Profil, keine Note: wer jede Anforderung erfüllt, passt gut, wer sie übertrifft, nur wenig besser, und eine Lücke in einer kritischen Fähigkeit lässt sich in den ersten Wochen nicht schließen. Lücken in anderen Fähigkeiten sind Aufgabe der Einarbeitung."),
            scoring: .init(
                en: "Each skill's fit is 1 when observed ≥ required, plus bonus-per-level for each level above (at most bonus-cap); below the requirement it is observed ÷ required. The weighted mean fit F gives the section score lowest + (highest − lowest) × F ÷ (1 + bonus-cap). A critical skill two or more levels short is a knock-out.",
                de: "Die Passung einer Fähigkeit ist 1, wenn beobachtet ≥ gefordert, plus bonus-per-level je Stufe darüber (höchstens bonus-cap); darunter ist sie beobachtet ÷ gefordert. Das gewichtete Mittel F ergibt den Abschnittswert niedrigste + (höchste − niedrigste) × F ÷ (1 + bonus-cap). Eine kritische Fähigkeit zwei oder mehr Stufen unter der Anforderung ist ein K.-o.-Kriterium."),
            configuration: [
                .init(en: "skills: for every criterion of the section, {required: level, critical: true|false}",
                      de: "skills: für jedes Kriterium des Abschnitts {required: Stufe, critical: true|false}"),
                .init(en: "bonus-per-level: fit bonus per level above the requirement (default 0.1)",
                      de: "bonus-per-level: Passungsbonus je Stufe über der Anforderung (Standard 0.1)"),
                .init(en: "bonus-cap: the highest bonus one skill can earn (default 0.2)",
                      de: "bonus-cap: der höchste Bonus, den eine Fähigkeit erreichen kann (Standard 0.2)"),
            ],
            examples: [
                ModuleExample(.init(en: "Every requirement met exactly", de: "Jede Anforderung genau erfüllt"),
                              section: Self.exampleSection, ratings: ["sap-fi": .level(3), "claims-law": .level(4), "excel": .level(2)],
                              expectedScore: 4.33),
                ModuleExample(.init(en: "Exceeding requirements earns a bonus, capped per skill", de: "Übertreffen der Anforderungen bringt einen Bonus, gedeckelt je Fähigkeit"),
                              section: Self.exampleSection, ratings: ["sap-fi": .level(5), "claims-law": .level(5), "excel": .level(5)],
                              expectedScore: 4.87),
                ModuleExample(.init(en: "A critical skill two levels short is a knock-out", de: "Eine kritische Fähigkeit zwei Stufen unter der Anforderung ist ein K.-o.-Kriterium"),
                              section: Self.exampleSection, ratings: ["sap-fi": .level(5), "claims-law": .level(2), "excel": .level(5)],
                              expectedScore: 4.07, expectedKnockOuts: ["critical-skill-gap"]),
                ModuleExample(.init(en: "One level short of a critical skill is a training need, not a knock-out", de: "Eine Stufe unter einer kritischen Fähigkeit ist Trainingsbedarf, kein K.-o."),
                              section: Self.exampleSection, ratings: ["sap-fi": .level(3), "claims-law": .level(3), "excel": .notAssessed],
                              expectedScore: 3.92),
                ModuleExample(.init(en: "A single rating", de: "Eine einzige Bewertung"),
                              section: Self.exampleSection, ratings: ["excel": .level(1)], expectedScore: 2.67),
            ])
    }

    static let exampleSection = """
        id: technical-depth
        module: technical-depth
        title: {de: Fachliche Tiefe, en: Technical depth}
        weight: 40
        config:
          bonus-per-level: 0.1
          bonus-cap: 0.2
          skills:
            sap-fi: {required: 3}
            claims-law: {required: 4, critical: true}
            excel: {required: 2}
        criteria:
          - {id: sap-fi, weight: 2, title: SAP FI}
          - {id: claims-law, weight: 2, title: Claims law}
          - {id: excel, weight: 1, title: Excel}
        """
}
