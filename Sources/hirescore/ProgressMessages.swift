import ScoringCore

/// The progress texts of long commands, in German and English.
enum ProgressMessages {
    /// verify, file by file.
    static func verifying(_ done: Int, of total: Int) -> LocalizedText {
        .init(
            en: "verifying scorecards: \(done) of \(total)…",
            de: "Bewertungsbögen werden geprüft: \(done) von \(total)…")
    }

    /// merge, rank, calibrate while reading the files, file by file.
    static func reading(_ done: Int, of total: Int) -> LocalizedText {
        .init(
            en: "reading scorecards: \(done) of \(total)…",
            de: "Bewertungsbögen werden gelesen: \(done) von \(total)…")
    }

    /// merge, rank, calibrate while merging, candidate by candidate.
    static func merging(_ done: Int, of total: Int) -> LocalizedText {
        .init(
            en: "merging candidates: \(done) of \(total)…",
            de: "Kandidat*innen werden zusammengeführt: \(done) von \(total)…")
    }

    /// merge, rank, calibrate while rendering.
    static let rendering = LocalizedText(en: "writing the report…", de: "der Bericht wird geschrieben…")
}
