/// The dot plot of a panel's ratings: per criterion, each rater's rating on the scale (a shape and a
/// colour per rater), the consensus marked as a bar, and the criteria to discuss or nobody rated
/// flagged in words.
struct RatingDotPlot {
    /// One criterion's row.
    struct Row {
        var title: String
        /// Each rater's rating, nil for n/a, in the order of the raters.
        var ratings: [Double?]
        var consensus: Double?
        var discuss: Bool
        var gap: Bool
    }

    var locale: ReportLocale
    var lowest: Int
    var highest: Int
    var raters: [String]
    var rows: [Row]
    /// The chart's name (the section title).
    var title: String
    /// The consensus method in words (`median`).
    var method: String
    /// Whether the consensus is drawn (not for a single scorecard).
    var showsConsensus = true

    static let width = 860.0
    static let labelWidth = 300.0
    static let plotStart = 322.0
    static let plotEnd = 706.0
    static let rowHeight = 26.0

    func x(_ value: Double) -> Double {
        let span = Double(max(1, highest - lowest))
        return Self.plotStart + (value - Double(lowest)) / span * (Self.plotEnd - Self.plotStart)
    }

    func render(id: String) -> String {
        let legend = ChartLegend(
            items: raters.enumerated().map { index, name in
                .marker(MarkerShape.forRater(index), colour: MarkerShape.colourClass(index), text: name)
            } + (showsConsensus ? [.consensus(text: locale.text(ReportMessages.consensusLegend(method)))] : [])
                + (rows.contains(where: \.discuss)
                    ? [
                        .flag(
                            text: locale.text(ReportMessages.discussLegend))
                    ] : []),
            width: Self.width)
        let top = legend.height + 22
        let height = top + Double(rows.count) * Self.rowHeight + 6
        var chart = SVGChart(
            width: Self.width, height: height, id: id,
            title: showsConsensus ? locale.text(ReportMessages.ratingsTitle(title)) : title,
            description: description())
        legend.draw(into: &chart, y: 0)
        // Scale: a tick and a label per level, grid lines through the rows.
        for level in lowest...highest {
            let position = x(Double(level))
            chart.text(String(level), x: position, y: top - 6, anchor: .middle, class: "tick")
            chart.line(position, top, position, height - 6, class: "grid")
        }
        for (index, row) in rows.enumerated() {
            draw(row, top: top + Double(index) * Self.rowHeight, isFirst: index == 0, into: &chart)
        }
        return chart.render()
    }

    /// One criterion's row from `top`: its band and rule, its label, each rater's marker (raters with the same
    /// rating side by side), the consensus, and the flag or the count of n/a ratings at the right.
    private func draw(_ row: Row, top rowTop: Double, isFirst: Bool, into chart: inout SVGChart) {
        let centre = rowTop + Self.rowHeight / 2
        if row.discuss { chart.rect(0, rowTop + 1, Self.width, Self.rowHeight - 2, class: "discuss-band") }
        if !isFirst { chart.line(0, rowTop, Self.width, rowTop, class: "row-rule") }
        chart.text(
            SVGChart.fitted(row.title, width: Self.labelWidth - 8), x: 4, y: centre + 4, class: "label",
            tooltip: row.title)
        if let consensus = row.consensus, showsConsensus {
            chart.line(x(consensus), rowTop + 3, x(consensus), rowTop + Self.rowHeight - 3, class: "consensus-line")
        }
        // Raters with the same rating stand side by side around the value, so that every shape shows.
        var tied: [Double: [Int]] = [:]
        for (rater, value) in row.ratings.enumerated() {
            if let value { tied[value, default: []].append(rater) }
        }
        for value in tied.keys.sorted() {
            let group = tied[value] ?? []
            for (position, rater) in group.enumerated() {
                let offset = (Double(position) - Double(group.count - 1) / 2) * 11
                chart.marker(
                    MarkerShape.forRater(rater), x: x(value) + offset, y: centre, size: 4.5,
                    class: "mark " + MarkerShape.colourClass(rater))
            }
        }
        if let consensus = row.consensus, showsConsensus {
            Self.consensusCarets(
                into: &chart, x: x(consensus), top: rowTop + 1, bottom: rowTop + Self.rowHeight - 1)
        }
        if row.discuss {
            chart.text(locale.text(ReportMessages.discussFlag), x: Self.plotEnd + 18, y: centre + 4, class: "flag")
        } else if row.gap {
            chart.text(locale.text(ReportMessages.gapFlag), x: Self.plotEnd + 18, y: centre + 4, class: "flag")
        }
        let notAssessed = row.ratings.filter { $0 == nil }.count
        if notAssessed > 0 && !row.gap && !row.discuss {
            chart.text("n/a ×\(notAssessed)", x: Self.plotEnd + 18, y: centre + 4, class: "note")
        }
    }

    /// The consensus mark: a triangle pointing down at the top of the row and one pointing up at the
    /// bottom, so that it shows even where raters' markers cover the line between them.
    static func consensusCarets(into chart: inout SVGChart, x: Double, top: Double, bottom: Double) {
        chart.add(
            "<polygon class=\"consensus\" points=\"\(chart.n(x - 4)),\(chart.n(top)) \(chart.n(x + 4)),"
                + "\(chart.n(top)) \(chart.n(x)),\(chart.n(top + 5))\"/>"
        )
        chart.add(
            "<polygon class=\"consensus\" points=\"\(chart.n(x - 4)),\(chart.n(bottom)) \(chart.n(x + 4)),"
                + "\(chart.n(bottom)) \(chart.n(x)),\(chart.n(bottom - 5))\"/>"
        )
    }

    /// The data in words, row by row.
    func description() -> String {
        var parts = [locale.text(ReportMessages.scaleRange(lowest, highest))]
        for row in rows {
            var text = row.title + ": "
            text += zip(raters, row.ratings).map { name, value in "\(name) \(value.map { locale.number($0) } ?? "n/a")"
            }.joined(separator: ", ")
            if showsConsensus {
                text +=
                    "; " + locale.text(ReportMessages.consensusWord)
                    + (row.consensus.map { locale.number($0) } ?? locale.text(ReportMessages.noConsensus))
            }
            if row.discuss { text += locale.text(ReportMessages.toDiscuss) }
            if row.gap { text += locale.text(ReportMessages.gap) }
            parts.append(text + ".")
        }
        return parts.joined(separator: " ")
    }
}

/// A chart's legend: markers, the consensus bar and flags, laid out in lines across the width.
struct ChartLegend {
    enum Item {
        case marker(MarkerShape, colour: String, text: String)
        case consensus(text: String)
        case flag(text: String)
        case swatch(class: String, text: String)

        var text: String {
            switch self {
            case .marker(_, _, let text), .consensus(let text), .flag(let text), .swatch(_, let text): return text
            }
        }

        /// The estimated width of the item: the symbol, the text and a gap.
        var width: Double { 22 + Double(text.count) * 6.2 + 18 }
    }

    var items: [Item]
    var width: Double
    static let lineHeight = 20.0

    /// The items placed: (item, x, line).
    var placed: [(Item, Double, Int)] {
        var result: [(Item, Double, Int)] = []
        var x = 4.0
        var line = 0
        for item in items {
            let itemWidth = item.width
            if x > 4 && x + itemWidth > width {
                line += 1
                x = 4
            }
            result.append((item, x, line))
            x += itemWidth
        }
        return result
    }

    var height: Double {
        items.isEmpty ? 0 : Double((placed.last?.2 ?? 0) + 1) * Self.lineHeight
    }

    /// Draws the legend from `y`; swatches of the class `knocked-out` get the `hatch` style.
    func draw(into chart: inout SVGChart, y: Double, hatch: String? = nil) {
        for (item, x, line) in placed {
            let centre = y + Double(line) * Self.lineHeight + Self.lineHeight / 2
            switch item {
            case .marker(let shape, let colour, let text):
                chart.marker(shape, x: x + 7, y: centre, size: 5, class: "mark " + colour)
                chart.text(SVGChart.fitted(text, width: 220), x: x + 18, y: centre + 4, class: "legend", tooltip: text)
            case .consensus(let text):
                chart.line(x + 7, centre - 8, x + 7, centre + 8, class: "consensus-line")
                RatingDotPlot.consensusCarets(into: &chart, x: x + 7, top: centre - 9, bottom: centre + 9)
                chart.text(text, x: x + 18, y: centre + 4, class: "legend")
            case .flag(let text):
                chart.rect(x, centre - 8, 14, 16, class: "discuss-band")
                chart.text(text, x: x + 18, y: centre + 4, class: "legend")
            case .swatch(let name, let text):
                chart.rect(x, centre - 7, 14, 14, class: name, style: name.contains("knocked-out") ? hatch : nil)
                chart.text(text, x: x + 18, y: centre + 4, class: "legend")
            }
        }
    }
}
