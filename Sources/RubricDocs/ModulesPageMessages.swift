import ScoringCore

/// The words of the modules page (docs/modules.md), each with its German and English text.
enum ModulesPageMessages: MessageCatalogue {
    /// In a cell: nothing asked or added.
    static let none = LocalizedText(en: "–", de: "–")
    /// Beside a required observation.
    static let required = LocalizedText(en: "required", de: "verpflichtend")
    /// Beside an optional observation.
    static let optional = LocalizedText(en: "optional", de: "optional")

    /// An observation's kind in words: "level on the CEFR scale", "minutes 1–480", "one of a, b", "count 0–10".
    static func kind(_ kind: ObservationKind) -> LocalizedText {
        switch kind {
        case .level(let scale): level(scale.name)
        case .count(let bounds): count(bounds)
        case .minutes(let bounds): minutes(bounds)
        case .choice(let choices): oneOf(choices.map(\.id))
        }
    }

    /// A level observation: "level on the CEFR scale".
    static func level(_ scale: LocalizedText) -> LocalizedText {
        .init(en: "level on the \(scale.text(in: "en")) scale", de: "Stufe der Skala \(scale.text(in: "de"))")
    }

    /// A count observation: "count 0–10".
    static func count(_ bounds: ClosedRange<Int>) -> LocalizedText {
        .init(
            en: "count \(bounds.lowerBound)–\(bounds.upperBound)",
            de: "Anzahl \(bounds.lowerBound)–\(bounds.upperBound)")
    }

    /// A time observation: "minutes 1–480".
    static func minutes(_ bounds: ClosedRange<Int>) -> LocalizedText {
        .init(
            en: "minutes \(bounds.lowerBound)–\(bounds.upperBound)",
            de: "Minuten \(bounds.lowerBound)–\(bounds.upperBound)")
    }

    /// A choice observation: "one of a, b".
    static func oneOf(_ ids: [String]) -> LocalizedText {
        let list = ids.joined(separator: ", ")
        return .init(en: "one of \(list)", de: "eine von \(list)")
    }

    static let entries: [(name: String, text: LocalizedText)] = [
        ("none", none), ("required", required), ("optional", optional),
        ("level", level(LocalizedText(en: "CEFR", de: "GER"))), ("count", count(0...10)),
        ("minutes", minutes(1...480)), ("oneOf", oneOf(["letter", "triage"])),
    ]

    /// A dash and a loanword.
    static let sameInBothLanguages: Set<String> = ["none", "optional"]
}
