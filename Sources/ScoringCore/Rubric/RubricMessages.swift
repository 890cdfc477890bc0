/// The messages and hints about a rubric's top level, scale, requirements, sections and weights, each with its
/// German and English text (the rest of the rubric's checks still write theirs inline; see `InlineTextTests`).
enum RubricMessages: MessageCatalogue {
    /// The context of the rubric's top-level keys.
    static let theRubric = LocalizedText(en: "the rubric", de: "der Bewertungsvorlage")
    /// A `format` this version does not read.
    static func unsupportedFormat(_ format: String) -> LocalizedText {
        .init(
            en: "unsupported format '\(format)'; this version of HireScore reads 'hirescore/rubric@1'",
            de: "nicht unterstütztes Format '\(format)'; diese Version von HireScore liest 'hirescore/rubric@1'")
    }
    /// A language that is not a language code.
    static func notALanguageCode(_ code: String) -> LocalizedText {
        .init(
            en: "'\(code)' is not a language code such as 'de' or 'en'",
            de: "'\(code)' ist kein Sprachcode wie 'de' oder 'en'")
    }
    /// A language listed twice.
    static func languageListedTwice(_ code: String) -> LocalizedText {
        .init(en: "language '\(code)' is listed twice", de: "Sprache '\(code)' ist doppelt angegeben")
    }
    /// An empty `languages` list.
    static let noLanguages = LocalizedText(
        en: "'languages' must name at least one language", de: "'languages' muss mindestens eine Sprache nennen")
    /// The hint for an empty `languages` list.
    static let languagesExample = LocalizedText(en: "for example [de, en]", de: "zum Beispiel [de, en]")
    /// A version below 1.
    static func invalidVersion(_ value: Int) -> LocalizedText {
        .init(
            en: "'version' must be 1 or more, found \(value)",
            de: "'version' muss 1 oder größer sein, gefunden: \(value)")
    }
    /// The context of the scale.
    static let scaleContext = LocalizedText(en: "'scale'", de: "'scale'")
    /// A scale that is not 2 to 10 consecutive levels.
    static func invalidScale(_ levels: String) -> LocalizedText {
        .init(
            en: "the scale must have 2 to 10 consecutive whole-number levels, found \(levels)",
            de: "die Skala braucht 2 bis 10 aufeinanderfolgende ganzzahlige Stufen, gefunden: \(levels)")
    }
    /// The hint for an invalid scale.
    static let scaleExample = LocalizedText(
        en: "for example levels 1, 2, 3, 4, 5", de: "zum Beispiel die Stufen 1, 2, 3, 4, 5")
    /// `anchor-levels` naming a level off the scale.
    static func anchorOffScale(_ levels: String, scale: String) -> LocalizedText {
        .init(
            en: "'anchor-levels' names level \(levels), which is not on the scale \(scale)",
            de: "'anchor-levels' nennt Stufe \(levels), die nicht auf der Skala \(scale) liegt")
    }
    /// `anchor-levels` without the lowest, a middle or the highest level.
    static func anchorLevelsIncomplete(_ levels: String) -> LocalizedText {
        .init(
            en:
                "'anchor-levels' must include the lowest, a middle and the highest level of the scale, found \(levels)",
            de:
                "'anchor-levels' muss die niedrigste, eine mittlere und die höchste Stufe der Skala enthalten, gefunden: \(levels)"
        )
    }
    /// The hint for incomplete anchor levels: "for example [1, 3, 5]".
    static func levelsExample(_ levels: String) -> LocalizedText {
        .init(en: "for example [\(levels)]", de: "zum Beispiel [\(levels)]")
    }
    /// The context of one requirement.
    static let aRequirement = LocalizedText(en: "a requirement", de: "einer Anforderung")
    /// The kind of a duplicate requirement id (German as the first part of a compound: "Anforderungs-Kennung").
    static let requirementKind = LocalizedText(en: "requirement", de: "Anforderungs")
    /// An empty `requirements` list.
    static let noRequirements = LocalizedText(
        en: "'requirements' must list at least one requirement",
        de: "'requirements' muss mindestens eine Anforderung enthalten")
    /// An empty `sections` list.
    static let noSections = LocalizedText(
        en: "'sections' must list at least one section", de: "'sections' muss mindestens einen Abschnitt enthalten")
    /// The context of a section by its id.
    static func sectionContext(_ id: String) -> LocalizedText {
        .init(en: "section '\(id)'", de: "Abschnitt '\(id)'")
    }
    /// The context of a section without an id.
    static let aSection = LocalizedText(en: "a section", de: "einem Abschnitt")
    /// A module id that is not registered.
    static func unknownModule(_ module: String, known: String) -> LocalizedText {
        .init(
            en: "unknown scoring module '\(module)'; known modules: \(known)",
            de: "unbekanntes Bewertungsmodul '\(module)'; bekannte Module: \(known)")
    }
    /// The kind of a duplicate section id (German as the first part of a compound: "Abschnitts-Kennung").
    static let sectionKind = LocalizedText(en: "section", de: "Abschnitts")
    /// A section, in a message about weights.
    static let section = LocalizedText(en: "section", de: "Abschnitt")
    /// A criterion, in a message about weights.
    static let criterion = LocalizedText(en: "criterion", de: "Kriterium")
    /// A section with fewer or more criteria than usual.
    static func criteriaPerSection(_ section: String, count: Int, usual: ClosedRange<Int>) -> LocalizedText {
        .init(
            en:
                "section '\(section)' has \(count) criteri\(count == 1 ? "on" : "a"); \(usual.lowerBound) to \(usual.upperBound) are usual",
            de:
                "Abschnitt '\(section)' hat \(count) Kriteri\(count == 1 ? "um" : "en"); üblich sind \(usual.lowerBound) bis \(usual.upperBound)"
        )
    }
    /// The hint for a section with too few criteria.
    static func tooFewCriteria(_ count: Int, usual: ClosedRange<Int>) -> LocalizedText {
        .init(
            en:
                "with fewer than \(usual.lowerBound), the section's score rests on \(count == 1 ? "one rating" : "two ratings"): add criteria that observe the competency in other situations",
            de:
                "mit weniger als \(usual.lowerBound) beruht der Wert des Abschnitts auf \(count == 1 ? "einer Bewertung" : "zwei Bewertungen"): ergänzen Sie Kriterien, die die Kompetenz in anderen Situationen beobachten"
        )
    }
    /// The hint for a section with too many criteria.
    static func tooManyCriteria(usual: ClosedRange<Int>) -> LocalizedText {
        .init(
            en:
                "with more than \(usual.upperBound), each criterion gets a few minutes of the interview: merge criteria that overlap",
            de:
                "mit mehr als \(usual.upperBound) bleiben jedem Kriterium nur wenige Minuten des Interviews: fassen Sie Kriterien zusammen, die sich überschneiden"
        )
    }
    /// A weight unlike its neighbours' without a rationale.
    static func weightWithoutRationale(_ kind: LocalizedText, id: String, weight: Double, usual: Double)
        -> LocalizedText
    {
        .init(
            en:
                "\(kind.text(in: "en")) '\(id)' has weight \(Format.number(weight)), unlike the usual \(Format.number(usual)) of its neighbours, and no 'weight-rationale'",
            de:
                "\(kind.text(in: "de")) '\(id)' hat das Gewicht \(Format.number(weight, language: .de)), anders als das übliche \(Format.number(usual, language: .de)) daneben, und keine 'weight-rationale'"
        )
    }
    /// The hint for a weight without a rationale.
    static let weighEqually = LocalizedText(
        en: "weigh equally, or say why in 'weight-rationale:' (equal weights unless a documented reason)",
        de:
            "gewichten Sie gleich oder begründen Sie es in 'weight-rationale:' (gleiche Gewichte, außer mit dokumentiertem Grund)"
    )
    /// A weight of 0 or less.
    static func weightNotPositive(_ found: String) -> LocalizedText {
        .init(
            en: "'weight' must be greater than 0, found \(found)",
            de: "'weight' muss größer als 0 sein, gefunden: \(found)")
    }
    /// The hint for a weight of 0 or less.
    static let removeItemInstead = LocalizedText(
        en: "remove the item if it should not count", de: "entfernen Sie den Eintrag, wenn er nicht zählen soll")

    static var entries: [(name: String, text: LocalizedText)] {
        mainEntries + criteriaEntries + decisionEntries + planEntries + modelEntries
    }

    static let mainEntries: [(name: String, text: LocalizedText)] = [
        ("theRubric", theRubric), ("unsupportedFormat", unsupportedFormat("hirescore/rubric@2")),
        ("notALanguageCode", notALanguageCode("deutsch")), ("languageListedTwice", languageListedTwice("de")),
        ("noLanguages", noLanguages), ("languagesExample", languagesExample), ("invalidVersion", invalidVersion(0)),
        ("scaleContext", scaleContext), ("invalidScale", invalidScale("1, 2, 4")), ("scaleExample", scaleExample),
        ("anchorOffScale", anchorOffScale("7", scale: "1..5")),
        ("anchorLevelsIncomplete", anchorLevelsIncomplete("1, 5")),
        ("levelsExample", levelsExample("1, 3, 5")), ("aRequirement", aRequirement),
        ("requirementKind", requirementKind),
        ("noRequirements", noRequirements), ("noSections", noSections),
        ("sectionContext", sectionContext("customer-orientation")), ("aSection", aSection),
        ("unknownModule", unknownModule("customer-orientaton", known: "customer-orientation")),
        ("sectionKind", sectionKind), ("section", section), ("criterion", criterion),
        ("criteriaPerSection", criteriaPerSection("customer-orientation", count: 2, usual: 3...6)),
        ("tooFewCriteria", tooFewCriteria(2, usual: 3...6)), ("tooManyCriteria", tooManyCriteria(usual: 3...6)),
        ("weightWithoutRationale", weightWithoutRationale(criterion, id: "ownership", weight: 2, usual: 1)),
        ("weighEqually", weighEqually), ("weightNotPositive", weightNotPositive("0")),
        ("removeItemInstead", removeItemInstead),
    ]

    /// The contexts that are YAML keys (`'scale'`, `'anchors'`, …) are the same in both languages.
    static let sameInBothLanguages: Set<String> = [
        "scaleContext", "anchorsContext", "decisionContext", "thresholdsContext", "evidenceMinimumContext",
        // "Interview" is German as well as English.
        "interviewStage",
    ]
}
