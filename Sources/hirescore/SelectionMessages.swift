import ScoringCore

/// Why a command finds nothing to work on in what its options select: no store at `--store`, no scorecards in
/// the paths given, no candidates in `--requisition`, or a report `--output` that is the file being read.
enum SelectionMessages: MessageCatalogue {
    /// `--store` names no folder.
    static func noStore(_ store: String) -> LocalizedText {
        .init(en: "there is no store at \(store)", de: "keine Ablage unter \(store)")
    }

    /// The paths given hold no scorecard files.
    static func noScorecards(in paths: [String]) -> LocalizedText {
        .init(
            en: "no scorecards found in \(paths.joined(separator: ", "))",
            de: "keine Bewertungsbögen in \(paths.joined(separator: ", ")) gefunden")
    }

    /// `--requisition` names no requisition of the merged panels, with the ones found and the closest.
    static func noCandidates(inRequisition requisition: String, known: [String], suggestion: String?) -> LocalizedText {
        .init(
            en:
                "no candidates in requisition '\(requisition)'; requisitions found: \(known.isEmpty ? "none" : known.joined(separator: ", "))"
                + (suggestion.map { "; " + CommonMessages.didYouMean($0).text(in: .en) } ?? ""),
            de:
                "keine Kandidat*innen in der Ausschreibung '\(requisition)'; vorhanden: \(known.isEmpty ? "keine" : known.joined(separator: ", "))"
                + (suggestion.map { "; " + CommonMessages.didYouMean($0).text(in: .de) } ?? ""))
    }

    /// `score -o` naming the scorecard being scored.
    static func outputIsScoredFile(_ output: String) -> LocalizedText {
        .init(
            en:
                "--output \(output) is the file being scored; the report would overwrite the scorecard; write it to another file",
            de:
                "--output \(output) ist die Datei, die bewertet wird; der Bericht würde den Bewertungsbogen überschreiben; schreiben Sie ihn in eine andere Datei"
        )
    }

    /// Every entry, with sample arguments.
    static let entries: [(name: String, text: LocalizedText)] = [
        ("noStore", noStore("scorecards")), ("noScorecards", noScorecards(in: ["a", "b"])),
        ("noCandidates", noCandidates(inRequisition: "r-2", known: ["r-1", "r-3"], suggestion: "r-3")),
        ("noCandidates(none)", noCandidates(inRequisition: "r-2", known: [], suggestion: nil)),
        ("outputIsScoredFile", outputIsScoredFile("card.yaml")),
    ]
}
