// The messages and hints about a rubric's interview plan: its stages, what they cover and who rates what.
extension RubricMessages {
    /// An empty `plan`.
    static let emptyPlan = LocalizedText(
        en: "'plan' must list at least one stage", de: "'plan' muss mindestens eine Stufe enthalten")
    /// The hint for an empty `plan`.
    static let removePlanOrListStages = LocalizedText(
        en: "remove 'plan' to interview in one stage with every criterion, or list the stages",
        de: "entfernen Sie 'plan', um in einer Stufe mit allen Kriterien zu interviewen, oder nennen Sie die Stufen")
    /// The context of a stage by its id.
    static func stageContext(_ id: String) -> LocalizedText {
        .init(en: "stage '\(id)'", de: "Stufe '\(id)'")
    }
    /// The context of a stage without an id.
    static let aStage = LocalizedText(en: "a stage", de: "einer Stufe")
    /// A stage duration outside 1 to 480 minutes.
    static func invalidDuration(_ minutes: Int) -> LocalizedText {
        .init(
            en: "'duration' is the stage's length in minutes, 1 to 480, found \(minutes)",
            de: "'duration' ist die Dauer der Stufe in Minuten, 1 bis 480, gefunden: \(minutes)")
    }
    /// A number of interviewers outside 1 to 20.
    static func invalidInterviewers(_ count: Int) -> LocalizedText {
        .init(
            en: "'interviewers' is how many people rate this stage independently, 1 to 20, found \(count)",
            de:
                "'interviewers' ist die Zahl der Personen, die diese Stufe unabhängig bewerten, 1 bis 20, gefunden: \(count)"
        )
    }
    /// A stage covering an id that is neither a section nor a criterion.
    static func unknownCoveredID(_ id: String) -> LocalizedText {
        .init(
            en: "stage covers '\(id)', which is neither a section nor a criterion of the rubric",
            de: "die Stufe umfasst '\(id)', das weder Abschnitt noch Kriterium der Bewertungsvorlage ist")
    }
    /// The hint for an unknown covered id without a close match: the sections.
    static func sectionsList(_ ids: [String]) -> LocalizedText {
        .init(en: "sections: \(ids.joined(separator: ", "))", de: "Abschnitte: \(ids.joined(separator: ", "))")
    }
    /// A stage covering nothing.
    static let emptyStage = LocalizedText(
        en: "'covers' must name at least one section or criterion",
        de: "'covers' muss mindestens einen Abschnitt oder ein Kriterium nennen")
    /// A stage id defined twice.
    static func duplicateStageID(_ id: String, firstLine: Int) -> LocalizedText {
        .init(
            en: "duplicate stage id '\(id)'; it is first defined at line \(firstLine)",
            de: "doppelte Stufenkennung '\(id)'; sie ist bereits in Zeile \(firstLine) definiert")
    }
    /// The hint for a duplicate stage id.
    static let renameOne = LocalizedText(en: "rename one of them", de: "benennen Sie eine um")
    /// Criteria no stage covers.
    static func criterionNotPlanned(_ list: String, count: Int) -> LocalizedText {
        .init(
            en: "no stage of the plan covers \(list): nobody will rate \(count == 1 ? "it" : "them")",
            de: "keine Stufe des Plans umfasst \(list): niemand wird \(count == 1 ? "es" : "sie") bewerten")
    }
    /// The hint for criteria no stage covers.
    static func addToCovers(count: Int) -> LocalizedText {
        .init(
            en: "add \(count == 1 ? "it" : "them") to the 'covers' of a stage",
            de: "ergänzen Sie \(count == 1 ? "es" : "sie") unter 'covers' einer Stufe")
    }
    /// Criteria rated by one interviewer in one stage only.
    static func singleRater(_ stage: String, criteria: String) -> LocalizedText {
        .init(
            en:
                "stage '\(stage)' is the only rating of \(criteria) and has one interviewer: a single rater's interview ratings agree with another rater's only about .44, the mean of three about .70 (Spearman–Brown)",
            de:
                "Stufe '\(stage)' ist die einzige Bewertung von \(criteria) und hat eine Interviewerin bzw. einen Interviewer: die Bewertung einer Person stimmt mit der einer anderen nur etwa zu .44 überein, das Mittel von dreien etwa zu .70 (Spearman-Brown)"
        )
    }
    /// The hint for a single rater.
    static let addSecondRater = LocalizedText(
        en: "set 'interviewers: 2' on the stage, or cover these criteria in a second stage",
        de: "setzen Sie 'interviewers: 2' für die Stufe oder nehmen Sie diese Kriterien in eine zweite Stufe auf")
    /// A stage whose content needs more time than planned.
    static func stageOverTime(_ stage: String, planned: Int, needed: Int, breakdown: LocalizedText) -> LocalizedText {
        .init(
            en:
                "stage '\(stage)' is planned for \(planned) minutes, but its content needs about \(needed) (\(breakdown.text(in: "en")))",
            de:
                "Stufe '\(stage)' ist mit \(planned) Minuten geplant, ihr Inhalt braucht aber etwa \(needed) (\(breakdown.text(in: "de")))"
        )
    }
    /// The hint for a stage over time.
    static let shortenStage = LocalizedText(
        en: "raise 'duration', move criteria to another stage, or drop follow-ups",
        de: "erhöhen Sie 'duration', verschieben Sie Kriterien in eine andere Stufe oder streichen Sie Nachfragen")

    static var planEntries: [(name: String, text: LocalizedText)] {
        [
            ("emptyPlan", emptyPlan), ("removePlanOrListStages", removePlanOrListStages),
            ("stageContext", stageContext("screen")), ("aStage", aStage), ("invalidDuration", invalidDuration(0)),
            ("invalidInterviewers", invalidInterviewers(0)), ("unknownCoveredID", unknownCoveredID("customer")),
            ("sectionsList", sectionsList(["customer-orientation"])), ("emptyStage", emptyStage),
            ("duplicateStageID", duplicateStageID("screen", firstLine: 129)), ("renameOne", renameOne),
            ("criterionNotPlanned", criterionNotPlanned("'ownership'", count: 1)),
            ("addToCovers", addToCovers(count: 2)), ("singleRater", singleRater("screen", criteria: "'ownership'")),
            ("addSecondRater", addSecondRater),
            ("stageOverTime", stageOverTime("all", planned: 10, needed: 18, breakdown: LocalizedText("…"))),
            ("shortenStage", shortenStage),
        ]
    }
}
