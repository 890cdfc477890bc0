import ScoringCore

/// The labels and sentences of the panel reports of `hirescore merge` (text, Markdown and HTML), each with its
/// German and English text: headings, table columns, flags and the sentences about spread and files.
///
/// The entries are grouped by what shows them (`PanelReportMessages+Spread.swift` holds the spread and agreement
/// sentences); ``entries`` lists them all for the test that every entry has both languages.
package enum PanelReportMessages: MessageCatalogue {
    /// Every entry of every group.
    package static var entries: [(name: String, text: LocalizedText)] {
        headingEntries + columnEntries + spreadEntries
    }

    /// Entries that are the same in German on purpose.
    package static var sameInBothLanguages: Set<String> {
        // "Panel" is the German word too; "Interview" likewise.
        ["panel", "interviewColumn"]
    }

    // MARK: Headings and facts

    /// A fact under a candidate's heading: the requisition ("requisition req-7").
    package static func requisitionFact(_ requisition: String) -> LocalizedText {
        .init(en: "requisition \(requisition)", de: "Ausschreibung \(requisition)")
    }

    /// A fact under a candidate's heading: the rubric's reference and the start of its hash.
    package static func rubricFact(_ reference: String, hash: String) -> LocalizedText {
        .init(en: "rubric \(reference) \(hash)…", de: "Vorlage \(reference) \(hash)…")
    }

    /// The text report's word before the rubric's reference: "Rubric".
    package static let rubric = LocalizedText(en: "Rubric", de: "Vorlage")

    /// A fact under a candidate's heading: the consensus method ("consensus: median").
    package static func consensusFact(_ method: String) -> LocalizedText {
        .init(en: "consensus: \(method)", de: "Konsens: \(method)")
    }

    /// The text report's word before the raters: "Panel".
    package static let panel = LocalizedText(en: "Panel", de: "Panel")

    /// After a rater who has not submitted, in a list of names: " (draft)".
    package static let draftSuffix = LocalizedText(en: " (draft)", de: " (Entwurf)")

    /// After a rater who has not submitted, in the text report's panel line: " (DRAFT)".
    package static let draftSuffixUppercased = LocalizedText(en: " (DRAFT)", de: " (ENTWURF)")

    /// The label of the panel's recommendation.
    package static let panelRecommendation = LocalizedText(en: "Panel recommendation", de: "Panel-Empfehlung")

    /// The label of the overall consensus score.
    package static let consensusScore = LocalizedText(en: "consensus score", de: "Konsenswert")

    /// The label of the coverage (criteria rated of all).
    package static let coverage = LocalizedText(en: "coverage", de: "Abdeckung")

    /// The heading of the ratings side by side.
    package static let ratings = LocalizedText(en: "Ratings", de: "Bewertungen")

    /// The flag of a criterion whose range is two levels or more.
    package static let discussFlag = LocalizedText(en: "⚑ discuss", de: "⚑ besprechen")

    /// The flag of a criterion nobody rated.
    package static let gapFlag = LocalizedText(en: "○ gap", de: "○ Lücke")

    /// The note under the ratings table.
    package static let notAssessedNote = LocalizedText(
        en: "n/a: not assessed, left out of every average.", de: "n/a: nicht beurteilt, in keinem Mittel enthalten.")

    /// The heading of the section scores.
    package static let sections = LocalizedText(
        en: "Sections (on the consensus ratings)", de: "Abschnitte (auf den Konsensbewertungen)")

    /// Before the rubric's decision thresholds.
    package static let thresholds = LocalizedText(
        en: "Thresholds on the overall score: ", de: "Schwellen für den Gesamtwert: ")

    /// The row of the overall score under the sections.
    package static let overallWeighted = LocalizedText(en: "Overall (weighted)", de: "Gesamt (gewichtet)")

    /// The heading of the knock-outs.
    package static let knockOuts = LocalizedText(en: "Knock-outs", de: "K.-o.-Kriterien")

    /// Said under a heading with nothing to list: "none".
    package static let none = LocalizedText(en: "none", de: "keine")

    /// The heading of each interviewer's own view.
    package static let whoSaidWhat = LocalizedText(en: "Who said what", de: "Wer hat was gesagt")

    /// The text report's words before an interviewer's own score: "own ratings".
    package static let ownRatings = LocalizedText(en: "own ratings", de: "eigene Bewertungen")

    /// The heading of the spread.
    package static let agreement = LocalizedText(en: "Agreement", de: "Übereinstimmung")

    /// The heading of the criteria to discuss.
    package static let forTheDebrief = LocalizedText(
        en: "For the debrief (range of 2 levels or more)", de: "Für die Nachbesprechung (Spanne ab 2 Stufen)")

    /// The text report's line before the criteria to discuss.
    package static let forTheDebriefLine = LocalizedText(
        en: "For the debrief (range ≥ 2 levels):", de: "Für die Nachbesprechung (Spanne ≥ 2 Stufen):")

    /// Before the criteria nobody rated.
    package static let gaps = LocalizedText(en: "Gaps (rated by nobody): ", de: "Lücken (von niemandem bewertet): ")

    /// Before the planned stages without a scorecard.
    package static let stagesWithoutScorecard = LocalizedText(
        en: "Stages without a scorecard: ", de: "Stufen ohne Bewertungsbogen: ")

    /// Before the criteria no stage of the panel covers.
    package static let coveredByNoStage = LocalizedText(
        en: "Covered by no stage of the panel: ", de: "Von keiner Stufe des Panels abgedeckt: ")

    /// The heading of the evidence.
    package static let evidence = LocalizedText(en: "Evidence", de: "Belege")

    /// The heading of the files.
    package static let files = LocalizedText(en: "Files", de: "Dateien")

    /// How many files were read, merged and refused.
    package static func fileCounts(read: Int, merged: Int, refused: Int) -> LocalizedText {
        .init(
            en: "\(read) read, \(merged) merged, \(refused) refused",
            de: "\(read) gelesen, \(merged) zusammengeführt, \(refused) abgelehnt")
    }

    /// The files held back because another scorecard of their candidate is refused.
    package static let withheld = LocalizedText(
        en: "not merged because another scorecard of the same candidate is refused above",
        de: "nicht zusammengeführt, weil ein anderer Bewertungsbogen derselben Kandidat*in oben abgelehnt ist")

    /// Before the agreement statistics of a requisition (`requisition`: its id, or the dash).
    package static func agreementAcross(_ requisition: String) -> LocalizedText {
        .init(
            en: "Agreement across requisition \(requisition): ",
            de: "Übereinstimmung über die Ausschreibung \(requisition): ")
    }

    /// Before the panel's merged observations of a section: "observed (panel)".
    package static let observedByPanel = LocalizedText(en: "observed (panel)", de: "beobachtet (Panel)")

    /// Text in the language's quotation marks: „…“ in German, “…” in English.
    package static func quoted(_ text: String) -> LocalizedText {
        .init(en: "“\(text)”", de: "„\(text)“")
    }

    static var headingEntries: [(name: String, text: LocalizedText)] {
        [
            ("requisitionFact", requisitionFact("req-7")),
            ("rubricFact", rubricFact("claims-clerk@3", hash: "sha256:1a")),
            ("rubric", rubric), ("consensusFact", consensusFact("median")), ("panel", panel),
            ("draftSuffix", draftSuffix), ("draftSuffixUppercased", draftSuffixUppercased),
            ("panelRecommendation", panelRecommendation), ("consensusScore", consensusScore), ("coverage", coverage),
            ("ratings", ratings), ("discussFlag", discussFlag), ("gapFlag", gapFlag),
            ("notAssessedNote", notAssessedNote), ("sections", sections), ("thresholds", thresholds),
            ("overallWeighted", overallWeighted), ("knockOuts", knockOuts), ("none", none),
            ("whoSaidWhat", whoSaidWhat), ("ownRatings", ownRatings), ("agreement", agreement),
            ("forTheDebrief", forTheDebrief), ("forTheDebriefLine", forTheDebriefLine), ("gaps", gaps),
            ("stagesWithoutScorecard", stagesWithoutScorecard), ("coveredByNoStage", coveredByNoStage),
            ("evidence", evidence), ("files", files), ("fileCounts", fileCounts(read: 3, merged: 2, refused: 1)),
            ("withheld", withheld), ("agreementAcross", agreementAcross("req-7")), ("quoted", quoted("…")),
            ("observedByPanel", observedByPanel),
        ]
    }
}
