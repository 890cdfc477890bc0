import ScoringCore

// Interviewer calibration (`hirescore calibrate`) and the reliability per criterion of merge and calibrate.
extension ReportMessages {
    /// The title of the calibration report.
    package static let calibrationTitle = LocalizedText(
        en: "Interviewer calibration", de: "Kalibrierung der Interviewer*innen")
    /// The columns of the calibration table in text, Markdown and HTML.
    package static let calibrationColumns = [
        LocalizedText(en: "interviewer", de: "Interviewer*in"), LocalizedText(en: "cards", de: "Bögen"),
        LocalizedText(en: "deviation", de: "Abweichung"), LocalizedText(en: "95% interval", de: "95-%-Intervall"),
        LocalizedText(en: "tendency", de: "Tendenz"), LocalizedText(en: "middle", de: "Mitte"),
        LocalizedText(en: "spread", de: "Streuung"), LocalizedText(en: "n/a", de: "n/a"),
    ]
    /// The columns of the calibration CSV.
    package static let calibrationCSVColumns = [
        LocalizedText(en: "interviewer", de: "Interviewer*in"), LocalizedText(en: "named", de: "namentlich"),
        LocalizedText(en: "scorecards", de: "Bögen"), LocalizedText(en: "deviation", de: "Abweichung"),
        LocalizedText(en: "interval low", de: "Intervall von"), LocalizedText(en: "interval high", de: "Intervall bis"),
        LocalizedText(en: "tendency", de: "Tendenz"), LocalizedText(en: "middle (%)", de: "Mitte (%)"),
        LocalizedText(en: "spread", de: "Streuung"), LocalizedText(en: "n/a (%)", de: "n/a (%)"),
    ]
    /// The legend under the calibration table in the terminal (`calibrate`), with a blank line after it.
    package static func calibrationTextLegend(minimumForName: Int) -> LocalizedText {
        .init(
            en: """
                deviation: mean difference from the consensus of the rest of the panel, in scale levels (positive: lenient, negative: severe).
                middle: share of ratings at the middle of the scale (central tendency). spread: mean standard deviation within a scorecard (low: halo).
                Names appear only from \(minimumForName) scorecards; others show as R1, R2, ... In Germany these statistics can need the works council's consent (BetrVG § 87).

                """,
            de: """
                Abweichung: mittlere Differenz zum Konsens der übrigen Panelmitglieder in Skalenstufen (positiv: milder, negativ: strenger).
                Mitte: Anteil der Bewertungen auf der Skalenmitte (Tendenz zur Mitte). Streuung: mittlere Standardabweichung innerhalb eines Bogens (niedrig: Halo-Effekt).
                Namen erscheinen erst ab \(minimumForName) Bögen; sonst R1, R2, ... Diese Auswertung kann der Zustimmung des Betriebsrats bedürfen (§ 87 BetrVG).

                """)
    }
    /// How many interviewers are calibrated: "4 interviewers".
    package static func interviewerCount(_ count: Int) -> LocalizedText {
        .init(en: "\(count) interviewers", de: "\(count) Interviewer*innen")
    }
    /// From how many scorecards an interviewer is shown by name.
    package static func namesFrom(_ minimum: Int) -> LocalizedText {
        .init(en: "names from \(minimum) scorecards", de: "Namen ab \(minimum) Bögen")
    }
    /// Said when no interviewer can be calibrated.
    package static let noInterviewers = LocalizedText(en: "No interviewers.", de: "Keine Interviewer*innen.")
    /// The caption of the deviation chart.
    package static let deviationCaption = LocalizedText(
        en: "Diamond: mean deviation; line: 95% interval. An interval that does not cross 0 shows a tendency.",
        de:
            "Raute: mittlere Abweichung; Linie: 95-%-Intervall. Ein Intervall, das die 0 nicht schneidet, zeigt eine Tendenz."
    )
    /// The legend of the calibration table: what deviation, middle and spread mean, and when names are shown.
    package static func calibrationLegend(minimumForName: Int) -> [LocalizedText] {
        [
            .init(
                en:
                    "deviation: mean difference from the consensus of the rest of the panel, in scale levels (positive: lenient, negative: severe); the 95% interval over the scorecards decides the tendency.",
                de:
                    "Abweichung: mittlere Differenz zum Konsens der übrigen Panelmitglieder in Skalenstufen (positiv: milder, negativ: strenger); das 95-%-Intervall über die Bögen entscheidet über die Tendenz."
            ),
            .init(
                en:
                    "middle: share of ratings at the middle of the scale (central tendency). spread: mean standard deviation within a scorecard (low: halo).",
                de:
                    "Mitte: Anteil der Bewertungen auf der Skalenmitte (Tendenz zur Mitte). Streuung: mittlere Standardabweichung innerhalb eines Bogens (niedrig: Halo-Effekt)."
            ),
            .init(
                en:
                    "Names appear only from \(minimumForName) scorecards; others show as R1, R2, ... In Germany these statistics can need the works council's consent (BetrVG § 87).",
                de:
                    "Namen erscheinen erst ab \(minimumForName) Bögen; sonst R1, R2, ... Diese Auswertung kann der Zustimmung des Betriebsrats bedürfen (§ 87 BetrVG)."
            ),
        ]
    }

    /// The heading of the reliability table: "Reliability per criterion across requisition R".
    package static func reliabilityTitle(_ requisition: String) -> LocalizedText {
        .init(
            en: "Reliability per criterion across requisition \(requisition)",
            de: "Reliabilität je Kriterium über die Ausschreibung \(requisition)")
    }
    /// The columns of the reliability table.
    package static let reliabilityColumns = [
        LocalizedText(en: "criterion", de: "Kriterium"), LocalizedText(en: "candidates", de: "Kandidat*innen"),
        LocalizedText(en: "one rater", de: "eine Person"),
        LocalizedText(en: "panel mean (raters)", de: "Panel-Mittel (Bewertende)"),
        LocalizedText(en: "raters for .80", de: "Bewertende für 0,80"), LocalizedText(en: "note", de: "Hinweis"),
    ]
    /// Why a criterion has no reliability: too few candidates rated by two raters.
    package static func tooFewCandidates(_ minimum: Int) -> LocalizedText {
        .init(
            en: "too few candidates rated by two raters or more (at least \(minimum) are needed)",
            de:
                "zu wenige Kandidat*innen, die mindestens zwei Personen bewertet haben (nötig sind mindestens \(minimum))"
        )
    }
    /// Why a criterion has no reliability: every rating is the same.
    package static let noVariance = LocalizedText(en: "no variance", de: "keine Varianz")
    /// The note on a criterion whose raters agree no better than chance.
    package static let noAgreementBeyondChance = LocalizedText(
        en: "no agreement beyond chance: more raters do not help; sharpen the anchors",
        de: "keine Übereinstimmung über den Zufall hinaus: mehr Bewertende helfen nicht; schärfen Sie die Anker")
    /// The legend of the reliability table.
    package static let reliabilityLegend = [
        LocalizedText(
            en:
                "one rater: ICC(1), how reliable one interviewer's rating of the criterion was across the requisition's candidates (differences between interviewers count as error).",
            de:
                "eine Person: ICC(1), wie reliabel die Bewertung des Kriteriums durch eine Person über die Kandidat*innen der Ausschreibung war (Unterschiede zwischen den Bewertenden zählen als Fehler)."
        ),
        LocalizedText(
            en:
                "panel mean: the Spearman–Brown projection to the mean of the raters in brackets (the rubric's plan, or else the usual panel); raters for .80: how many raters' mean would reach .80, for planning the next campaign.",
            de:
                "Panel-Mittel: die Spearman-Brown-Projektion auf das Mittel der Bewertenden in Klammern (laut Plan der Bewertungsvorlage, sonst das übliche Panel); Bewertende für 0,80: wie viele Bewertende im Mittel 0,80 erreichen, für die Planung der nächsten Ausschreibung."
        ),
    ]

    static var calibrationEntries: [(name: String, text: LocalizedText)] {
        let columns = calibrationColumns.enumerated().map { ("calibrationColumns[\($0.offset)]", $0.element) }
        let csv = calibrationCSVColumns.enumerated().map { ("calibrationCSVColumns[\($0.offset)]", $0.element) }
        let legend = calibrationLegend(minimumForName: 5).enumerated().map {
            ("calibrationLegend[\($0.offset)]", $0.element)
        }
        let reliability = reliabilityColumns.enumerated().map { ("reliabilityColumns[\($0.offset)]", $0.element) }
        let reliabilityNotes = reliabilityLegend.enumerated().map { ("reliabilityLegend[\($0.offset)]", $0.element) }
        return [("calibrationTitle", calibrationTitle)] + columns + csv
            + [
                ("calibrationTextLegend", calibrationTextLegend(minimumForName: 5)),
                ("interviewerCount", interviewerCount(4)), ("namesFrom", namesFrom(5)),
                ("noInterviewers", noInterviewers), ("deviationCaption", deviationCaption),
            ] + legend + [("reliabilityTitle", reliabilityTitle("claims-2026"))] + reliability
            + [
                ("tooFewCandidates", tooFewCandidates(5)), ("noVariance", noVariance),
                ("noAgreementBeyondChance", noAgreementBeyondChance),
            ] + reliabilityNotes
    }
}
