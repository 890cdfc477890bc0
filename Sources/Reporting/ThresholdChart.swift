import ScoringCore

/// Section scores against the rubric's decision thresholds: a bar per section (and one for the
/// overall score) over the zones strong no, no, yes and strong yes, each zone named in words and each
/// threshold drawn as a labelled line.
struct ThresholdChart {
    struct Row {
        var title: String
        var score: Double?
        var isOverall: Bool
    }

    var locale: ReportLocale
    var lowest: Int
    var highest: Int
    var decision: DecisionRules
    var rows: [Row]
    var title: String

    static let width = 860.0
    static let labelWidth = 300.0
    static let plotStart = 322.0
    static let plotEnd = 836.0
    static let rowHeight = 28.0

    func x(_ value: Double) -> Double {
        let clamped = min(Double(highest), max(Double(lowest), value))
        let span = Double(max(1, highest - lowest))
        return Self.plotStart + (clamped - Double(lowest)) / span * (Self.plotEnd - Self.plotStart)
    }

    /// The zones from the lowest level to the highest, with their recommendation.
    var zones: [(from: Double, to: Double, recommendation: Recommendation)] {
        [
            (Double(lowest), decision.noFrom, .strongNo), (decision.noFrom, decision.yesFrom, .no),
            (decision.yesFrom, decision.strongYesFrom, .yes), (decision.strongYesFrom, Double(highest), .strongYes),
        ]
        .filter { $0.1 > $0.0 }
    }

    func render(id: String) -> String {
        let top = 24.0
        let plotBottom = top + Double(rows.count) * Self.rowHeight
        let height = plotBottom + 24
        var chart = SVGChart(width: Self.width, height: height, id: id, title: title, description: description())
        for zone in zones {
            let start = x(zone.from)
            let end = x(zone.to)
            chart.rect(start, top, end - start, plotBottom - top, class: "zone zone-\(zone.recommendation.rawValue)")
            let label = locale.label(zone.recommendation)
            chart.text(
                SVGChart.fitted(label, width: end - start - 2, characterWidth: 6), x: (start + end) / 2, y: top - 8,
                anchor: .middle, class: "zone-label", tooltip: label)
        }
        for threshold in [decision.noFrom, decision.yesFrom, decision.strongYesFrom]
        where threshold > Double(lowest) && threshold < Double(highest) {
            chart.line(x(threshold), top - 2, x(threshold), plotBottom + 4, class: "threshold")
            chart.text(locale.number(threshold), x: x(threshold), y: plotBottom + 16, anchor: .middle, class: "tick")
        }
        chart.text(String(lowest), x: x(Double(lowest)), y: plotBottom + 16, anchor: .start, class: "tick")
        chart.text(String(highest), x: x(Double(highest)), y: plotBottom + 16, anchor: .end, class: "tick")
        for (index, row) in rows.enumerated() {
            let rowTop = top + Double(index) * Self.rowHeight
            let centre = rowTop + Self.rowHeight / 2
            chart.text(
                SVGChart.fitted(row.title, width: Self.labelWidth - 8), x: 4, y: centre + 4,
                class: row.isOverall ? "label strong" : "label", tooltip: row.title)
            guard let score = row.score else {
                chart.text(
                    locale.text(ReportMessages.notRated), x: Self.plotStart + 6, y: centre + 4, class: "note")
                continue
            }
            let end = x(score)
            chart.rect(
                Self.plotStart, centre - 6, end - Self.plotStart, 12, class: row.isOverall ? "bar overall" : "bar")
            let value = locale.fixed(score)
            let inside = end + 8 + Double(value.count) * 7 > Self.plotEnd
            chart.text(
                value, x: inside ? end - 6 : end + 6, y: centre + 4, anchor: inside ? .end : .start,
                class: inside ? "value inverse" : "value")
        }
        return chart.render()
    }

    func description() -> String {
        let thresholds = [Recommendation.no, .yes, .strongYes].map { locale.label($0) }
        let values = [decision.noFrom, decision.yesFrom, decision.strongYesFrom].map { locale.number($0) }
        var parts = [
            locale.text(
                ReportMessages.thresholds(Array(zip(thresholds, values)), lowest: lowest, highest: highest))
        ]
        for row in rows {
            if let score = row.score {
                parts.append(
                    "\(row.title): \(locale.fixed(score)), \(locale.text(ReportMessages.zone)) "
                        + "\(locale.quoted(locale.label(decision.recommendation(forScore: score))))."
                )
            } else {
                parts.append("\(row.title): \(locale.text(ReportMessages.notRated)).")
            }
        }
        return parts.joined(separator: " ")
    }
}
