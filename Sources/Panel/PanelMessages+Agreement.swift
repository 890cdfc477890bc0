import ScoringCore

// The notes of the agreement statistics (`merge` across a requisition, `calibrate`): why alpha or the ICC is
// missing, and a value outside its usual range.
extension PanelMessages {
    /// No statistics: fewer than two raters rated anything.
    package static func tooFewRaters(_ count: Int) -> LocalizedText {
        .init(
            en:
                "no agreement statistics: only \(count) rater\(count == 1 ? "" : "s") rated anything; two or more are needed",
            de:
                "keine Übereinstimmungswerte: nur \(count) Person\(count == 1 ? " hat" : "en haben") bewertet; nötig sind mindestens zwei"
        )
    }

    /// No statistics: too few candidates in the requisition.
    package static func tooFewCandidates(_ count: Int) -> LocalizedText {
        let minimum = PanelResult.Agreement.minimumCandidates
        return .init(
            en:
                "no agreement statistics: \(count) candidate\(count == 1 ? "" : "s"), at least \(minimum) are needed; with fewer, alpha and ICC mostly measure how the criteria of one profile differ",
            de:
                "keine Übereinstimmungswerte: \(count) Kandidat*in\(count == 1 ? "" : "nen"), nötig sind mindestens \(minimum); mit weniger messen Alpha und ICC vor allem, wie sich die Kriterien eines Profils unterscheiden"
        )
    }

    /// No alpha: too few units rated by two raters or more.
    package static func alphaTooFewUnits(_ count: Int) -> LocalizedText {
        let minimum = PanelResult.Agreement.minimumAlphaUnits
        return .init(
            en: "no alpha: too few units (\(count) rated by two raters or more, at least \(minimum) are needed)",
            de:
                "kein Alpha: zu wenige Einheiten (\(count) von mindestens zwei Personen bewertet, nötig sind mindestens \(minimum))"
        )
    }

    /// No alpha: every rating is the same level.
    package static let alphaNoVariance = LocalizedText(
        en: "no alpha: every rating is the same level, so there is no variance to measure agreement against",
        de:
            "kein Alpha: alle Bewertungen liegen auf derselben Stufe, es gibt keine Varianz, an der sich Übereinstimmung messen ließe"
    )

    /// Alpha is low although the raters agree within one level: restriction of range.
    package static let restrictionOfRange = LocalizedText(
        en:
            "alpha is low although every rater is within one level on every unit: the ratings barely vary (restriction of range), so read the spread, not alpha",
        de:
            "Alpha ist niedrig, obwohl alle Bewertenden bei jeder Einheit höchstens eine Stufe auseinanderliegen: die Bewertungen variieren kaum (Varianzeinschränkung); maßgeblich ist hier die Spanne, nicht Alpha"
    )

    /// Alpha below 0: systematic disagreement.
    package static func alphaBelowZero(_ value: Double) -> LocalizedText {
        .init(
            en:
                "α \(Format.fixed(value, digits: 3)) is below 0, the bottom of its usual range: the raters disagree more than chance would make them (systematic disagreement)",
            de:
                "α \(Format.fixed(value, digits: 3, language: .de)) liegt unter 0, dem unteren Ende des üblichen Bereichs: die Bewertenden weichen stärker voneinander ab als zufällig (systematische Uneinigkeit)"
        )
    }

    /// No ICC: fewer than two raters rated every candidate.
    package static func iccPanelsDiffer(_ everywhere: Int) -> LocalizedText {
        .init(
            en:
                "no ICC: it needs the same raters for every unit, and the panels differ (\(everywhere) rater\(everywhere == 1 ? "" : "s") rated every candidate, two are needed)",
            de:
                "kein ICC: er braucht dieselben Bewertenden für jede Einheit, und die Panels unterscheiden sich (\(everywhere) Person\(everywhere == 1 ? " hat" : "en haben") alle Kandidat*innen bewertet, nötig sind zwei)"
        )
    }

    /// No ICC: too few units.
    package static func iccTooFewUnits(_ count: Int) -> LocalizedText {
        let minimum = PanelResult.Agreement.minimumICCUnits
        return .init(
            en: "no ICC: too few units (\(count), at least \(minimum) are needed)",
            de: "kein ICC: zu wenige Einheiten (\(count), nötig sind mindestens \(minimum))")
    }

    /// No ICC: too few units remain once those with an n/a rating are left out.
    package static func iccNotAssessed(complete: Int) -> LocalizedText {
        let minimum = PanelResult.Agreement.minimumICCUnits
        return .init(
            en:
                "no ICC: it needs complete data, and with the units that have an n/a rating left out \(complete) remain\(complete == 1 ? "s" : "") (at least \(minimum) are needed)",
            de:
                "kein ICC: er braucht vollständige Daten, und ohne die Einheiten mit einer n/a-Bewertung bleiben \(complete) (nötig sind mindestens \(minimum))"
        )
    }

    /// No ICC: the ratings do not vary.
    package static let iccNoVariance = LocalizedText(
        en: "no ICC: the ratings do not vary (no variance)",
        de: "kein ICC: die Bewertungen variieren nicht (keine Varianz)")

    /// The ICC is computed over the raters who rated every candidate.
    package static func iccOverRaters(_ count: Int, leftOut: Int) -> LocalizedText {
        .init(
            en: "ICC over the \(count) raters who rated every candidate (\(leftOut) left out)",
            de:
                "ICC über die \(count) Personen, die alle Kandidat*innen bewertet haben (\(leftOut) nicht berücksichtigt)"
        )
    }

    /// The ICC is computed over the units without an n/a rating.
    package static func iccOverUnits(_ count: Int, of total: Int) -> LocalizedText {
        .init(
            en: "ICC over \(count) of \(total) units (\(total - count) with an n/a rating left out)",
            de:
                "ICC über \(count) von \(total) Einheiten (\(total - count) mit einer n/a-Bewertung nicht berücksichtigt)"
        )
    }

    /// An ICC above 1, outside its usual range.
    package static func aboveOne(_ name: String, _ value: Double) -> LocalizedText {
        .init(
            en:
                "\(name) \(Format.fixed(value, digits: 3)) lies outside its usual range (up to 1): too few units, or raters who differ systematically; it cannot be read as reliability",
            de:
                "\(name) \(Format.fixed(value, digits: 3, language: .de)) liegt außerhalb des üblichen Bereichs (bis 1): zu wenige Einheiten oder systematisch abweichende Bewertende; als Reliabilität nicht lesbar"
        )
    }

    /// An ICC below 0: no agreement beyond chance.
    package static func iccBelowZero(_ name: String, _ value: Double) -> LocalizedText {
        .init(
            en:
                "\(name) \(Format.fixed(value, digits: 3)) is below 0, the bottom of its usual range: no agreement beyond chance",
            de:
                "\(name) \(Format.fixed(value, digits: 3, language: .de)) liegt unter 0, dem unteren Ende des üblichen Bereichs: keine Übereinstimmung über den Zufall hinaus"
        )
    }

    /// The reading of alpha against the thresholds .667 and .800: unreliable.
    package static let alphaUnreliable = LocalizedText(
        en: "unreliable (below .667)", de: "nicht verlässlich (unter 0,667)")

    /// The reading of alpha: tentative.
    package static let alphaTentative = LocalizedText(en: "tentative (.667 to .800)", de: "vorläufig (0,667 bis 0,800)")

    /// The reading of alpha: reliable.
    package static let alphaReliable = LocalizedText(en: "reliable (.800 and above)", de: "verlässlich (ab 0,800)")

    static var agreementEntries: [(name: String, text: LocalizedText)] {
        [
            ("tooFewRaters", tooFewRaters(1)), ("tooFewRaters(2)", tooFewRaters(2)),
            ("tooFewCandidates", tooFewCandidates(1)), ("tooFewCandidates(2)", tooFewCandidates(2)),
            ("alphaTooFewUnits", alphaTooFewUnits(3)), ("alphaNoVariance", alphaNoVariance),
            ("restrictionOfRange", restrictionOfRange), ("alphaBelowZero", alphaBelowZero(-0.12)),
            ("iccPanelsDiffer", iccPanelsDiffer(1)), ("iccTooFewUnits", iccTooFewUnits(3)),
            ("iccNotAssessed", iccNotAssessed(complete: 1)), ("iccNoVariance", iccNoVariance),
            ("iccOverRaters", iccOverRaters(2, leftOut: 1)), ("iccOverUnits", iccOverUnits(4, of: 5)),
            ("aboveOne", aboveOne("ICC(2,1)", 1.2)), ("iccBelowZero", iccBelowZero("ICC(2,1)", -0.2)),
            ("alphaUnreliable", alphaUnreliable), ("alphaTentative", alphaTentative), ("alphaReliable", alphaReliable),
        ]
    }
}
