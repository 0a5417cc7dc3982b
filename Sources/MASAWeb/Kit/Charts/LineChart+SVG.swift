/// Drawing a line chart: band first (underneath), then each series as a path broken at its gaps, markers where
/// they stay legible, and a star on every marked point.
extension LineChart {
    /// Above this many points a marker on each would be a smear; gaps' lone points and marked points keep theirs.
    static let markerLimit = 60

    var cleanSeries: [[Double?]] { series.map { $0.values(count: categories.count) } }
    var cleanBand: (lower: [Double?], upper: [Double?])? {
        band.map { band in
            (ChartSeries("", band.lower).values(count: categories.count),
             ChartSeries("", band.upper).values(count: categories.count))
        }
    }

    func svg(id: String, description: String) -> String {
        let values = cleanSeries, band = cleanBand
        let everything = values.flatMap { $0 } + (band.map { $0.lower + $0.upper } ?? [])
        var canvas = SVGCanvas()
        // One plain line needs no key; with anything beside it, every line is named.
        var keys: [(String, ChartLegend.Key)] = []
        if let band = self.band { keys.append((band.name, .band)) }
        if hasMarks { keys.append(("Point " + markedAs, .marked)) }
        if series.count > 1 || !keys.isEmpty {
            keys = series.indices.map { (series[$0].name, .line(series: $0)) } + keys
        }
        let legend = ChartLegend.draw(keys, on: &canvas, top: 4, chartID: id)
        let frame = ChartFrame(scale: ChartScale(everything.compactMap { $0 }, includeZero: false),
                               count: categories.count, top: legend + 4 + 30)
        frame.drawValueAxis(on: &canvas, valueLabel: valueLabel)
        if let band { drawBand(band, frame, &canvas) }
        for (index, line) in values.enumerated() { drawSeries(line, index, frame, &canvas) }
        for (index, line) in values.enumerated() {
            for point in series[index].marked.sorted() where point < line.count {
                if let value = line[point] { canvas.add(ChartStyle.star(x: frame.x(point), y: frame.y(value))) }
            }
        }
        frame.drawCategories(on: &canvas, categories)
        return canvas.svg(id: id, height: frame.height, title: title, description: description)
    }

    var hasMarks: Bool {
        cleanSeries.enumerated().contains { index, line in
            series[index].marked.contains { $0 < line.count && line[$0] != nil }
        }
    }

    private func drawBand(_ band: (lower: [Double?], upper: [Double?]), _ frame: ChartFrame,
                          _ canvas: inout SVGCanvas) {
        for run in Self.runs(band.lower.indices.map { band.lower[$0] != nil && band.upper[$0] != nil }) {
            let upper = run.map { (frame.x($0), frame.y(band.upper[$0]!)) }
            let lower = run.reversed().map { (frame.x($0), frame.y(band.lower[$0]!)) }
            // A lone period's band is a short bar, not an invisible sliver.
            let widen = run.count == 1 ? frame.bandWidth / 4 : 0
            let (top, bottom) = (upper[0], lower[0])
            let shape = widen == 0 ? upper + lower : [(top.0 - widen, top.1), (top.0 + widen, top.1),
                                                      (bottom.0 + widen, bottom.1), (bottom.0 - widen, bottom.1)]
            canvas.add(ChartStyle.polygon(shape, fill: ChartStyle.bandFill))
            for edge in [Array(shape.prefix(shape.count / 2)), Array(shape.suffix(shape.count / 2))] {
                canvas.add(Self.path(edge, stroke: ChartStyle.axis, width: 1.5, dash: "5 3"))
            }
        }
    }

    private func drawSeries(_ line: [Double?], _ index: Int, _ frame: ChartFrame, _ canvas: inout SVGCanvas) {
        let colour = ChartStyle.colour(index), shape = ChartStyle.marker(index)
        let runs = Self.runs(line.map { $0 != nil })
        for run in runs where run.count > 1 {
            let points = run.map { (frame.x($0), frame.y(line[$0]!)) }
            canvas.add(Self.path(points, stroke: colour, width: 2.5, dash: ChartStyle.dash(index)))
        }
        let everyPoint = line.count <= Self.markerLimit
        for run in runs where everyPoint || run.count == 1 {
            for point in run {
                canvas.add(ChartStyle.marker(shape, x: frame.x(point), y: frame.y(line[point]!), colour: colour))
            }
        }
    }

    /// Runs of consecutive positions that are true: where a line can be drawn without crossing a gap.
    static func runs(_ present: [Bool]) -> [[Int]] {
        var runs: [[Int]] = [], current: [Int] = []
        for (index, isPresent) in present.enumerated() {
            if isPresent { current.append(index) } else if !current.isEmpty { runs.append(current); current = [] }
        }
        if !current.isEmpty { runs.append(current) }
        return runs
    }

    static func path(_ points: [(Double, Double)], stroke: String, width: Double, dash: String?) -> String {
        let d = points.enumerated().map { index, point in
            (index == 0 ? "M" : "L") + SVGCanvas.n(point.0) + " " + SVGCanvas.n(point.1)
        }.joined()
        return "<path d=\"\(d)\" fill=\"none\" stroke=\"\(stroke)\" stroke-width=\"\(SVGCanvas.n(width))\""
            + " stroke-linejoin=\"round\"\(dash.map { " stroke-dasharray=\"\($0)\"" } ?? "")/>"
    }
}
