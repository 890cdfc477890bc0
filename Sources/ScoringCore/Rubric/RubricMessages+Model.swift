/// The names the rubric model gives its values (recommendations, consensus methods, the default scale's levels, the
/// default stage), the CEFR level descriptors and the interview-length estimate.
///
/// They show in reports, the rubric guides (docs/rubrics) and the `enter` screen.
extension RubricMessages {
    /// A recommendation's name: strong no.
    static let strongNo = LocalizedText(en: "strong no", de: "klares Nein")
    /// A recommendation's name: no.
    static let no = LocalizedText(en: "no", de: "Nein")
    /// A recommendation's name: yes.
    static let yes = LocalizedText(en: "yes", de: "Ja")
    /// A recommendation's name: strong yes.
    static let strongYes = LocalizedText(en: "strong yes", de: "klares Ja")
    /// A recommendation's name: no decision.
    static let noDecision = LocalizedText(en: "no decision", de: "keine Entscheidung")

    /// A consensus method's name: the median.
    static let median = LocalizedText(en: "median", de: "Median")
    /// A consensus method's name: the mean.
    static let mean = LocalizedText(en: "mean", de: "Mittelwert")
    /// A consensus method's name: the trimmed mean.
    static let trimmedMean = LocalizedText(en: "trimmed mean", de: "getrimmter Mittelwert")

    /// The default scale's level 1.
    static let wellBelowRequirements = LocalizedText(
        en: "well below requirements", de: "deutlich unter den Anforderungen")
    /// The default scale's level 2.
    static let belowRequirements = LocalizedText(en: "below requirements", de: "unter den Anforderungen")
    /// The default scale's level 3.
    static let meetsRequirements = LocalizedText(en: "meets requirements", de: "erfüllt die Anforderungen")
    /// The default scale's level 4.
    static let aboveRequirements = LocalizedText(en: "above requirements", de: "über den Anforderungen")
    /// The default scale's level 5.
    static let wellAboveRequirements = LocalizedText(
        en: "well above requirements", de: "deutlich über den Anforderungen")

    /// The title of the one stage of a rubric without an interview plan.
    static let interviewStage = LocalizedText(en: "Interview", de: "Interview")

    /// The interview-length estimate's parts: "5 opening and close, 6 questions × 4, 12 follow-ups × 1".
    static func timingBreakdown(
        opening: Int, questions: Int, perQuestion: Int, followUps: Int, perFollowUp: Int
    ) -> LocalizedText {
        .init(
            en:
                "\(opening) opening and close, \(questions) questions × \(perQuestion), \(followUps) follow-ups × \(perFollowUp)",
            de:
                "\(opening) Begrüßung und Abschluss, \(questions) Fragen × \(perQuestion), \(followUps) Nachfragen × \(perFollowUp)"
        )
    }

    /// The CEFR level A1 in HireScore's words, for interviewers who are not trained language assessors.
    static let cefrA1 = LocalizedText(
        en: "understands and uses familiar everyday phrases; needs the other person to speak slowly and help",
        de: "versteht und nutzt vertraute Alltagsausdrücke; braucht langsames Sprechen und Hilfe des Gegenübers")
    /// The CEFR level A2 in HireScore's words.
    static let cefrA2 = LocalizedText(
        en: "handles short routine exchanges on familiar matters; cannot keep a conversation going alone",
        de: "bewältigt kurze Routinegespräche über Vertrautes; kann ein Gespräch nicht allein in Gang halten")
    /// The CEFR level B1 in HireScore's words.
    static let cefrB1 = LocalizedText(
        en: "deals with most everyday work situations; explains simply, with gaps on unfamiliar or complex topics",
        de:
            "bewältigt die meisten Alltagssituationen im Beruf; erklärt einfach, mit Lücken bei fremden oder komplexen Themen"
    )
    /// The CEFR level B2 in HireScore's words.
    static let cefrB2 = LocalizedText(
        en:
            "talks with customers fluently and without strain on both sides; explains a view with reasons, in speech and writing",
        de:
            "spricht mit Kund*innen flüssig und ohne Mühe für beide Seiten; begründet einen Standpunkt mündlich und schriftlich"
    )
    /// The CEFR level C1 in HireScore's words.
    static let cefrC1 = LocalizedText(
        en:
            "expresses complex matters fluently, precisely and well structured; adapts tone to the person, also in conflict",
        de:
            "drückt komplexe Sachverhalte flüssig, genau und gut gegliedert aus; passt den Ton der Person an, auch im Konflikt"
    )
    /// The CEFR level C2 in HireScore's words.
    static let cefrC2 = LocalizedText(
        en:
            "understands virtually everything; expresses fine shades of meaning with ease, like a highly educated native speaker",
        de:
            "versteht praktisch alles; drückt feine Bedeutungsnuancen mühelos aus, wie gebildete Muttersprachler*innen"
    )

    static let modelEntries: [(name: String, text: LocalizedText)] = [
        ("strongNo", strongNo), ("no", no), ("yes", yes), ("strongYes", strongYes), ("noDecision", noDecision),
        ("median", median), ("mean", mean), ("trimmedMean", trimmedMean),
        ("wellBelowRequirements", wellBelowRequirements), ("belowRequirements", belowRequirements),
        ("meetsRequirements", meetsRequirements), ("aboveRequirements", aboveRequirements),
        ("wellAboveRequirements", wellAboveRequirements), ("interviewStage", interviewStage),
        ("timingBreakdown", timingBreakdown(opening: 5, questions: 6, perQuestion: 4, followUps: 12, perFollowUp: 1)),
        ("cefrA1", cefrA1), ("cefrA2", cefrA2), ("cefrB1", cefrB1), ("cefrB2", cefrB2), ("cefrC1", cefrC1),
        ("cefrC2", cefrC2),
    ]
}
