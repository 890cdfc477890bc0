import ScoringCore

/// Numbers, dates and small words the way a report's language writes them.
///
/// English writes `3.46`, `75%` and `17 Nov 2026`; German writes `3,46`, `75 %` and `17.11.2026`.
/// Reports carry no time of their making, so that the same scorecards always give the same file.
package struct ReportLocale: Sendable, Hashable {
    /// The language.
    package var language: Language

    /// Creates a locale for `language`.
    package init(language: Language) {
        self.language = language
    }

    /// Whether the language is German.
    var isGerman: Bool { language == .de }

    /// A catalogue entry in the locale's language.
    func text(_ message: LocalizedText) -> String {
        message.text(in: language)
    }

    /// A catalogue entry for Markdown text written by HireScore: its `*` escaped (as in "Kandidat*in").
    func markdownText(_ message: LocalizedText) -> String {
        message.text(in: language).replacingOccurrences(of: "*", with: "\\*")
    }

    /// A number with exactly `digits` decimals (`3.46`, `3,46`).
    package func fixed(_ value: Double, digits: Int = 2) -> String {
        Format.fixed(value, digits: digits, language: language)
    }

    /// A number with at most `digits` decimals, trailing zeros dropped (`3`, `2.5`).
    package func number(_ value: Double, digits: Int = 2) -> String {
        Format.number(value, digits: digits, language: language)
    }

    /// A share 0...1 as a percentage (`75%`, `75 %`).
    package func percent(_ share: Double) -> String {
        Format.percent(share, language: language)
    }

    /// A number with its sign (`+0.12`, `-0.33`, `0.00`).
    package func signed(_ value: Double, digits: Int = 2) -> String {
        let text = fixed(value, digits: digits)
        return value > 0 && text.contains(where: { $0 != "0" && $0 != "." && $0 != "," }) ? "+" + text : text
    }

    /// A day: `17 Nov 2026` in English (no day-month order to misread), `17.11.2026` in German.
    package func date(_ date: CalendarDate) -> String {
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
        if isGerman { return "\(two(date.day)).\(two(date.month)).\(date.year)" }
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        return "\(date.day) \(months[date.month - 1]) \(date.year)"
    }

    /// Text in the language's quotation marks: „…“ in German, “…” in English.
    func quoted(_ text: String) -> String {
        self.text(PanelReportMessages.quoted(text))
    }

    /// The dash shown for a value that does not exist.
    static let none = "–"

    /// An optional number, or the dash.
    func fixed(_ value: Double?, digits: Int = 2) -> String {
        value.map { fixed($0, digits: digits) } ?? Self.none
    }

    /// `yes`/`no`, `ja`/`nein`.
    func yesNo(_ value: Bool) -> String {
        text(value ? ReportLocaleMessages.yes : ReportLocaleMessages.no)
    }

    /// A recommendation's label (`strong yes`, `klares Ja`).
    func label(_ recommendation: Recommendation) -> String {
        recommendation.label.text(in: language)
    }

    /// A symbol that tells a recommendation apart without colour: ✔✔ ✔ ✖ ✖✖ ?.
    static func symbol(_ recommendation: Recommendation) -> String {
        switch recommendation {
        case .strongYes: return "✔✔"
        case .yes: return "✔"
        case .no: return "✖"
        case .strongNo: return "✖✖"
        case .noDecision: return "?"
        }
    }

    /// The consensus method's name (a name the rubric format does not know is shown as written).
    func method(_ method: String) -> String {
        ConsensusMethod(rawValue: method).map { text($0.label) } ?? method
    }

    /// A calibration tendency (`lenient`, `severe`, `in-line`; anything else is unclear).
    func tendency(_ value: String) -> String {
        text(ReportLocaleMessages.tendency(value))
    }
}
