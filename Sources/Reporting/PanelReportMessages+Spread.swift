import ScoringCore

// The spread of a candidate's panel in plain words and the agreement statistics of a requisition (every panel
// report of `hirescore merge`).
extension PanelReportMessages {
    /// Fewer than two raters rated anything.
    package static func onlyRaters(_ count: Int) -> LocalizedText {
        .init(
            en: "only \(count) rater\(count == 1 ? "" : "s") rated anything: no spread to compare",
            de: "nur \(count) Person\(count == 1 ? " hat" : "en haben") bewertet: keine Spanne zu vergleichen")
    }

    /// No criterion has two ratings to compare.
    package static let noCriterionRatedTwice = LocalizedText(
        en: "no criterion was rated by two raters or more: no spread to compare",
        de: "kein Kriterium wurde von mindestens zwei Personen bewertet: keine Spanne zu vergleichen")

    /// On how many of the compared criteria every rater is within one level.
    package static func withinOneLevel(_ count: Int, of compared: Int, share: Double) -> LocalizedText {
        .init(
            en:
                "all raters within one level on \(count) of \(compared) criteria (\(Format.percent(share, language: .en)))",
            de:
                "alle Bewertenden höchstens eine Stufe auseinander bei \(count) von \(compared) Kriterien (\(Format.percent(share, language: .de)))"
        )
    }

    /// Criteria with fewer than two ratings, left out of the count.
    package static func notCompared(_ count: Int) -> LocalizedText {
        .init(
            en: " (\(count) \(count == 1 ? "criterion" : "criteria") rated by fewer than two raters not counted)",
            de: " (\(count) \(count == 1 ? "Kriterium" : "Kriterien") mit weniger als zwei Bewertungen nicht gezählt)")
    }

    /// No criterion has a range of two levels or more.
    package static let noWideCriterion = LocalizedText(
        en: "; no criterion with a range of two levels or more",
        de: "; kein Kriterium mit einer Spanne von zwei Stufen oder mehr")

    /// Before the criteria with a range of two levels or more.
    package static func wideCriteria(_ count: Int) -> LocalizedText {
        .init(
            en: "; a range of two levels or more on \(count): ", de: "; Spanne von zwei Stufen oder mehr bei \(count): "
        )
    }

    /// A criterion's lowest and highest rating: "1 to 4".
    package static func lowToHigh(_ low: Double, _ high: Double) -> LocalizedText {
        .init(
            en: "\(Format.number(low, language: .en)) to \(Format.number(high, language: .en))",
            de: "\(Format.number(low, language: .de)) bis \(Format.number(high, language: .de))")
    }

    /// Alpha's bootstrap interval.
    package static func interval95(_ interval: ClosedRange<Double>) -> LocalizedText {
        func bounds(_ language: Language) -> (String, String) {
            (
                Format.fixed(interval.lowerBound, digits: 3, language: language),
                Format.fixed(interval.upperBound, digits: 3, language: language)
            )
        }
        let (lowEN, highEN) = bounds(.en)
        let (lowDE, highDE) = bounds(.de)
        return .init(
            en: " (95% interval \(lowEN) to \(highEN), bootstrap)",
            de: " (95-%-Intervall \(lowDE) bis \(highDE), Bootstrap)")
    }

    static var spreadEntries: [(name: String, text: LocalizedText)] {
        [
            ("onlyRaters", onlyRaters(1)), ("onlyRaters(0)", onlyRaters(0)),
            ("noCriterionRatedTwice", noCriterionRatedTwice),
            ("withinOneLevel", withinOneLevel(5, of: 6, share: 5.0 / 6)), ("notCompared", notCompared(1)),
            ("notCompared(2)", notCompared(2)), ("noWideCriterion", noWideCriterion),
            ("wideCriteria", wideCriteria(2)), ("lowToHigh", lowToHigh(1, 4)), ("interval95", interval95(0.61...0.82)),
        ]
    }
}
