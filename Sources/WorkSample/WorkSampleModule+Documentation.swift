import ScoringCore

extension WorkSampleModule {
    /// Summary, rationale, the scoring rule, configuration and worked examples (run by the tests).
    package var documentation: ModuleDocumentation {
        ModuleDocumentation(
            summary: .init(
                en:
                    "Scores the product of a short task the candidate does (a letter, a decision, a triage) against its criteria; a must-pass criterion missed is a knock-out.",
                de:
                    "Bewertet das Ergebnis einer kurzen Aufgabe, die die Bewerberin bzw. der Bewerber erledigt (ein Schreiben, eine Entscheidung, eine Sichtung), an seinen Kriterien; ein verfehltes Muss-Kriterium ist ein K.-o.-Kriterium."
            ),
            rationale: .init(
                en:
                    "A work sample shows what an interview can only ask about: whether the candidate can produce the job's everyday output. Work samples are among the most valid predictors of job performance. Rating the product blind, without the interview's impression, keeps the two sources of evidence independent; a must-pass criterion names what the job cannot hand out (wrong amounts, a wrong decision), so it decides on its own and the rubric must say why.",
                de:
                    "Eine Arbeitsprobe zeigt, wonach ein Interview nur fragen kann: ob die Bewerberin bzw. der Bewerber das alltägliche Ergebnis der Stelle liefern kann. Arbeitsproben gehören zu den aussagekräftigsten Vorhersagen der Arbeitsleistung. Wer das Ergebnis blind bewertet, ohne den Eindruck aus dem Interview, hält beide Quellen unabhängig; ein Muss-Kriterium benennt, was die Stelle nicht herausgeben darf (falsche Beträge, eine falsche Entscheidung), daher entscheidet es allein, und die Vorlage muss es begründen."
            ),
            scoring: .init(
                en:
                    "The section score is the weighted mean of the rated criteria; n/a is left out. A must-pass criterion rated below its level is a knock-out. The interviewer records the minutes the candidate took (over the time limit is a flag) and, when the section lists variants, which variant was done; the panel shows the median time and the variant most raters recorded.",
                de:
                    "Der Abschnittswert ist das gewichtete Mittel der bewerteten Kriterien; n/a wird nicht gezählt. Ein Muss-Kriterium unter seiner Stufe ist ein K.-o.-Kriterium. Erfasst werden die benötigten Minuten (über der Zeitvorgabe ist ein Hinweis) und, wenn der Abschnitt Varianten nennt, die erledigte Variante; das Panel zeigt den Median der Zeit und die Variante, die die meisten erfasst haben."
            ),
            configuration: [
                .init(
                    en: "task: what the candidate does, {de, en}",
                    de: "task: was die Bewerberin bzw. der Bewerber tut, {de, en}"),
                .init(en: "time-limit-minutes: 1 to 240", de: "time-limit-minutes: 1 bis 240"),
                .init(
                    en: "brief: what the candidate is handed, {de, en}; printed on a page of its own",
                    de: "brief: was die Bewerberin bzw. der Bewerber erhält, {de, en}; auf einer eigenen Seite gedruckt"
                ),
                .init(
                    en: "script (optional): what raters look for, never shown to the candidate",
                    de: "script (optional): worauf die Bewertenden achten, nie für die Bewerberin bzw. den Bewerber"),
                .init(
                    en: "blind (optional, default true): raters score the product without the interview's notes",
                    de:
                        "blind (optional, Standard true): die Bewertenden bewerten das Ergebnis ohne die Notizen des Interviews"
                ),
                .init(
                    en:
                        "variants (optional): {id: {de, en}}, the task variants candidates may get; the interviewer records which one was done",
                    de:
                        "variants (optional): {id: {de, en}}, die Aufgabenvarianten; die Interviewerin bzw. der Interviewer erfasst, welche erledigt wurde"
                ),
                .init(
                    en: "must-pass (optional): {criterion: {level: N, rationale: {de, en}}}; each needs its rationale",
                    de:
                        "must-pass (optional): {Kriterium: {level: N, rationale: {de, en}}}; jedes braucht seine Begründung"
                ),
            ],
            examples: [
                ModuleExample(
                    .init(
                        en: "A product that meets every criterion scores the 'meets' level",
                        de: "Ein Ergebnis, das jedes Kriterium erfüllt, ergibt die Stufe „erfüllt“"),
                    section: Self.exampleSection,
                    ratings: ["amounts-correct": .level(3), "tone": .level(3), "structure": .level(3)],
                    expectedScore: 3),
                ModuleExample(
                    .init(
                        en: "A well-written letter with wrong amounts is a knock-out",
                        de: "Ein gut geschriebener Brief mit falschen Beträgen ist ein K.-o.-Kriterium"),
                    section: Self.exampleSection,
                    ratings: ["amounts-correct": .level(2), "tone": .level(5), "structure": .level(5)],
                    expectedScore: 3.5, expectedKnockOuts: ["must-pass-missed"]),
                ModuleExample(
                    .init(en: "A criterion left n/a does not count", de: "Ein Kriterium mit n/a zählt nicht"),
                    section: Self.exampleSection,
                    ratings: ["amounts-correct": .level(4), "tone": .notAssessed, "structure": .level(2)],
                    expectedScore: 3.33),
                ModuleExample(
                    .init(
                        en: "Over the time limit is a flag, never a knock-out: the product is rated",
                        de: "Über der Zeitvorgabe ist ein Hinweis, nie ein K.-o.-Kriterium: bewertet wird das Ergebnis"),
                    section: Self.exampleSection,
                    ratings: ["amounts-correct": .level(3), "tone": .level(3), "structure": .level(3)],
                    observations: ["time-taken": .number(35)], expectedScore: 3,
                    expectedFlags: ["time-limit-exceeded"]),
                ModuleExample(
                    .init(en: "Exactly at the must-pass level passes", de: "Genau auf der Muss-Stufe ist bestanden"),
                    section: Self.exampleSection,
                    ratings: ["amounts-correct": .level(3), "tone": .level(2), "structure": .level(2)],
                    expectedScore: 2.5),
            ])
    }

    static let exampleSection = """
        id: work-sample
        module: work-sample
        title: {de: Arbeitsprobe Mahnschreiben, en: Work sample dunning letter}
        weight: 20
        config:
          task: {de: Ein Mahnschreiben an einen Kunden im Zahlungsverzug, en: A dunning letter to a customer in arrears}
          time-limit-minutes: 20
          brief: {de: Schreiben Sie die zweite Mahnung für Rechnung 4711., en: Write the second reminder for invoice 4711.}
          must-pass:
            amounts-correct: {level: 3, rationale: A letter with wrong amounts cannot leave the house.}
        criteria:
          - {id: amounts-correct, weight: 2, title: Amounts and dates correct}
          - {id: tone, weight: 1, title: Firm and friendly tone}
          - {id: structure, weight: 1, title: Clear structure}
        """
}
