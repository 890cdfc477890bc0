import Foundation
import Panel

/// Interviewer calibration as a forest plot: per interviewer the mean deviation from the rest of the
/// panel (a diamond) with its 95% interval (a line with end caps), around the panel's consensus at zero;
/// "severe" to the left and "lenient" to the right in words, and each interviewer's tendency as text.
struct DeviationChart {
    var locale: ReportLocale
    var interviewers: [Calibration.Interviewer]

    static let width = 860.0
    static let labelWidth = 200.0
    static let plotStart = 210.0
    static let plotEnd = 690.0
    static let rowHeight = 26.0

    /// Half the axis: the largest deviation or interval end, rounded up to a half level, at least 1.
    var limit: Double {
        let values = interviewers.flatMap {
            [$0.meanDeviation, $0.interval?.lowerBound, $0.interval?.upperBound].compactMap { $0 }
        }
        return max(1, ((values.map(abs).max() ?? 1) * 2).rounded(.up) / 2)
    }

    func x(_ value: Double) -> Double {
        let clamped = max(-limit, min(limit, value))
        return Self.plotStart + (clamped + limit) / (2 * limit) * (Self.plotEnd - Self.plotStart)
    }

    func render(id: String) -> String {
        let top = 26.0
        let plotBottom = top + Double(interviewers.count) * Self.rowHeight
        let height = plotBottom + 24
        var chart = SVGChart(
            width: Self.width, height: height, id: id,
            title: locale.text(ReportMessages.deviationChartTitle),
            description: description())
        chart.text(locale.text(ReportMessages.moreSevere), x: Self.plotStart, y: 14, anchor: .start, class: "legend")
        chart.text(locale.text(ReportMessages.moreLenient), x: Self.plotEnd, y: 14, anchor: .end, class: "legend")
        chart.text(
            locale.text(ReportMessages.othersConsensus), x: x(0), y: 14, anchor: .middle,
            class: "legend")
        let step = limit <= 1 ? 0.5 : 1
        for tick in stride(from: -limit, through: limit + 0.0001, by: step) {
            chart.line(x(tick), top, x(tick), plotBottom, class: abs(tick) < 0.0001 ? "zero" : "grid")
            chart.text(locale.signed(tick, digits: 1), x: x(tick), y: plotBottom + 16, anchor: .middle, class: "tick")
        }
        for (index, interviewer) in interviewers.enumerated() {
            let rowTop = top + Double(index) * Self.rowHeight
            let centre = rowTop + Self.rowHeight / 2
            if index > 0 { chart.line(0, rowTop, Self.width, rowTop, class: "row-rule") }
            chart.text(
                SVGChart.fitted(interviewer.label, width: Self.labelWidth - 8), x: 4, y: centre + 4, class: "label",
                tooltip: interviewer.label)
            if let interval = interviewer.interval {
                chart.line(x(interval.lowerBound), centre, x(interval.upperBound), centre, class: "interval")
                chart.line(x(interval.lowerBound), centre - 6, x(interval.lowerBound), centre + 6, class: "interval")
                chart.line(x(interval.upperBound), centre - 6, x(interval.upperBound), centre + 6, class: "interval")
            }
            if let mean = interviewer.meanDeviation {
                chart.marker(.diamond, x: x(mean), y: centre, size: 5, class: "mark estimate")
            }
            let deviation = interviewer.meanDeviation.map { locale.signed($0) } ?? "–"
            chart.text(
                "\(deviation)  \(locale.tendency(interviewer.tendency.rawValue))", x: Self.plotEnd + 14, y: centre + 4,
                class: "value")
        }
        return chart.render()
    }

    func description() -> String {
        return interviewers.map { interviewer in
            var text = "\(interviewer.label): "
            text +=
                interviewer.meanDeviation.map { locale.text(ReportMessages.deviationWord) + locale.signed($0) }
                ?? locale.text(ReportMessages.noDeviation)
            if let interval = interviewer.interval {
                text += locale.text(
                    ReportMessages.interval(locale.signed(interval.lowerBound), locale.signed(interval.upperBound)))
            }
            return text + ", \(locale.tendency(interviewer.tendency.rawValue))."
        }.joined(separator: " ")
    }
}
