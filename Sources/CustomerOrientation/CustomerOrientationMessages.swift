import ScoringCore

/// The customer-orientation module's sentences: the diagnostics of its `config`, its knock-out rules in words and
/// its findings, each with its German and English text.
///
/// The configuration messages show when a rubric is validated; the rules in the rubric guides (docs/rubrics) and
/// `hirescore rubric show`; the findings in `score`, `merge` and the reports.
enum CustomerOrientationMessages: MessageCatalogue {
    /// The module's name.
    static let name = LocalizedText(en: "Customer orientation", de: "Kundenorientierung")

    /// The old `red-flag-level` key, which had no rationale.
    static let redFlagLevelRenamed = LocalizedText(
        en: "'red-flag-level' is written as 'red-flag' with its rationale now",
        de: "'red-flag-level' wird jetzt als 'red-flag' mit Begründung geschrieben")

    /// The hint for the old `red-flag-level` key: how to write it now.
    static func writeRedFlag(_ level: String) -> LocalizedText {
        .init(
            en: "write 'red-flag: {level: \(level), rationale: {de: ..., en: ...}}'",
            de: "schreiben Sie 'red-flag: {level: \(level), rationale: {de: ..., en: ...}}'")
    }

    /// A red-flag level off the scale; `scale` is its range ("1..5").
    static func redFlagOffScale(_ level: Int, scale: String) -> LocalizedText {
        .init(
            en: "'red-flag' level is \(level), which is not on the scale \(scale)",
            de: "Stufe von 'red-flag' ist \(level) und liegt nicht auf der Skala \(scale)")
    }

    /// A `minimum` written as a number, without its rationale.
    static let minimumNeedsRationale = LocalizedText(
        en: "'minimum' is a knock-out rule and is written with its rationale",
        de: "'minimum' ist eine K.-o.-Regel und wird mit Begründung geschrieben")

    /// The hint for a bare `minimum`: how to write it.
    static func writeMinimum(_ score: String) -> LocalizedText {
        .init(
            en: "write 'minimum: {score: \(score), rationale: {de: ..., en: ...}}'",
            de: "schreiben Sie 'minimum: {score: \(score), rationale: {de: ..., en: ...}}'")
    }

    /// A minimum off the scale.
    static func minimumOffScale(_ score: Double, scale: String) -> LocalizedText {
        .init(
            en: "'minimum' is \(Format.number(score)), outside the scale \(scale)",
            de: "'minimum' ist \(Format.number(score, language: .de)), außerhalb der Skala \(scale)")
    }

    /// The red-flag rule in words.
    static func redFlagRule(_ level: Int) -> LocalizedText {
        .init(
            en: "Red flag: any criterion rated \(level) or lower is a knock-out, whatever the other ratings.",
            de:
                "Warnsignal: jedes Kriterium mit \(level) oder weniger ist ein K.-o.-Kriterium, egal wie die übrigen Bewertungen ausfallen."
        )
    }

    /// The minimum rule in words.
    static func minimumRule(_ score: Double) -> LocalizedText {
        .init(
            en: "Minimum: a section score below \(Format.number(score)) is a knock-out.",
            de: "Minimum: ein Abschnittswert unter \(Format.number(score, language: .de)) ist ein K.-o.-Kriterium.")
    }

    /// The finding of a red flag: a criterion rated at or below the red-flag level.
    static func redFlag(_ title: LocalizedText, rated value: Double, level: Int) -> LocalizedText {
        .init(
            en:
                "red flag: '\(title.text(in: "en"))' rated \(Format.number(value)), at or below the red-flag level \(level)",
            de:
                "Warnsignal: '\(title.text(in: "de"))' mit \(Format.number(value, language: .de)) bewertet, auf oder unter der Warnstufe \(level)"
        )
    }

    /// The finding of a section score below the minimum.
    static func belowMinimum(_ score: Double, minimum: Double) -> LocalizedText {
        .init(
            en: "section score \(Format.fixed(score)) is below the minimum \(Format.number(minimum))",
            de:
                "Abschnittswert \(Format.fixed(score, language: .de)) liegt unter dem Minimum \(Format.number(minimum, language: .de))"
        )
    }

    static let entries: [(name: String, text: LocalizedText)] = [
        ("name", name),
        ("redFlagLevelRenamed", redFlagLevelRenamed), ("writeRedFlag", writeRedFlag("1")),
        ("redFlagOffScale", redFlagOffScale(7, scale: "1..5")), ("minimumNeedsRationale", minimumNeedsRationale),
        ("writeMinimum", writeMinimum("2.5")), ("minimumOffScale", minimumOffScale(6.5, scale: "1..5")),
        ("redFlagRule", redFlagRule(1)), ("minimumRule", minimumRule(2.5)),
        ("redFlag", redFlag(LocalizedText(en: "Ownership", de: "Verantwortung"), rated: 1, level: 1)),
        ("belowMinimum", belowMinimum(2.25, minimum: 2.5)),
    ]
}
