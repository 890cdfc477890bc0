// The messages and hints about a rubric's decision rules, references between its parts and duplicate ids.
extension RubricMessages {
    /// The context of the decision rules (the YAML key, the same in both languages).
    static let decisionContext = LocalizedText(en: "'decision'", de: "'decision'")
    /// The context of the thresholds (the YAML key, the same in both languages).
    static let thresholdsContext = LocalizedText(en: "'thresholds'", de: "'thresholds'")
    /// A threshold outside the scale.
    static func thresholdOffScale(_ key: String, value: String, scale: String) -> LocalizedText {
        .init(
            en: "threshold '\(key)' is \(value), outside the scale \(scale)",
            de: "Schwelle '\(key)' ist \(value), außerhalb der Skala \(scale)")
    }
    /// The context of the evidence minimum (the YAML key, the same in both languages).
    static let evidenceMinimumContext = LocalizedText(en: "'evidence-minimum'", de: "'evidence-minimum'")
    /// An evidence minimum out of its range.
    static func invalidEvidenceMinimum(_ key: String, value: Int, largest: Int) -> LocalizedText {
        .init(
            en: "'\(key)' in 'evidence-minimum' is a whole number from 1 to \(largest), found \(value)",
            de: "'\(key)' in 'evidence-minimum' ist eine ganze Zahl von 1 bis \(largest), gefunden: \(value)")
    }
    /// A minimum coverage outside 0...1.
    static func invalidCoverage(_ found: String) -> LocalizedText {
        .init(
            en: "'minimum-coverage' is a share between 0 and 1, found \(found)",
            de: "'minimum-coverage' ist ein Anteil zwischen 0 und 1, gefunden: \(found)")
    }
    /// The hint for an invalid minimum coverage.
    static let coverageExample = LocalizedText(
        en: "for example 0.75 for three quarters", de: "zum Beispiel 0.75 für drei Viertel")
    /// A consensus method HireScore does not know.
    static func unknownConsensus(_ method: String, known: [String]) -> LocalizedText {
        .init(
            en: "unknown consensus method '\(method)'; known methods: \(known.joined(separator: ", "))",
            de: "unbekannte Konsensmethode '\(method)'; bekannte Methoden: \(known.joined(separator: ", "))")
    }
    /// The hint for an unknown consensus method without a close match.
    static let medianIsUsual = LocalizedText(
        en: "median is the usual choice: robust to one outlier", de: "üblich ist median: robust gegen einen Ausreißer")
    /// A knock-out cap other than no or strong-no.
    static func invalidKnockOutCap(_ found: String) -> LocalizedText {
        .init(
            en: "'knock-out-cap' must be no or strong-no, found '\(found)'",
            de: "'knock-out-cap' muss no oder strong-no sein, gefunden: '\(found)'")
    }

    /// The decision thresholds have no rationale.
    static let thresholdsWithoutRationale = LocalizedText(
        en: "the decision thresholds have no 'rationale'",
        de: "die Entscheidungsschwellen haben keine 'rationale' (Begründung)")
    /// The hint for thresholds without a rationale.
    static let addThresholdsRationale = LocalizedText(
        en: "add 'rationale:' under 'decision' saying in the scale's words why the thresholds sit where they do",
        de:
            "ergänzen Sie 'rationale:' unter 'decision' und begründen Sie in den Worten der Skala, warum die Schwellen so liegen"
    )
    /// A `yes` threshold above the scale's "meets" level, so meeting every requirement gives "no".
    static func meetsIsNotYes(yes: Double, meets: Int, label: LocalizedText?) -> LocalizedText {
        .init(
            en:
                "threshold 'yes' (\(Format.number(yes))) lies above level \(meets) (\"\(label?.text(in: "en") ?? "")\"): a candidate who meets every requirement gets 'no'",
            de:
                "Schwelle 'yes' (\(Format.number(yes, language: .de))) liegt über Stufe \(meets) („\(label?.text(in: "de") ?? "")“): wer jede Anforderung erfüllt, bekommt 'no'"
        )
    }
    /// The hint for a `yes` threshold above the "meets" level.
    static func lowerYes(meets: Int) -> LocalizedText {
        .init(
            en: "set 'yes' to \(meets) or lower, or give a 'rationale' under 'decision'",
            de: "setzen Sie 'yes' auf \(meets) oder niedriger, oder geben Sie eine 'rationale' unter 'decision' an")
    }
    /// Two thresholds in the wrong order.
    static func thresholdsOutOfOrder(lower: String, _ lowerValue: Double, upper: String, _ upperValue: Double)
        -> LocalizedText
    {
        .init(
            en:
                "decision thresholds out of order: '\(upper)' (\(Format.number(upperValue))) must be greater than '\(lower)' (\(Format.number(lowerValue)))",
            de:
                "Entscheidungsschwellen in falscher Reihenfolge: '\(upper)' (\(Format.number(upperValue, language: .de))) muss größer sein als '\(lower)' (\(Format.number(lowerValue, language: .de)))"
        )
    }
    /// The hint for thresholds out of order.
    static let thresholdsMustIncrease = LocalizedText(
        en: "thresholds must increase: no < yes < strong-yes", de: "die Schwellen müssen steigen: no < yes < strong-yes"
    )
    /// A criterion measuring a requirement the rubric does not list.
    static func unknownRequirement(_ criterion: String, requirement: String) -> LocalizedText {
        .init(
            en: "criterion '\(criterion)' measures unknown requirement '\(requirement)'",
            de: "Kriterium '\(criterion)' misst die unbekannte Anforderung '\(requirement)'")
    }
    /// The hint for an unknown requirement without a close match.
    static let addRequirementOrFixID = LocalizedText(
        en: "add it under 'requirements' or fix the id",
        de: "ergänzen Sie sie unter 'requirements' oder korrigieren Sie die Kennung")
    /// A requirement no criterion measures.
    static func unmeasuredRequirement(_ requirement: String) -> LocalizedText {
        .init(
            en: "no criterion measures requirement '\(requirement)'",
            de: "kein Kriterium misst die Anforderung '\(requirement)'")
    }
    /// The hint for an unmeasured requirement.
    static func measureOrRemove(_ requirement: String) -> LocalizedText {
        .init(
            en: "add '\(requirement)' to the 'measures' of a criterion, or remove the requirement",
            de: "ergänzen Sie '\(requirement)' unter 'measures' eines Kriteriums oder entfernen Sie die Anforderung")
    }
    /// Two sections using the same module.
    static func moduleUsedTwice(_ section: String, module: String, earlier: String, line: Int) -> LocalizedText {
        .init(
            en:
                "section '\(section)' uses module '\(module)', which section '\(earlier)' (line \(line)) already uses; the module scores one section per rubric",
            de:
                "Abschnitt '\(section)' verwendet das Modul '\(module)', das schon Abschnitt '\(earlier)' (Zeile \(line)) verwendet; das Modul bewertet einen Abschnitt je Bewertungsvorlage"
        )
    }
    /// The hint for a module used twice.
    static func moveCriteria(into section: String) -> LocalizedText {
        .init(
            en: "move the criteria into section '\(section)'",
            de: "verschieben Sie die Kriterien in den Abschnitt '\(section)'")
    }
    /// An id defined twice; `kind` is "requirement", "section" or "criterion" (German: the first part of a compound).
    static func duplicateID(_ kind: LocalizedText, id: String, firstLine: Int) -> LocalizedText {
        .init(
            en: "duplicate \(kind.text(in: "en")) id '\(id)'; it is first defined at line \(firstLine)",
            de: "doppelte \(kind.text(in: "de"))kennung '\(id)'; sie ist bereits in Zeile \(firstLine) definiert")
    }
    /// The hint for a duplicate id.
    static let idsMustBeUnique = LocalizedText(
        en: "ids must be unique in the rubric; rename one of them",
        de: "Kennungen müssen in der Bewertungsvorlage eindeutig sein; benennen Sie eine um")

    static var decisionEntries: [(name: String, text: LocalizedText)] {
        [
            ("decisionContext", decisionContext), ("thresholdsContext", thresholdsContext),
            ("thresholdOffScale", thresholdOffScale("yes", value: "6", scale: "1..5")),
            ("invalidCoverage", invalidCoverage("75")), ("coverageExample", coverageExample),
            ("evidenceMinimumContext", evidenceMinimumContext),
            ("invalidEvidenceMinimum", invalidEvidenceMinimum("words", value: 0, largest: 80)),
            ("unknownConsensus", unknownConsensus("medain", known: ["median", "mean"])),
            ("medianIsUsual", medianIsUsual), ("invalidKnockOutCap", invalidKnockOutCap("maybe")),
            ("thresholdsWithoutRationale", thresholdsWithoutRationale),
            ("addThresholdsRationale", addThresholdsRationale),
            ("meetsIsNotYes", meetsIsNotYes(yes: 3.3, meets: 3, label: LocalizedText(en: "meets", de: "erfüllt"))),
            ("lowerYes", lowerYes(meets: 3)),
            ("thresholdsOutOfOrder", thresholdsOutOfOrder(lower: "no", 2.5, upper: "yes", 2.4)),
            ("thresholdsMustIncrease", thresholdsMustIncrease),
            ("unknownRequirement", unknownRequirement("clarity", requirement: "speak-clear")),
            ("addRequirementOrFixID", addRequirementOrFixID), ("unmeasuredRequirement", unmeasuredRequirement("x")),
            ("measureOrRemove", measureOrRemove("x")),
            ("moduleUsedTwice", moduleUsedTwice("b", module: "customer-orientation", earlier: "a", line: 28)),
            ("moveCriteria", moveCriteria(into: "a")),
            ("duplicateID", duplicateID(sectionKind, id: "a", firstLine: 12)), ("idsMustBeUnique", idsMustBeUnique),
        ]
    }
}
