import Foundation
@testable import MASAWeb

/// Small readers of the SVG the chart kit writes, so tests can count what was drawn.
enum SVGProbe {
    static func count(_ needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    /// The text content of every `<text>` element, tooltips left out.
    static func texts(_ svg: String) -> [String] {
        svg.components(separatedBy: "<text ").dropFirst().map { element in
            var body = String(element.drop { $0 != ">" }.dropFirst())
            if let tooltip = body.range(of: "</title>") { body = String(body[tooltip.upperBound...]) }
            return String(body.prefix { $0 != "<" })
        }
    }

    static func desc(_ svg: String) -> String? {
        guard let open = svg.range(of: "<desc id="),
              let start = svg.range(of: "\">", range: open.upperBound..<svg.endIndex),
              let end = svg.range(of: "</desc>") else { return nil }
        return String(svg[start.upperBound..<end.lowerBound])
    }

    /// Quarters "Q1 2024-25" … for `count` periods from April 2024.
    static func quarters(_ count: Int) -> [String] {
        (0..<count).map { "Q\($0 % 4 + 1) \(2024 + $0 / 4)-\(String(25 + $0 / 4))" }
    }

    /// The figure and its parts, drawn.
    static func figure(_ chart: Chart) -> ChartFigure { ChartFigure(chart) }
}
