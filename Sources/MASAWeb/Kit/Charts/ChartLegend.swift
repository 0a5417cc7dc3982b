/// The key above a chart: each series' sample (line with its dash and marker, or bar with its fill), the band and
/// the marked-point star, in rows that wrap across the width.
enum ChartLegend {
    enum Key {
        case line(series: Int)
        case bar(series: Int)
        case band
        case marked
    }

    static let rowHeight = 22.0
    static let textSize = 13.0

    /// Draws the items from `top`; returns the height used (nothing for a single plain series).
    static func draw(_ items: [(String, Key)], on canvas: inout SVGCanvas, top: Double, chartID: String) -> Double {
        guard !items.isEmpty else { return 0 }
        var x = 8.0, y = top + rowHeight / 2
        for (label, key) in items {
            let words = SVGCanvas.fitted(label, width: 240, size: textSize)
            let width = 38 + SVGCanvas.textWidth(words, size: textSize)
            if x > 8, x + width > SVGCanvas.width - 8 { x = 8; y += rowHeight }
            sample(key, x: x, y: y, on: &canvas, chartID: chartID)
            canvas.text(label, x: x + 36, y: y + 4.5, size: textSize, width: 240)
            x += width + 20
        }
        return y + rowHeight / 2 - top
    }

    static func sample(_ key: Key, x: Double, y: Double, on canvas: inout SVGCanvas, chartID: String) {
        switch key {
        case .line(let series):
            canvas.line(x, y, x + 30, y, stroke: ChartStyle.colour(series), width: 2.5, dash: ChartStyle.dash(series))
            canvas.add(ChartStyle.marker(ChartStyle.marker(series), x: x + 15, y: y, colour: ChartStyle.colour(series)))
        case .bar(let series):
            canvas.rect(x: x + 7, y: y - 7, width: 16, height: 14, fill: ChartStyle.barFill(series, chartID: chartID),
                        stroke: ChartStyle.colour(series))
        case .band:
            canvas.rect(x: x, y: y - 7, width: 30, height: 14, fill: ChartStyle.bandFill)
            canvas.line(x, y - 7, x + 30, y - 7, stroke: ChartStyle.axis, width: 1.5, dash: "5 3")
            canvas.line(x, y + 7, x + 30, y + 7, stroke: ChartStyle.axis, width: 1.5, dash: "5 3")
        case .marked:
            canvas.add(ChartStyle.star(x: x + 15, y: y))
        }
    }
}
