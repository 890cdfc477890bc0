/// The sentences of scoring a scorecard (``ScoringHost``, the module defaults): the overall arithmetic, the reasons
/// for a recommendation and the knock-out findings, each with its German and English text.
///
/// They show in `hirescore score` and the scorecard and panel reports.
enum ScoringMessages: MessageCatalogue {
    /// In a section's explanation, when a rubric names a module the registry does not have (a rubric that
    /// validated with the registry never does).
    static func moduleNotAvailable(_ module: String) -> LocalizedText {
        .init(en: "module '\(module)' is not available", de: "Modul '\(module)' ist nicht verfügbar")
    }

    /// The finding for a knock-out criterion nobody rated; `title` is the criterion's title.
    static func knockOutNotRated(_ title: LocalizedText) -> LocalizedText {
        .init(
            en: "'\(title.text(in: "en"))' can knock out but was not rated",
            de: "'\(title.text(in: "de"))' kann zum K.-o. führen, wurde aber nicht bewertet")
    }

    /// The overall arithmetic: "overall: weighted mean of the section scores (1×3.00 + 2×4.00) / 3 = 3.67", written
    /// in English notation (German gets decimal commas); `leftOut` names the sections without a rating.
    static func overallArithmetic(_ english: String, leftOut: [String]) -> LocalizedText {
        var en = "overall: weighted mean of the section scores \(english)"
        var de = "Gesamt: gewichtetes Mittel der Abschnittswerte \(Format.decimalComma(english))"
        if !leftOut.isEmpty {
            let sections = leftOut.map { "'\($0)'" }.joined(separator: ", ")
            en += "; weights renormalised without \(sections) (nothing rated)"
            de += "; Gewichte ohne \(sections) neu normiert (nichts bewertet)"
        }
        return .init(en: en, de: de)
    }

    /// The overall arithmetic when no criterion is rated.
    static let overallNothingRated = LocalizedText(en: "overall: nothing rated", de: "Gesamt: nichts bewertet")

    /// The reason for "no decision" when too few criteria are rated.
    static func coverageBelowMinimum(_ coverage: Double, rated: Int, total: Int, minimum: Double) -> LocalizedText {
        .init(
            en:
                "coverage \(Format.percent(coverage)) (\(rated) of \(total) criteria rated) is below the minimum \(Format.percent(minimum)): no decision",
            de:
                "Abdeckung \(Format.percent(coverage, language: .de)) (\(rated) von \(total) Kriterien bewertet) liegt unter dem Minimum \(Format.percent(minimum, language: .de)): keine Entscheidung"
        )
    }

    /// The reason when knock-outs cap the recommendation at `cap`.
    static func knockOutsCap(_ count: Int, cap: LocalizedText) -> LocalizedText {
        .init(
            en:
                "\(count == 1 ? "1 knock-out caps" : "\(count) knock-outs cap") the recommendation at \"\(cap.text(in: "en"))\"",
            de:
                "\(count == 1 ? "1 K.-o.-Kriterium begrenzt" : "\(count) K.-o.-Kriterien begrenzen") die Empfehlung auf „\(cap.text(in: "de"))“"
        )
    }

    /// The reason for "no decision" when knock-out criteria are not rated; `findings` are their findings.
    static func knockOutsNotRated(_ findings: [LocalizedText]) -> LocalizedText {
        let en = findings.map { $0.text(in: "en") }.joined(separator: "; ")
        let de = findings.map { $0.text(in: "de") }.joined(separator: "; ")
        return .init(
            en: "\(en): no decision until every knock-out criterion is rated",
            de: "\(de): keine Entscheidung, solange nicht jedes K.-o.-Kriterium bewertet ist")
    }

    /// The threshold reason for a strong yes: "4.20 ≥ 4 (strong yes)".
    static func strongYesReason(_ score: Double, from: Double) -> LocalizedText {
        .init(
            en: "\(Format.fixed(score)) ≥ \(Format.number(from)) (strong yes)",
            de: "\(Format.fixed(score, language: .de)) ≥ \(Format.number(from, language: .de)) (klares Ja)")
    }

    /// The threshold reason for a yes: "3.5 ≤ 3.80 < 4 (yes)".
    static func yesReason(_ score: Double, from: Double, below: Double) -> LocalizedText {
        .init(
            en: "\(Format.number(from)) ≤ \(Format.fixed(score)) < \(Format.number(below)) (yes)",
            de:
                "\(Format.number(from, language: .de)) ≤ \(Format.fixed(score, language: .de)) < \(Format.number(below, language: .de)) (Ja)"
        )
    }

    /// The threshold reason for a no: "2.5 ≤ 3.00 < 3.5 (no)".
    static func noReason(_ score: Double, from: Double, below: Double) -> LocalizedText {
        .init(
            en: "\(Format.number(from)) ≤ \(Format.fixed(score)) < \(Format.number(below)) (no)",
            de:
                "\(Format.number(from, language: .de)) ≤ \(Format.fixed(score, language: .de)) < \(Format.number(below, language: .de)) (Nein)"
        )
    }

    /// The threshold reason for a strong no: "2.00 < 2.5 (strong no)".
    static func strongNoReason(_ score: Double, below: Double) -> LocalizedText {
        .init(
            en: "\(Format.fixed(score)) < \(Format.number(below)) (strong no)",
            de: "\(Format.fixed(score, language: .de)) < \(Format.number(below, language: .de)) (klares Nein)")
    }

    /// A section's (or criterion group's) explanation when nothing in it is rated: "ownership: nothing rated".
    static func nothingRated(_ what: LocalizedText) -> LocalizedText {
        .init(en: "\(what.text(in: "en")): nothing rated", de: "\(what.text(in: "de")): nichts bewertet")
    }

    /// A section's explanation: "section: weighted mean of 3 rated criteria: (…) = 3.67; 1 n/a left out", with the
    /// arithmetic written in English and in German notation.
    static func weightedMean(
        _ what: LocalizedText, rated: Int, arithmetic: String, arithmeticGerman: String, notAssessed: Int
    ) -> LocalizedText {
        let criteriaEN = rated == 1 ? "1 rated criterion" : "\(rated) rated criteria"
        let criteriaDE = rated == 1 ? "des 1 bewerteten Kriteriums" : "der \(rated) bewerteten Kriterien"
        var english = "\(what.text(in: "en")): weighted mean of \(criteriaEN): \(arithmetic)"
        var german = "\(what.text(in: "de")): gewichtetes Mittel \(criteriaDE): \(arithmeticGerman)"
        if notAssessed > 0 {
            english += "; \(notAssessed) n/a left out"
            german += "; \(notAssessed) × n/a nicht gezählt"
        }
        return .init(en: english, de: german)
    }

    /// What the interviewer is asked for per criterion, unless a module asks otherwise
    /// (``ScoringModule/ratingPrompt``).
    static let rating = LocalizedText(en: "rating", de: "Bewertung")

    static let entries: [(name: String, text: LocalizedText)] = [
        ("moduleNotAvailable", moduleNotAvailable("customer-orientaton")),
        ("knockOutNotRated", knockOutNotRated(LocalizedText(en: "Honesty", de: "Ehrlichkeit"))),
        ("overallArithmetic", overallArithmetic("(1×3.00 + 2×4.00) / 3 = 3.67", leftOut: ["languages"])),
        ("overallNothingRated", overallNothingRated),
        ("coverageBelowMinimum", coverageBelowMinimum(0.5, rated: 3, total: 6, minimum: 0.75)),
        ("knockOutsCap", knockOutsCap(2, cap: LocalizedText(en: "no", de: "Nein"))),
        ("knockOutsNotRated", knockOutsNotRated([knockOutNotRated(LocalizedText("Honesty"))])),
        ("strongYesReason", strongYesReason(4.2, from: 4)), ("yesReason", yesReason(3.8, from: 3.5, below: 4)),
        ("noReason", noReason(3, from: 2.5, below: 3.5)), ("strongNoReason", strongNoReason(2, below: 2.5)),
        ("rating", rating),
        ("nothingRated", nothingRated(LocalizedText(en: "Customer orientation", de: "Kundenorientierung"))),
        (
            "weightedMean",
            weightedMean(
                LocalizedText(en: "Customer orientation", de: "Kundenorientierung"), rated: 3,
                arithmetic: "(4 + 3 + 4) / 3 = 3.67", arithmeticGerman: "(4 + 3 + 4) / 3 = 3,67", notAssessed: 1)
        ),
    ]
}
