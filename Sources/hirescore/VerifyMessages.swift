import Compliance
import ScoringCore

/// The sentences `verify` prints, each in German and English.
enum VerifyMessages {
    /// A link out of the store.
    static let pointsOutside = LocalizedText(
        en: "points outside the store and is not read", de: "verweist außerhalb der Ablage und wird nicht gelesen")

    /// A draft.
    static let draft = LocalizedText(en: "draft (not submitted, no seal)", de: "Entwurf (nicht abgegeben, kein Siegel)")

    /// Submitted without a seal.
    static let noSeal = LocalizedText(en: "submitted but has no seal", de: "abgegeben, aber ohne Siegel")

    /// The seal does not match.
    static let changed = LocalizedText(
        en: "changed after submission (the seal no longer matches the content)",
        de: "nach der Abgabe geändert (das Siegel passt nicht mehr zum Inhalt)")

    /// An intact seal, before how the card is signed.
    static let sealIntact = LocalizedText(en: "seal intact, ", de: "Siegel in Ordnung, ")

    /// Before a refused signature.
    static let signature = LocalizedText(en: "signature: ", de: "Signatur: ")

    /// After a misplaced card.
    static let moveBack = LocalizedText(
        en: "; move it back or remove it", de: "; legen Sie ihn zurück oder entfernen Sie ihn")

    /// No scorecards found.
    static let noneFound = LocalizedText(en: "no scorecards found", de: "keine Bewertungsbögen gefunden")

    /// The summary: "3 scorecards intact, 1 problem".
    static func summary(intact: Int, problems: Int) -> LocalizedText {
        .init(
            en:
                "\(intact) \(intact == 1 ? "scorecard" : "scorecards") intact, \(problems) \(problems == 1 ? "problem" : "problems")",
            de:
                "\(intact) \(intact == 1 ? "Bewertungsbogen" : "Bewertungsbögen") in Ordnung, \(problems) \(problems == 1 ? "Problem" : "Probleme")"
        )
    }
}
