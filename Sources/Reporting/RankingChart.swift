import Foundation
import Panel
import ScoringCore

/// The ranking as bars: one per candidate, by consensus score; candidates with a knock-out drawn
/// hatched and labelled "✖ knock-out", candidates without a decision drawn as an outline and labelled.
struct RankingChart {
    enum Status {
        case ranked, knockedOut, noDecision
    }

    struct Row {
        var label: String
        var score: Double?
        var status: Status
    }

    var locale: ReportLocale
    var rows: [Row]

    static let width = 860.0
    static let labelWidth = 230.0
    static let plotStart = 240.0
    static let plotEnd = 680.0
    static let rowHeight = 26.0

    init(locale: ReportLocale, ranking: Ranking) {
        self.locale = locale
        func label(_ entry: Ranking.Entry, rank: String) -> String {
            rank + " " + entry.candidate + (Self.showsRequisition(ranking) ? " (\(entry.requisition ?? "–"))" : "")
        }
        rows =
            ranking.ranked.map {
                Row(
                    label: label($0, rank: $0.isTied ? "=\($0.rank)." : "\($0.rank)."), score: $0.score, status: .ranked
                )
            }
            + ranking.knockedOut.map { Row(label: label($0, rank: "✖"), score: $0.score, status: .knockedOut) }
            + ranking.noDecision.map { Row(label: label($0, rank: "?"), score: $0.score, status: .noDecision) }
    }

    /// Whether the candidates come from more than one requisition.
    static func showsRequisition(_ ranking: Ranking) -> Bool {
        Set((ranking.ranked + ranking.knockedOut + ranking.noDecision).map { $0.requisition ?? "" }).count > 1
    }

    /// The axis runs from 0 to the scale's usual top (5) or the highest score, rounded up.
    var axisEnd: Double {
        max(5, (rows.compactMap(\.score).max() ?? 5).rounded(.up))
    }

    func x(_ value: Double) -> Double {
        Self.plotStart + max(0, min(value, axisEnd)) / axisEnd * (Self.plotEnd - Self.plotStart)
    }

    func render(id: String) -> String {
        let legend = ChartLegend(
            items: [
                .swatch(class: "bar", text: locale.text(ReportMessages.ranked)),
                .swatch(
                    class: "bar knocked-out",
                    text: locale.text(ReportMessages.knockOutNotRanked)),
                .swatch(class: "bar no-decision", text: locale.text(ReportMessages.noDecisionMark)),
            ], width: Self.width)
        let top = legend.height + 10
        let plotBottom = top + Double(rows.count) * Self.rowHeight
        let height = plotBottom + 24
        var chart = SVGChart(
            width: Self.width, height: height, id: id,
            title: locale.text(ReportMessages.rankingChartTitle), description: description())
        // The hatching of knock-out bars, so that they differ from ranked bars in print without colour too.
        chart.add(
            "<defs><pattern id=\"\(id)-hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" "
                + "patternTransform=\"rotate(45)\">"
                + "<rect width=\"6\" height=\"6\" fill=\"#f6d5d1\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" "
                + "stroke=\"#b42318\" stroke-width=\"2.5\"/></pattern></defs>"
        )
        legend.draw(into: &chart, y: 0, hatch: "fill: url(#\(id)-hatch)")
        for tick in stride(from: 0.0, through: axisEnd, by: 1) {
            chart.line(x(tick), top, x(tick), plotBottom, class: "grid")
            chart.text(locale.number(tick), x: x(tick), y: plotBottom + 16, anchor: .middle, class: "tick")
        }
        for (index, row) in rows.enumerated() {
            let rowTop = top + Double(index) * Self.rowHeight
            let centre = rowTop + Self.rowHeight / 2
            chart.text(
                SVGChart.fitted(row.label, width: Self.labelWidth - 8), x: 4, y: centre + 4, class: "label",
                tooltip: row.label)
            let kind: String
            let note: String?
            switch row.status {
            case .ranked:
                kind = "bar"
                note = nil
            case .knockedOut:
                kind = "bar knocked-out"
                note = locale.text(ReportMessages.knockOutMark)
            case .noDecision:
                kind = "bar no-decision"
                note = locale.text(ReportMessages.noDecisionMark)
            }
            guard let score = row.score else {
                chart.text(
                    (note.map { $0 + " · " } ?? "") + locale.text(ReportMessages.noScore), x: Self.plotStart + 6,
                    y: centre + 4, class: "note")
                continue
            }
            chart.rect(
                Self.plotStart, centre - 8, x(score) - Self.plotStart, 16, class: kind,
                style: row.status == .knockedOut ? "fill: url(#\(id)-hatch)" : nil)
            chart.text(
                locale.fixed(score) + (note.map { "  " + $0 } ?? ""), x: x(score) + 6, y: centre + 4, class: "value")
        }
        return chart.render()
    }

    func description() -> String {
        return rows.map { row in
            let score = row.score.map { locale.fixed($0) } ?? "–"
            switch row.status {
            case .ranked: return "\(row.label) \(score)."
            case .knockedOut:
                return "\(row.label) \(score), \(locale.text(ReportMessages.knockOutNotRankedInWords))."
            case .noDecision: return "\(row.label) \(score), \(locale.text(ReportMessages.noDecision))."
            }
        }.joined(separator: " ")
    }
}
