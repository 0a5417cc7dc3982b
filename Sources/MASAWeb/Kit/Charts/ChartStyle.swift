import Foundation

/// How series are told apart without colour: each has a colour (at least 3:1 against white), a dash pattern, a
/// marker shape and, for bars, a fill pattern. Marked points are a star, a shape no series uses.
enum ChartStyle {
    static let text = "#0b0c0c"
    static let secondaryText = "#505a5f"
    static let grid = "#b1b4b6"
    static let axis = "#505a5f"
    static let bandFill = "#dbe7f3"
    static let marked = "#d4351c"
    static let colours = ["#12436d", "#28a197", "#801650", "#c45a00", "#3d3d3d", "#6b4fa0"]
    static let dashes: [String?] = [nil, "8 4", "2 3", "10 3 2 3", "4 4", "12 4 4 4"]

    enum Marker: CaseIterable { case circle, square, triangle, diamond, cross, bar }

    static func colour(_ series: Int) -> String { colours[series % colours.count] }
    static func dash(_ series: Int) -> String? { dashes[series % dashes.count] }
    static func marker(_ series: Int) -> Marker { Marker.allCases[series % Marker.allCases.count] }

    /// A marker centred on (x, y), about `size` across.
    static func marker(_ shape: Marker, x: Double, y: Double, size: Double = 7, colour: String) -> String {
        let r = size / 2, n = SVGCanvas.n
        switch shape {
        case .circle:
            return "<circle cx=\"\(n(x))\" cy=\"\(n(y))\" r=\"\(n(r))\" fill=\"\(colour)\"/>"
        case .square:
            return "<rect x=\"\(n(x - r))\" y=\"\(n(y - r))\" width=\"\(n(size))\" height=\"\(n(size))\""
                + " fill=\"\(colour)\"/>"
        case .triangle:
            return polygon([(x, y - r * 1.2), (x + r * 1.1, y + r * 0.8), (x - r * 1.1, y + r * 0.8)], fill: colour)
        case .diamond:
            return polygon([(x, y - r * 1.3), (x + r, y), (x, y + r * 1.3), (x - r, y)], fill: colour)
        case .cross:
            return "<path d=\"M\(n(x - r)) \(n(y - r))L\(n(x + r)) \(n(y + r))"
                + "M\(n(x + r)) \(n(y - r))L\(n(x - r)) \(n(y + r))\""
                + " stroke=\"\(colour)\" stroke-width=\"2.5\"/>"
        case .bar:
            return "<rect x=\"\(n(x - r))\" y=\"\(n(y - 1.5))\" width=\"\(n(size))\" height=\"3\" fill=\"\(colour)\"/>"
        }
    }

    /// The marked-point star: five points, outlined so it shows on any line.
    static func star(x: Double, y: Double, radius: Double = 8) -> String {
        let points = (0..<10).map { index -> (Double, Double) in
            let angle = Double(index) * .pi / 5 - .pi / 2
            let length = index.isMultiple(of: 2) ? radius : radius * 0.45
            return (x + cos(angle) * length, y + sin(angle) * length)
        }
        return polygon(points, fill: marked, stroke: text)
    }

    static func polygon(_ points: [(Double, Double)], fill: String, stroke: String? = nil) -> String {
        let list = points.map { "\(SVGCanvas.n($0.0)),\(SVGCanvas.n($0.1))" }.joined(separator: " ")
        let outline = stroke.map { " stroke=\"\($0)\" stroke-width=\"1\"" } ?? ""
        return "<polygon points=\"\(list)\" fill=\"\(fill)\"\(outline)/>"
    }

    /// Bar fills: the first series solid, the rest hatched, dotted or cross-hatched in their colour on white.
    static func barFill(_ series: Int, chartID: String) -> String {
        series == 0 ? colour(0) : "url(#\(chartID)-fill-\(series))"
    }

    static func barPatterns(count: Int, chartID: String) -> String {
        (1..<max(1, count)).map { series in
            let colour = colour(series)
            let body: String = switch (series - 1) % 4 {
            case 0: "<path d=\"M0 6L6 0M-1 1L1 -1M5 7L7 5\" stroke=\"\(colour)\" stroke-width=\"2\"/>"
            case 1: "<circle cx=\"3\" cy=\"3\" r=\"1.8\" fill=\"\(colour)\"/>"
            case 2: "<path d=\"M0 0L6 6M6 0L0 6\" stroke=\"\(colour)\" stroke-width=\"1.5\"/>"
            default: "<path d=\"M0 3H6\" stroke=\"\(colour)\" stroke-width=\"2\"/>"
            }
            return "<pattern id=\"\(chartID)-fill-\(series)\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\">"
                + "<rect width=\"6\" height=\"6\" fill=\"#fff\"/>\(body)</pattern>"
        }.joined()
    }

    /// Heat-map shades, light to dark, each with the text colour that reads on it at 4.5:1 or better.
    static let heat: [(fill: String, text: String)] = [
        ("#f4f8fb", "#0b0c0c"), ("#d2e2f1", "#0b0c0c"), ("#8eb8dc", "#0b0c0c"), ("#2e6fa7", "#ffffff"),
        ("#12436d", "#ffffff"),
    ]
}
