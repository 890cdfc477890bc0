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

    /// A path given with a database store that names no place in it.
    static func notAPlaceInTheStore(_ path: String, store: String) -> LocalizedText {
        let (path, store) = (TerminalText.line(path), TerminalText.line(store))
        return .init(
            en:
                "\(path) is no place in the database store \(store): name a requisition, a candidate or a card inside it (REQUISITION, REQUISITION/CANDIDATE or REQUISITION/CANDIDATE/FILE.yaml), as the store's paths are printed, with or without \(store)/ before them",
            de:
                "\(path) ist keine Stelle in der Datenbank-Ablage \(store): nennen Sie eine Ausschreibung, eine Kandidatin, einen Kandidaten oder einen Bewertungsbogen darin (AUSSCHREIBUNG, AUSSCHREIBUNG/KANDIDAT oder AUSSCHREIBUNG/KANDIDAT/DATEI.yaml), wie die Pfade der Ablage ausgegeben werden, mit oder ohne \(store)/ davor"
        )
    }

    /// Every entry, with sample arguments.
    static let entries: [(name: String, text: LocalizedText)] = [
        ("notAPlaceInTheStore", notAPlaceInTheStore("../c-101", store: "postgresql://rita@db:5432/hiring")),
        ("noStore", noStore("scorecards")), ("noScorecards", noScorecards(in: ["a", "b"])),
        ("noCandidates", noCandidates(inRequisition: "r-2", known: ["r-1", "r-3"], suggestion: "r-3")),
        ("noCandidates(none)", noCandidates(inRequisition: "r-2", known: [], suggestion: nil)),
        ("outputIsScoredFile", outputIsScoredFile("card.yaml")),
    ]
}
