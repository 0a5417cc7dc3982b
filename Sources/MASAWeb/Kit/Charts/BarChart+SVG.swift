/// Drawing bars: from zero (up for positive values, down for negative), series side by side in each category, each
/// series with its own fill pattern and an outline; a gap says "n/a" rather than passing for a zero.
extension BarChart {
    /// With few enough bars each carries its figure.
    static let labelledBarLimit = 24

    var cleanSeries: [[Double?]] { series.map { $0.values(count: categories.count) } }

    func svg(id: String, description: String) -> String {
        let values = cleanSeries
        var canvas = SVGCanvas()
        let keys: [(String, ChartLegend.Key)] = series.count > 1
            ? series.indices.map { (series[$0].name, .bar(series: $0)) } : []
        let legend = ChartLegend.draw(keys, on: &canvas, top: 4, chartID: id)
        let frame = ChartFrame(scale: ChartScale(values.joined().compactMap { $0 }, includeZero: true),
                               count: categories.count, top: legend + 4 + 30)
        frame.drawValueAxis(on: &canvas, valueLabel: valueLabel)
        let group = frame.bandWidth * 0.8
        let barWidth = group / Double(max(1, series.count))
        let labelled = categories.count * series.count <= Self.labelledBarLimit && barWidth >= 18
        let zero = frame.y(0)
        for (index, line) in values.enumerated() {
            for (point, value) in line.enumerated() {
                let x = frame.x(point) - group / 2 + Double(index) * barWidth
                guard let value else {
                    if barWidth >= 14 {
                        canvas.text("n/a", x: x + barWidth / 2, y: zero - 4, anchor: "middle", size: 11,
                                    fill: ChartStyle.secondaryText)
                    }
                    continue
                }
                let y = frame.y(value)
                canvas.rect(x: x + 1, y: min(y, zero), width: barWidth - 2, height: max(abs(zero - y), 1),
                            fill: ChartStyle.barFill(index, chartID: id), stroke: ChartStyle.colour(index))
                if labelled {
                    canvas.text(Figures.format(value, decimals: decimals), x: x + barWidth / 2,
                                y: value < 0 ? y + 14 : y - 4, anchor: "middle", size: 11)
                }
            }
        }
        frame.drawCategories(on: &canvas, categories)
        let patterns = ChartStyle.barPatterns(count: series.count, chartID: id)
        return canvas.svg(id: id, height: frame.height, title: title, description: description, defs: patterns)
    }

    /// "Reviews by agency, 5 categories: highest 12 (Police), lowest 2 (Academy)."
    var summary: String {
        let subject = valueLabel ?? title
        let parts = series.enumerated().map { index, line in
            let values = cleanSeries[index]
            let words = ChartSummary.range(values, labels: categories, decimals: decimals, highestFirst: true)
            let gaps = ChartSummary.gaps(values, labels: categories, noun: "category", plural: "categories")
                .map { ", " + $0 } ?? ""
            return (series.count > 1 ? line.name + ": " : "") + words + gaps
        }
        let grouping = series.count > 1 ? " in \(series.count) series" : ""
        let count = ChartSummary.count(categories.count, "category", plural: "categories")
        return "\(subject), \(count)\(grouping): " + parts.joined(separator: "; ") + "."
    }

    var table: TableView {
        let values = cleanSeries
        let columns = [TableView.column(categoryLabel)] + series.map { TableView.column($0.name, numeric: true) }
        let rows = categories.indices.map { point in
            [TableView.Cell(categories[point])] + values.map { ChartTableCell.value($0[point], decimals) }
        }
        return TableView(caption: title, columns: columns, rows: rows, emptyText: ChartFigure.noData)
    }
}
