import ScoringCore

/// The work-sample module's rules and handouts in words, and the findings of its score.
extension WorkSampleMessages {
    /// The task and its time limit in words.
    static func task(_ task: LocalizedText, minutes: Int) -> LocalizedText {
        .init(
            en: "Task: \(task.text(in: "en")) (\(minutes) minutes).",
            de: "Aufgabe: \(task.text(in: "de")) (\(minutes) Minuten).")
    }

    /// How a blind section is rated.
    static let rateBlind = LocalizedText(
        en:
            "Rate the product blind: without the candidate's interview notes or scores, ideally without knowing who wrote it.",
        de:
            "Bewerten Sie das Ergebnis blind: ohne die Notizen und Bewertungen des Interviews, möglichst ohne zu wissen, wer es geschrieben hat."
    )

    /// How a section that is not blind is rated.
    static let mayKnowInterview = LocalizedText(
        en: "Raters may know the candidate's interview.", de: "Die Bewertenden dürfen das Interview kennen.")

    /// A must-pass criterion in words, in the section's description.
    static func mustReach(_ title: LocalizedText, level: Int) -> LocalizedText {
        .init(
            en: "\(title.text(in: "en")): must reach level \(level); below it is a knock-out.",
            de: "\(title.text(in: "de")): muss Stufe \(level) erreichen; darunter ist ein K.-o.-Kriterium.")
    }

    /// The knock-out rule of a must-pass criterion.
    static func mustPassKnockOut(_ title: LocalizedText, level: Int) -> LocalizedText {
        .init(
            en: "A work sample below level \(level) in '\(title.text(in: "en"))' is a knock-out.",
            de: "Eine Arbeitsprobe unter Stufe \(level) bei '\(title.text(in: "de"))' ist ein K.-o.-Kriterium.")
    }

    /// The candidate's handout: the time limit, when there is one, before the brief.
    static func candidateBrief(_ brief: LocalizedText, minutes: Int?) -> LocalizedText {
        guard let minutes else { return brief }
        return .init(
            en: "You have \(minutes) minutes.\n\n" + brief.text(in: "en"),
            de: "Sie haben \(minutes) Minuten Zeit.\n\n" + brief.text(in: "de"))
    }

    /// The title of the candidate's handout.
    static let candidateBriefTitle = LocalizedText(en: "Work sample: your task", de: "Arbeitsprobe: Ihre Aufgabe")

    /// The title of the raters' handout.
    static let scriptTitle = LocalizedText(
        en: "Work sample: the raters' script (not for the candidate)",
        de: "Arbeitsprobe: Hinweise für die Bewertenden (nicht für die Bewerberin bzw. den Bewerber)")

    /// The finding of a must-pass criterion rated below its level.
    static func mustPassMissed(_ title: LocalizedText, rated: Double, level: Int) -> LocalizedText {
        .init(
            en:
                "the work sample misses the must-pass criterion '\(title.text(in: "en"))' (rated \(Format.number(rated)), must reach \(level))",
            de:
                "die Arbeitsprobe verfehlt das Muss-Kriterium '\(title.text(in: "de"))' (bewertet \(Format.number(rated, language: .de)), gefordert \(level))"
        )
    }

    static let scoringEntries: [(name: String, text: LocalizedText)] = {
        let title = LocalizedText(en: "Correct amount", de: "Richtiger Betrag")
        return [
            ("task", task(LocalizedText(en: "A dunning letter", de: "Ein Mahnschreiben"), minutes: 20)),
            ("rateBlind", rateBlind), ("mayKnowInterview", mayKnowInterview),
            ("mustReach", mustReach(title, level: 3)), ("mustPassKnockOut", mustPassKnockOut(title, level: 3)),
            ("candidateBrief", candidateBrief(LocalizedText(en: "Write…", de: "Schreiben Sie…"), minutes: 20)),
            ("candidateBriefTitle", candidateBriefTitle), ("scriptTitle", scriptTitle),
            ("mustPassMissed", mustPassMissed(title, rated: 2, level: 3)),
        ]
    }()
}
