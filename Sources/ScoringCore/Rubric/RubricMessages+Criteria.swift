// The messages and hints about a rubric's criteria, questions and anchors.
extension RubricMessages {
    /// An empty `criteria` list.
    static let noCriteria = LocalizedText(
        en: "'criteria' must list at least one criterion", de: "'criteria' muss mindestens ein Kriterium enthalten")
    /// The context of a criterion by its id.
    static func criterionContext(_ id: String) -> LocalizedText {
        .init(en: "criterion '\(id)'", de: "Kriterium '\(id)'")
    }
    /// The context of a criterion without an id.
    static let aCriterion = LocalizedText(en: "a criterion", de: "einem Kriterium")
    /// An empty `measures` list.
    static let noMeasures = LocalizedText(
        en: "'measures' must name at least one requirement", de: "'measures' muss mindestens eine Anforderung nennen")
    /// The kind of a duplicate criterion id (German as the first part of a compound: "Kriteriums-Kennung").
    static let criterionKind = LocalizedText(en: "criterion", de: "Kriteriums")
    /// An empty `questions` list.
    static let noQuestions = LocalizedText(
        en: "'questions' must list at least one question", de: "'questions' muss mindestens eine Frage enthalten")
    /// The context of a question.
    static let aQuestion = LocalizedText(en: "a question", de: "einer Frage")
    /// A question `kind` that is neither behavioural nor situational.
    static func invalidKind(_ kind: String) -> LocalizedText {
        .init(
            en: "'kind' must be behavioural or situational, found '\(kind)'",
            de: "'kind' muss behavioural oder situational sein, gefunden: '\(kind)'")
    }
    /// The context of an alternate question.
    static let anAlternateQuestion = LocalizedText(en: "an alternate question", de: "einer alternativen Frage")
    /// `needs-past-example` naming a level without an anchor.
    static func pastExampleWithoutAnchor(_ level: Int, criterion: String) -> LocalizedText {
        .init(
            en: "'needs-past-example' names level \(level), which has no anchor in criterion '\(criterion)'",
            de: "'needs-past-example' nennt Stufe \(level), für die Kriterium '\(criterion)' keinen Anker hat")
    }
    /// The hint for `needs-past-example` naming a level without an anchor.
    static let namePastExampleLevels = LocalizedText(
        en: "name the levels of anchors that describe a past achievement, for example [5]",
        de: "nennen Sie die Stufen der Anker, die ein früheres Ergebnis beschreiben, zum Beispiel [5]")
    /// Anchors that need a past example on a criterion whose questions are all situational.
    static func pastExampleOnSituational(levels: String, count: Int, criterion: String) -> LocalizedText {
        let one = count == 1
        return .init(
            en:
                "the anchor\(one ? "" : "s") at level \(levels) of criterion '\(criterion)' need\(one ? "s" : "") a past example, but every question of the criterion is situational: a hypothetical question cannot elicit what the candidate has done",
            de:
                "\(one ? "der Anker" : "die Anker") auf Stufe \(levels) von Kriterium '\(criterion)' \(one ? "verlangt" : "verlangen") ein früheres Beispiel, aber alle Fragen des Kriteriums sind situativ: eine hypothetische Frage kann nicht erfragen, was die Person getan hat"
        )
    }
    /// The hint for a past example on a situational criterion.
    static let addBehaviouralQuestion = LocalizedText(
        en:
            "add a behavioural question (\"Tell me about a time …\"), or word the anchor as what a strong answer to the situation describes",
        de:
            "ergänzen Sie eine verhaltensbezogene Frage („Erzählen Sie von einer Situation …“) oder formulieren Sie den Anker als das, was eine starke Antwort auf die Situation beschreibt"
    )
    /// The context of the anchors (the YAML key, the same in both languages).
    static let anchorsContext = LocalizedText(en: "'anchors'", de: "'anchors'")
    /// An anchor for a level off the scale.
    static func anchorLevelOffScale(_ level: Int, scale: String) -> LocalizedText {
        .init(
            en: "anchor for level \(level), which is not on the scale \(scale)",
            de: "Anker für Stufe \(level), die nicht auf der Skala \(scale) liegt")
    }
    /// The hint for an anchor off the scale.
    static func useLevelFrom(_ scale: String) -> LocalizedText {
        .init(en: "use a level from \(scale)", de: "verwenden Sie eine Stufe aus \(scale)")
    }
    /// A criterion without an anchor at the lowest, middle or highest level.
    static func missingRequiredAnchors(_ criterion: String, levels: String) -> LocalizedText {
        .init(
            en:
                "criterion '\(criterion)' has no anchor for level \(levels); the lowest, middle and highest levels need one",
            de:
                "Kriterium '\(criterion)' hat keinen Anker für Stufe \(levels); die niedrigste, mittlere und höchste Stufe brauchen einen"
        )
    }
    /// A criterion without an anchor at a level the scale's `anchor-levels` declares.
    static func missingDeclaredAnchors(_ criterion: String, levels: String) -> LocalizedText {
        .init(
            en:
                "criterion '\(criterion)' has no anchor for level \(levels), which the scale's 'anchor-levels' declares",
            de: "Kriterium '\(criterion)' hat keinen Anker für Stufe \(levels), die 'anchor-levels' der Skala vorsieht")
    }
    /// The hint for a missing anchor.
    static let describeAnswerAtLevel = LocalizedText(
        en: "describe what an answer at that level sounds like",
        de: "beschreiben Sie, wie eine Antwort auf dieser Stufe klingt")
    /// A criterion without an anchor at some level (a warning).
    static func missingAnchors(_ criterion: String, levels: String) -> LocalizedText {
        .init(
            en: "criterion '\(criterion)' has no anchor for level \(levels)",
            de: "Kriterium '\(criterion)' hat keinen Anker für Stufe \(levels)")
    }
    /// The hint for anchors missing at some levels.
    static let anchorsAtEveryLevel = LocalizedText(
        en: "anchors at every level make ratings more consistent",
        de: "Anker auf jeder Stufe machen Bewertungen einheitlicher")

    static var criteriaEntries: [(name: String, text: LocalizedText)] {
        [
            ("noCriteria", noCriteria), ("criterionContext", criterionContext("ownership")), ("aCriterion", aCriterion),
            ("noMeasures", noMeasures), ("criterionKind", criterionKind), ("noQuestions", noQuestions),
            ("aQuestion", aQuestion), ("invalidKind", invalidKind("behavioral")),
            ("anAlternateQuestion", anAlternateQuestion),
            ("pastExampleWithoutAnchor", pastExampleWithoutAnchor(4, criterion: "ownership")),
            ("namePastExampleLevels", namePastExampleLevels),
            ("pastExampleOnSituational", pastExampleOnSituational(levels: "5", count: 1, criterion: "ownership")),
            ("addBehaviouralQuestion", addBehaviouralQuestion), ("anchorsContext", anchorsContext),
            ("anchorLevelOffScale", anchorLevelOffScale(7, scale: "1..5")), ("useLevelFrom", useLevelFrom("1..5")),
            ("missingRequiredAnchors", missingRequiredAnchors("ownership", levels: "3")),
            ("missingDeclaredAnchors", missingDeclaredAnchors("ownership", levels: "4")),
            ("describeAnswerAtLevel", describeAnswerAtLevel),
            ("missingAnchors", missingAnchors("ownership", levels: "2")),
            ("anchorsAtEveryLevel", anchorsAtEveryLevel),
        ]
    }
}
