import ScoringCore

/// The small words ``ReportLocale`` writes in every report: yes and no, and an interviewer's calibration tendency.
package enum ReportLocaleMessages: MessageCatalogue {
    /// "yes" in a table cell.
    package static let yes = LocalizedText(en: "yes", de: "ja")

    /// "no" in a table cell.
    package static let no = LocalizedText(en: "no", de: "nein")

    /// An interviewer's calibration tendency by its code: `lenient`, `severe`, `in-line`, else unclear.
    package static func tendency(_ code: String) -> LocalizedText {
        switch code {
        case "lenient": return .init(en: "lenient", de: "milde")
        case "severe": return .init(en: "severe", de: "streng")
        case "in-line": return .init(en: "in line", de: "im Rahmen")
        default: return .init(en: "unclear", de: "unklar")
        }
    }

    /// Every entry, the tendency with each of its codes.
    package static var entries: [(name: String, text: LocalizedText)] {
        [
            ("yes", yes), ("no", no), ("tendency(lenient)", tendency("lenient")),
            ("tendency(severe)", tendency("severe")),
            ("tendency(in-line)", tendency("in-line")), ("tendency(unclear)", tendency("unclear")),
        ]
    }
}
