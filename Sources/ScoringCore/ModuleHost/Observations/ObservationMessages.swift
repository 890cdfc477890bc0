/// The sentences about module observations (reading, typing and showing them), each with its German and
/// English text.
public enum ObservationMessages {
    /// A value that is not a level of the scale: "'D1' is not a CEFR level; use A1, A2, B1, B2, C1 or C2".
    static func notALevel(_ text: String, scale: OrdinalScale) -> LocalizedText {
        .init(
            en: "'\(text.shortened)' is not a \(scale.name.text(in: "en")) level; use \(scale.list(in: "en"))",
            de:
                "'\(text.shortened)' ist keine \(scale.name.text(in: "de"))-Stufe; verwenden Sie \(scale.list(in: "de"))"
        )
    }

    /// A value that is not a whole number.
    static func notANumber(_ text: String, label: LocalizedText) -> LocalizedText {
        .init(
            en: "'\(text.shortened)' is not a whole number (\(label.text(in: "en")))",
            de: "'\(text.shortened)' ist keine ganze Zahl (\(label.text(in: "de")))")
    }

    /// A number outside the declared bounds.
    static func outOfRange(_ number: Int, label: LocalizedText, bounds: ClosedRange<Int>, minutes: Bool)
        -> LocalizedText
    {
        let unitEN = minutes ? " minutes" : ""
        let unitDE = minutes ? " Minuten" : ""
        return .init(
            en:
                "\(number) is outside \(bounds.lowerBound) to \(bounds.upperBound)\(unitEN) (\(label.text(in: "en")))",
            de:
                "\(number) liegt außerhalb von \(bounds.lowerBound) bis \(bounds.upperBound)\(unitDE) (\(label.text(in: "de")))"
        )
    }

    /// What to write for a number.
    static func numberHint(_ bounds: ClosedRange<Int>, minutes: Bool) -> LocalizedText {
        .init(
            en:
                "write a whole number from \(bounds.lowerBound) to \(bounds.upperBound)\(minutes ? " (minutes)" : ""), or n/a",
            de:
                "schreiben Sie eine ganze Zahl von \(bounds.lowerBound) bis \(bounds.upperBound)\(minutes ? " (Minuten)" : "") oder n/a"
        )
    }

    /// A value that is none of the choices.
    static func notAChoice(_ text: String, label: LocalizedText) -> LocalizedText {
        .init(
            en: "'\(text.shortened)' is not one of the answers for \(label.text(in: "en"))",
            de: "'\(text.shortened)' ist keine der Antworten für \(label.text(in: "de"))")
    }

    /// The choices to write.
    static func choiceHint(_ ids: [String]) -> LocalizedText {
        .init(
            en: "write one of \(ids.joined(separator: ", ")), or n/a",
            de: "schreiben Sie eine von \(ids.joined(separator: ", ")) oder n/a")
    }

    /// What to write when a level was not assessed.
    static let notAssessedHint = LocalizedText(
        en: "write n/a when it was not assessed", de: "schreiben Sie n/a, wenn es nicht beurteilt wurde")

    /// A value not assessed, as shown.
    public static let notAssessed = LocalizedText(en: "n/a", de: "k. A.")

    /// A duration, as shown: "35 min".
    static func minutes(_ number: Int) -> LocalizedText {
        .init(en: "\(number) min", de: "\(number) Min.")
    }

    /// A scorecard value for an observation its section does not declare.
    static func unknownObservation(_ id: String, section: String) -> LocalizedText {
        .init(
            en: "'\(id.shortened)' is not an observation of section '\(section)'",
            de: "'\(id.shortened)' ist keine Beobachtung des Abschnitts '\(section)'")
    }

    /// A scorecard's observations for a section the rubric does not have.
    static func unknownSection(_ id: String, rubric: String) -> LocalizedText {
        .init(
            en: "'\(id.shortened)' is not a section of rubric '\(rubric)' that records observations",
            de: "'\(id.shortened)' ist kein Abschnitt der Bewertungsvorlage '\(rubric)', der Beobachtungen erfasst")
    }

    /// A knock-out rule that needs an observation nobody recorded.
    static func knockOutNotRecorded(_ label: LocalizedText) -> LocalizedText {
        .init(
            en: "'\(label.text(in: "en"))' can knock out but was not recorded",
            de: "'\(label.text(in: "de"))' kann zum K.-o. führen, wurde aber nicht erfasst")
    }
}
