import ScoringCore

extension TechnicalDepthModule {
    /// Summary, rationale, the scoring rule, configuration and worked examples (run by the tests).
    package var documentation: ModuleDocumentation {
        ModuleDocumentation(
            summary: .init(
                en:
                    "Scores observed skill levels on the rubric's scale against the levels the role requires: each skill's gap shown, critical gaps as knock-outs, other gaps as training needs.",
                de:
                    "Bewertet beobachtete Fähigkeitsstufen auf der Skala der Vorlage gegen die geforderten Stufen: der Abstand jeder Fähigkeit sichtbar, kritische Lücken als K.-o.-Kriterium, andere Lücken als Trainingsbedarf."
            ),
            rationale: .init(
                en:
                    "Technical depth is a profile: the panel must see which skill falls short of what the job requires, not only an average. A section score on the scale's own meaning (3 = meets the requirements) keeps it comparable with the other sections; a gap in a critical skill cannot be trained in the first weeks, so it is a knock-out the rubric must justify, while gaps in other skills are what onboarding should cover.",
                de:
                    "Fachliche Tiefe ist ein Profil: das Panel muss sehen, welche Fähigkeit hinter den Anforderungen der Stelle zurückbleibt, nicht nur einen Durchschnitt. Ein Abschnittswert mit der Bedeutung der Skala (3 = erfüllt die Anforderungen) bleibt mit den anderen Abschnitten vergleichbar; eine Lücke in einer kritischen Fähigkeit lässt sich in den ersten Wochen nicht schließen, daher ist sie ein K.-o.-Kriterium, das die Vorlage begründen muss, während Lücken in anderen Fähigkeiten Aufgabe der Einarbeitung sind."
            ),
            scoring: .init(
                en:
                    "The section score is the weighted mean of the rated skills; n/a is left out. Each skill's gap is rated − required. A critical skill rated below its required level is a knock-out; any other skill below its requirement is a training need.",
                de:
                    "Der Abschnittswert ist das gewichtete Mittel der bewerteten Fähigkeiten; n/a wird nicht gezählt. Der Abstand jeder Fähigkeit ist bewertet − gefordert. Eine kritische Fähigkeit unter ihrer geforderten Stufe ist ein K.-o.-Kriterium; jede andere Fähigkeit unter ihrer Anforderung ist Trainingsbedarf."
            ),
            configuration: [
                .init(
                    en:
                        "skills: for every criterion of the section, {required: level, critical: true|false, rationale: {de, en}}; a critical skill needs its rationale, and so does a required level whose scale label says \"below\" or \"above requirements\"",
                    de:
                        "skills: für jedes Kriterium des Abschnitts {required: Stufe, critical: true|false, rationale: {de, en}}; eine kritische Fähigkeit braucht ihre Begründung, ebenso eine geforderte Stufe, deren Skalenbezeichnung „unter“ oder „über den Anforderungen“ lautet"
                )
            ],
            examples: [
                ModuleExample(
                    .init(
                        en: "Every requirement met exactly scores the 'meets' level",
                        de: "Jede Anforderung genau erfüllt ergibt die Stufe „erfüllt“"),
                    section: Self.exampleSection,
                    ratings: ["sap-fi": .level(3), "claims-law": .level(3), "excel": .level(3)],
                    expectedScore: 3),
                ModuleExample(
                    .init(en: "All 4s score 4, never more", de: "Lauter 4en ergeben 4, nie mehr"),
                    section: Self.exampleSection,
                    ratings: ["sap-fi": .level(4), "claims-law": .level(4), "excel": .level(4)],
                    expectedScore: 4),
                ModuleExample(
                    .init(
                        en: "A critical skill below its required level is a knock-out",
                        de: "Eine kritische Fähigkeit unter der geforderten Stufe ist ein K.-o.-Kriterium"),
                    section: Self.exampleSection,
                    ratings: ["sap-fi": .level(5), "claims-law": .level(2), "excel": .level(5)],
                    expectedScore: 3.8, expectedKnockOuts: ["critical-skill-gap"]),
                ModuleExample(
                    .init(
                        en: "A gap in a skill that is not critical is a training need, not a knock-out",
                        de: "Eine Lücke in einer nicht kritischen Fähigkeit ist Trainingsbedarf, kein K.-o."),
                    section: Self.exampleSection,
                    ratings: ["sap-fi": .level(2), "claims-law": .level(3), "excel": .notAssessed],
                    expectedScore: 2.5),
                ModuleExample(
                    .init(
                        en: "Below the requirements everywhere scores below the 'meets' level",
                        de: "Überall unter den Anforderungen ergibt weniger als „erfüllt“"),
                    section: Self.exampleSection,
                    ratings: ["sap-fi": .level(2), "claims-law": .level(2), "excel": .level(2)],
                    expectedScore: 2, expectedKnockOuts: ["critical-skill-gap"]),
            ])
    }

    static let exampleSection = """
        id: technical-depth
        module: technical-depth
        title: {de: Fachliche Tiefe, en: Technical depth}
        weight: 40
        config:
          skills:
            sap-fi: {required: 3}
            claims-law: {required: 3, critical: true, rationale: Coverage decisions are legally binding from the first day.}
            excel: {required: 3}
        criteria:
          - {id: sap-fi, weight: 2, title: SAP FI}
          - {id: claims-law, weight: 2, title: Claims law}
          - {id: excel, weight: 1, title: Excel}
        """
}
