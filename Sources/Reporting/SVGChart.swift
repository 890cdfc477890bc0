import Foundation

/// A small writer of inline SVG charts for the HTML reports: no scripts, no external references,
/// and a text alternative on every chart.
///
/// Every chart is `role="img"` with `aria-labelledby` pointing at its `<title>` (a short name) and
/// `<desc>` (the data in words), so a screen reader reads what the picture shows. Colour is never the
/// only signal: raters have a shape each, zones and flags are labelled in words. Styles come from the
/// page's stylesheet (``ReportStylesheet``) through classes.
struct SVGChart {
    /// The drawing's width and height in user units (the chart scales to the page width).
    var width: Double
    var height: Double
    /// The element id; `-title` and `-desc` are appended for the text alternative.
    var id: String
    /// The short name of the chart.
    var title: String
    /// What the chart shows, in words.
    var description: String
    /// The elements drawn, in order.
    private(set) var elements: [String] = []

    init(width: Double, height: Double, id: String, title: String, description: String) {
        self.width = width
        self.height = height
        self.id = id
        self.title = title
        self.description = description
    }

    /// The SVG element.
    func render() -> String {
        var out = "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(n(width)) \(n(height))\" "
        out +=
            "width=\"\(n(width))\" height=\"\(n(height))\" role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\" "
            + "id=\"\(id)\">\n"
        out += "<title id=\"\(id)-title\">\(title.html)</title>\n"
        out += "<desc id=\"\(id)-desc\">\(description.html)</desc>\n"
        out += elements.joined(separator: "\n")
        out += "\n</svg>"
        return out
    }

    /// A coordinate: at most one decimal, always with a decimal point.
    func n(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(format: "%.1f", rounded)
    }

    mutating func add(_ element: String) {
        elements.append(element)
    }

    mutating func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, class name: String) {
        add("<line class=\"\(name)\" x1=\"\(n(x1))\" y1=\"\(n(y1))\" x2=\"\(n(x2))\" y2=\"\(n(y2))\"/>")
    }

    mutating func rect(
        _ x: Double, _ y: Double, _ width: Double, _ height: Double, class name: String, style: String? = nil
    ) {
        let styleAttribute = style.map { " style=\"\($0)\"" } ?? ""
        add(
            "<rect class=\"\(name)\"\(styleAttribute) x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(max(0, width)))\" "
                + "height=\"\(n(max(0, height)))\"/>"
        )
    }

    enum Anchor: String {
        case start, middle, end
    }

    /// Text (escaped); `tooltip` adds a `<title>` child that a pointer shows in full.
    mutating func text(
        _ text: String, x: Double, y: Double, anchor: Anchor = .start, class name: String = "label",
        tooltip: String? = nil
    ) {
        let inner = tooltip.map { "<title>\($0.html)</title>" } ?? ""
        add(
            "<text class=\"\(name)\" x=\"\(n(x))\" y=\"\(n(y))\" text-anchor=\"\(anchor.rawValue)\">\(inner)"
                + "\(text.html)</text>"
        )
    }

    /// A marker of `shape` centred on (x, y), `size` the half width.
    mutating func marker(_ shape: MarkerShape, x: Double, y: Double, size: Double = 5, class name: String) {
        add(shape.element(x: x, y: y, size: size, class: name, format: n))
    }

    /// Text shortened to about `width` user units at the chart font size (an estimate: 6.4 units a character).
    static func fitted(_ text: String, width: Double, characterWidth: Double = 6.4) -> String {
        let limit = max(4, Int(width / characterWidth))
        return text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }

    /// An id usable in HTML: letters, digits and `-`; anything else becomes `-`.
    static func identifier(_ parts: String...) -> String {
        String(parts.joined(separator: "-").map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") ? $0 : "-" })
    }
}

/// The shape of a rater's marker: each rater of a panel has a shape of their own as well as a colour.
enum MarkerShape: Int, CaseIterable {
    case circle, square, triangle, diamond, triangleDown, plus, cross, star

    /// The shape of the rater at `index` (after eight, shapes repeat with other colours).
    static func forRater(_ index: Int) -> MarkerShape {
        allCases[index % allCases.count]
    }

    /// The colour class of the rater at `index`: one of eight colour-blind-safe colours.
    static func colourClass(_ index: Int) -> String {
        "r\(index % 8)"
    }

    /// The shape's name in words, for legends read aloud.
    func name(german: Bool) -> String {
        switch self {
        case .circle: return german ? "Kreis" : "circle"
        case .square: return german ? "Quadrat" : "square"
        case .triangle: return german ? "Dreieck" : "triangle"
        case .diamond: return german ? "Raute" : "diamond"
        case .triangleDown: return german ? "umgekehrtes Dreieck" : "inverted triangle"
        case .plus: return german ? "Plus" : "plus"
        case .cross: return german ? "Kreuz" : "cross"
        case .star: return german ? "Stern" : "star"
        }
    }

    func element(x: Double, y: Double, size s: Double, class name: String, format n: (Double) -> String) -> String {
        func polygon(_ points: [(Double, Double)]) -> String {
            "<polygon class=\"\(name)\" points=\""
                + points.map { "\(n(x + $0.0)),\(n(y + $0.1))" }.joined(separator: " ") + "\"/>"
        }
        switch self {
        case .circle:
            return "<circle class=\"\(name)\" cx=\"\(n(x))\" cy=\"\(n(y))\" r=\"\(n(s))\"/>"
        case .square:
            let side = s * 1.75
            return
                "<rect class=\"\(name)\" x=\"\(n(x - side / 2))\" y=\"\(n(y - side / 2))\" width=\"\(n(side))\" "
                + "height=\"\(n(side))\"/>"
        case .triangle:
            return polygon([(0, -s * 1.15), (s * 1.1, s * 0.8), (-s * 1.1, s * 0.8)])
        case .triangleDown:
            return polygon([(0, s * 1.15), (s * 1.1, -s * 0.8), (-s * 1.1, -s * 0.8)])
        case .diamond:
            return polygon([(0, -s * 1.25), (s * 1.05, 0), (0, s * 1.25), (-s * 1.05, 0)])
        case .plus:
            let a = s * 0.4
            let b = s * 1.15
            return polygon([
                (-a, -b), (a, -b), (a, -a), (b, -a), (b, a), (a, a), (a, b), (-a, b), (-a, a), (-b, a), (-b, -a),
                (-a, -a),
            ])
        case .cross:
            let a = s * 0.45
            let b = s * 1.05
            return polygon([
                (-b, -b + a), (-b + a, -b), (0, -a), (b - a, -b), (b, -b + a), (a, 0), (b, b - a), (b - a, b), (0, a),
                (-b + a, b), (-b, b - a), (-a, 0),
            ])
        case .star:
            let points = (0..<10).map { index -> (Double, Double) in
                let radius = index % 2 == 0 ? s * 1.3 : s * 0.55
                let angle = Double(index) * .pi / 5 - .pi / 2
                return (radius * cos(angle), radius * sin(angle))
            }
            return polygon(points)
        }
    }
}
