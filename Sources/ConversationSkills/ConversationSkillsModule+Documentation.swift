import ScoringCore

extension ConversationSkillsModule {
    /// Summary, rationale, the scoring rule, configuration and worked examples (run by the tests).
    package var documentation: ModuleDocumentation {
        ModuleDocumentation(
            summary: .init(
                en:
                    "Scores listening, structure, questioning and de-escalation, with an optional role-play and language requirements on the CEFR scale.",
                de:
                    "Bewertet Zuhören, Struktur, Fragetechnik und Deeskalation, mit optionalem Rollenspiel und Sprachanforderungen nach GER."
            ),
            rationale: .init(
                en:
                    "How a candidate talks about handling a call is weaker evidence than how they handle one: a short role-play (an escalated customer call) is scored as its own part. Language levels are observed, not self-reported, and a job that needs a language at a level cannot be filled below it.",
                de:
                    "Wie jemand über ein schwieriges Gespräch spricht, sagt weniger als wie er es führt: ein kurzes Rollenspiel (ein eskalierter Kundenanruf) wird als eigener Teil bewertet. Sprachniveaus werden beobachtet, nicht selbst eingeschätzt, und eine Stelle, die eine Sprache auf einer Stufe braucht, kann darunter nicht besetzt werden."
            ),
            scoring: .init(
                en:
                    "Interview criteria and role-play criteria each give a weighted mean (n/a left out). With a role-play, the section score is (1 − w) × interview + w × role-play, where w is the role-play weight; when one part has no ratings the other counts alone. A mandatory language observed below its required level is a knock-out; an optional one is a flag.",
                de:
                    "Interviewkriterien und Rollenspielkriterien ergeben je ein gewichtetes Mittel (ohne n/a). Mit Rollenspiel ist der Abschnittswert (1 − w) × Interview + w × Rollenspiel, wobei w das Gewicht des Rollenspiels ist; hat ein Teil keine Bewertungen, zählt der andere allein. Eine verpflichtende Sprache unter der geforderten Stufe ist ein K.-o.-Kriterium, eine optionale ein Hinweis."
            ),
            configuration: [
                .init(
                    en:
                        "languages: a list of {language, required (A1..C2), mandatory (default false), rationale}; a mandatory language needs its rationale. In a panel, the language level is the median of the raters who assessed it, and a mandatory language knocks out only when at least two raters observed it below the requirement",
                    de:
                        "languages: eine Liste von {language, required (A1..C2), mandatory (Standard false), rationale}; eine verpflichtende Sprache braucht ihre Begründung. Im Panel ist das Sprachniveau der Median der Bewertenden, die es beurteilt haben, und eine verpflichtende Sprache führt nur zum K.-o., wenn mindestens zwei Bewertende sie unter der Anforderung beobachtet haben"
                ),
                .init(
                    en: "role-play: {weight (between 0 and 1), criteria (ids of this section), scenario (text)}",
                    de:
                        "role-play: {weight (zwischen 0 und 1), criteria (Kennungen dieses Abschnitts), scenario (Text)}"
                ),
            ],
            examples: [
                ModuleExample(
                    .init(
                        en: "Interview and role-play blended by the role-play weight",
                        de: "Interview und Rollenspiel nach Gewicht gemischt"),
                    section: Self.exampleSection,
                    ratings: ["active-listening": .level(4), "structure": .level(2), "escalated-call": .level(5)],
                    observations: ["de": .level("C2"), "en": .level("B2")], expectedScore: 3.8),
                ModuleExample(
                    .init(
                        en: "Role-play not rated: the interview counts alone",
                        de: "Rollenspiel nicht bewertet: das Interview zählt allein"),
                    section: Self.exampleSection,
                    ratings: ["active-listening": .level(4), "structure": .level(3), "escalated-call": .notAssessed],
                    observations: ["de": .level("C1"), "en": .level("B2")], expectedScore: 3.5),
                ModuleExample(
                    .init(
                        en: "A mandatory language below its level is a knock-out",
                        de: "Eine verpflichtende Sprache unter ihrer Stufe ist ein K.-o.-Kriterium"),
                    section: Self.exampleSection,
                    ratings: ["active-listening": .level(5), "structure": .level(5), "escalated-call": .level(5)],
                    observations: ["de": .level("B2"), "en": .level("B2")], expectedScore: 5,
                    expectedKnockOuts: ["language-below-required"]),
                ModuleExample(
                    .init(
                        en: "An optional language below its level is only a flag",
                        de: "Eine optionale Sprache unter ihrer Stufe ist nur ein Hinweis"),
                    section: Self.exampleSection,
                    ratings: ["active-listening": .level(3), "structure": .level(3), "escalated-call": .level(3)],
                    observations: ["de": .level("C1"), "en": .level("A2")], expectedScore: 3,
                    expectedFlags: ["language-below-required"]),
                ModuleExample(
                    .init(
                        en: "Exactly at the required level passes", de: "Genau auf der geforderten Stufe ist bestanden"),
                    section: Self.exampleSection,
                    ratings: ["escalated-call": .level(4)],
                    observations: ["de": .level("C1"), "en": .level("B1")], expectedScore: 4),
            ])
    }

    static let exampleSection = """
        id: conversation-skills
        module: conversation-skills
        title: {de: Gesprächsführung, en: Conversation skills}
        weight: 25
        config:
          languages:
            - {language: de, required: C1, mandatory: true, rationale: All customer letters and calls are in German.}
            - {language: en, required: B1, mandatory: false}
          role-play: {weight: 0.4, criteria: [escalated-call]}
        criteria:
          - {id: active-listening, title: Active listening}
          - {id: structure, title: Structure and clarity}
          - {id: escalated-call, title: Escalated call}
        """
}
