import Panel
import ScoringCore

/// The reliability per criterion of a requisition (``CriterionReliability``) as merge and calibrate show it: a
/// table of one rater's reliability, the projected reliability of the panel's mean and the raters needed for .80,
/// with a legend; and its JSON form. Shown only when at least one criterion has a reliability.
struct CriterionReliabilityReport {
    let locale: ReportLocale

    init(language: Language) {
        locale = ReportLocale(language: language)
    }

    /// Whether there is anything to show.
    static func hasValues(_ criteria: [CriterionReliability]) -> Bool {
        criteria.contains { $0.single != nil }
    }

    /// The heading: "Reliability per criterion across requisition R".
    func title(_ requisition: String) -> String {
        let name = requisition.isEmpty ? ReportLocale.none : requisition
        return locale.text(ReportMessages.reliabilityTitle(name))
    }

    var header: [String] {
        ReportMessages.reliabilityColumns.map(locale.text)
    }

    /// The columns holding numbers.
    static let numericColumns: Set<Int> = [1, 2, 3, 4]

    func rows(_ criteria: [CriterionReliability]) -> [[String]] {
        criteria.map { row in
            let single = row.single.map { locale.fixed($0, digits: 3) } ?? ReportLocale.none
            let mean = row.panelMean.map { "\(locale.fixed($0, digits: 3)) (\(row.panelRaters))" } ?? ReportLocale.none
            let needed = row.ratersForTarget.map(String.init) ?? ReportLocale.none
            return [row.criterionID, String(row.candidateCount), single, mean, needed, note(row)]
        }
    }

    func note(_ row: CriterionReliability) -> String {
        switch row.missing {
        case .tooFewCandidates:
            let minimum = PanelResult.Agreement.minimumCandidates
            return locale.text(ReportMessages.tooFewCandidates(minimum))
        case .noVariance:
            return locale.text(ReportMessages.noVariance)
        case .some, .none:
            if let single = row.single, single <= 0 {
                return locale.text(ReportMessages.noAgreementBeyondChance)
            }
            return ""
        }
    }

    var legend: [String] {
        ReportMessages.reliabilityLegend.map(locale.text)
    }

    /// The table as terminal text, indented by two spaces, with its heading and legend.
    func text(_ requisition: String, _ criteria: [CriterionReliability]) -> String {
        let table = RankingReport(language: locale.language).table(header, rows(criteria))
        var out = title(requisition) + ":\n"
        out += table.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.isEmpty ? "" : "  " + $0.trimmingTrailingSpaces
        }
        .joined(separator: "\n")
        if !out.hasSuffix("\n") { out += "\n" }
        out += legend.map { "  " + $0 + "\n" }.joined()
        return out
    }

    /// The table as Markdown, with its heading and legend.
    func markdown(_ requisition: String, _ criteria: [CriterionReliability]) -> String {
        var table = MarkdownTable(header: header.map(\.markdown), numericColumns: Self.numericColumns)
        for row in rows(criteria) { table.add(row.map(\.markdown)) }
        return "### " + title(requisition).markdown + "\n\n" + table.render() + "\n"
            + legend.map { "- " + $0.markdown + "\n" }.joined() + "\n"
    }

    /// The table as HTML, with its heading and legend.
    func html(_ requisition: String, _ criteria: [CriterionReliability]) -> String {
        var table = HTMLTable(header: header, numericColumns: Self.numericColumns)
        for row in rows(criteria) {
            table.add(
                row.enumerated().map { index, text in Self.numericColumns.contains(index) ? .number(text) : .text(text)
                })
        }
        return "<h3>\(title(requisition).html)</h3>\n" + table.render()
            + "<ul class=\"muted\">\n" + legend.map { "<li>\($0.html)</li>\n" }.joined() + "</ul>\n"
    }

    /// One criterion's reliability in the JSON reports (`criteria[]` of a requisition's agreement).
    struct JSON: Encodable {
        let criterion: String
        let candidates: Int
        let oneRater: Double?
        let panelRaters: Int
        let panelMean: Double?
        let ratersFor80: Int?
        let missing: String?

        enum CodingKeys: String, CodingKey {
            case criterion, candidates, missing
            case oneRater = "icc-1"
            case panelRaters = "panel-raters"
            case panelMean = "panel-mean"
            case ratersFor80 = "raters-for-0.80"
        }
    }

    static func json(_ criteria: [CriterionReliability]) -> [JSON] {
        let shown = PanelJSONReport.shown
        return criteria.map {
            JSON(
                criterion: $0.criterionID, candidates: $0.candidateCount, oneRater: $0.single.map(shown),
                panelRaters: $0.panelRaters,
                panelMean: $0.panelMean.map(shown), ratersFor80: $0.ratersForTarget, missing: $0.missing?.rawValue)
        }
    }
}

extension Substring {
    fileprivate var trimmingTrailingSpaces: String {
        var text = String(self)
        while text.hasSuffix(" ") { text.removeLast() }
        return text
    }
}
