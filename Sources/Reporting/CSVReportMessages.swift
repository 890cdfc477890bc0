import ScoringCore

/// The header rows of the CSV reports (`score`, `merge` and `rank` with `--format csv`) and the words in their
/// cells, each with its German and English text, column by column.
package enum CSVReportMessages: MessageCatalogue {
    /// The columns of a scorecard's CSV.
    package static let scorecardColumns = [
        LocalizedText(en: "candidate", de: "Kandidat*in"), LocalizedText(en: "interviewer", de: "Interviewer*in"),
        LocalizedText(en: "requisition", de: "Ausschreibung"),
        LocalizedText(en: "interview date", de: "Interviewdatum"),
        LocalizedText(en: "rubric", de: "Vorlage"), LocalizedText(en: "section", de: "Abschnitt"),
        LocalizedText(en: "section score", de: "Abschnittswert"), LocalizedText(en: "criterion", de: "Kriterium"),
        LocalizedText(en: "criterion title", de: "Kriterium (Titel)"), LocalizedText(en: "rating", de: "Bewertung"),
        LocalizedText(en: "evidence", de: "Beleg"),
    ]

    /// The columns of a merge's CSV before the raters' columns.
    package static let panelColumns = [
        LocalizedText(en: "requisition", de: "Ausschreibung"), LocalizedText(en: "candidate", de: "Kandidat*in"),
        LocalizedText(en: "rubric", de: "Vorlage"), LocalizedText(en: "panel recommendation", de: "Panel-Empfehlung"),
        LocalizedText(en: "consensus score", de: "Konsenswert"),
        LocalizedText(en: "consensus method", de: "Konsensmethode"),
        LocalizedText(en: "within one level (%)", de: "höchstens 1 Stufe auseinander (%)"),
        LocalizedText(en: "section", de: "Abschnitt"), LocalizedText(en: "criterion", de: "Kriterium"),
        LocalizedText(en: "criterion title", de: "Kriterium (Titel)"), LocalizedText(en: "consensus", de: "Konsens"),
        LocalizedText(en: "median", de: "Median"), LocalizedText(en: "mean", de: "Mittelwert"),
        LocalizedText(en: "range", de: "Spanne"), LocalizedText(en: "discuss", de: "besprechen"),
        LocalizedText(en: "gap", de: "Lücke"),
    ]

    /// The three columns of a merge's CSV for the rater numbered `number` (from 1).
    package static func raterColumns(_ number: Int) -> [LocalizedText] {
        [
            LocalizedText(en: "interviewer \(number)", de: "Interviewer*in \(number)"),
            LocalizedText(en: "rating \(number)", de: "Bewertung \(number)"),
            LocalizedText(en: "evidence \(number)", de: "Beleg \(number)"),
        ]
    }

    /// The consensus method cell of a what-if merge: the method used and the rubric's.
    package static func whatIfMethod(_ used: ConsensusMethod, rubric: ConsensusMethod) -> LocalizedText {
        .init(
            en: "\(used.label.text(in: .en)) (WHAT-IF; rubric: \(rubric.label.text(in: .en)))",
            de: "\(used.label.text(in: .de)) (WAS-WÄRE-WENN; Vorlage: \(rubric.label.text(in: .de)))")
    }

    /// The columns of a ranking's CSV.
    package static let rankingColumns = [
        LocalizedText(en: "status", de: "Status"), LocalizedText(en: "rank", de: "Rang"),
        LocalizedText(en: "tied", de: "gleichauf"), LocalizedText(en: "candidate", de: "Kandidat*in"),
        LocalizedText(en: "requisition", de: "Ausschreibung"), LocalizedText(en: "score", de: "Wert"),
        LocalizedText(en: "recommendation", de: "Empfehlung"), LocalizedText(en: "raters", de: "Bewertende"),
        LocalizedText(en: "coverage (%)", de: "Abdeckung (%)"),
        LocalizedText(en: "within one level (%)", de: "höchstens 1 Stufe auseinander (%)"),
        LocalizedText(en: "knock-outs", de: "K.-o.-Kriterien"),
    ]

    /// Every entry, the column lists column by column.
    package static var entries: [(name: String, text: LocalizedText)] {
        func columns(_ name: String, _ list: [LocalizedText]) -> [(name: String, text: LocalizedText)] {
            list.enumerated().map { ("\(name)[\($0.offset)]", $0.element) }
        }
        return columns("scorecardColumns", scorecardColumns) + columns("panelColumns", panelColumns)
            + columns("raterColumns", raterColumns(1)) + [("whatIfMethod", whatIfMethod(.mean, rubric: .median))]
            + columns("rankingColumns", rankingColumns)
    }
}
