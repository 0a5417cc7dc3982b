/// A line chart in words and as a table.
extension LineChart {
    /// "Rate per 10,000 children, Q1 2024-25 to Q4 2025-26: lowest 31.2 (Q2 2024-25), highest 48.9 (Q3 2025-26),
    /// latest 40.1 (Q4 2025-26); 2 points outside the limits (Q3 2024-25 and Q3 2025-26)."
    var summary: String {
        let subject = valueLabel ?? title
        let span = categories.count == 1 ? categories[0] : "\(categories.first ?? "") to \(categories.last ?? "")"
        var parts = series.enumerated().map { index, line in
            let values = cleanSeries[index]
            let words = ChartSummary.range(values, labels: categories, decimals: decimals, latest: true)
            let gaps = ChartSummary.gaps(values, labels: categories).map { ", " + $0 } ?? ""
            return (series.count > 1 ? line.name + ": " : "") + words + gaps
        }
        if let band, let limits = cleanBand, let last = limits.lower.indices.last(where: {
            limits.lower[$0] != nil && limits.upper[$0] != nil
        }) {
            let low = Figures.format(limits.lower[last]!, decimals: decimals)
            let high = Figures.format(limits.upper[last]!, decimals: decimals)
            parts.append("\(band.name) \(low) to \(high) at \(ChartSummary.label(categories, last))")
        }
        let marked = markedPoints
        if !marked.isEmpty {
            let places = marked.map { (series.count > 1 ? series[$0.series].name + ", " : "") + categories[$0.point] }
            parts.append("\(ChartSummary.count(marked.count, "point")) \(markedAs) (\(ChartSummary.list(places)))")
        }
        return "\(subject), \(span): " + parts.joined(separator: "; ") + "."
    }

    /// Marked points that have a value, in period order.
    var markedPoints: [(series: Int, point: Int)] {
        let values = cleanSeries
        return categories.indices.flatMap { point in
            series.indices.filter { series[$0].marked.contains(point) && values[$0][point] != nil }.map { ($0, point) }
        }
    }

    /// A row a period: each series, the band's two edges, and whether the point is marked.
    var table: TableView {
        let values = cleanSeries, limits = cleanBand
        var columns = [TableView.column(categoryLabel)] + series.map { TableView.column($0.name, numeric: true) }
        if let band {
            columns += [TableView.column("\(band.name): lower", numeric: true),
                        TableView.column("\(band.name): upper", numeric: true)]
        }
        let marked = markedPoints
        if !marked.isEmpty { columns.append(TableView.column("Point " + markedAs)) }
        let rows = categories.indices.map { point in
            var cells = [TableView.Cell(categories[point])] + values.map { ChartTableCell.value($0[point], decimals) }
            if let limits {
                cells += [limits.lower[point], limits.upper[point]].map { ChartTableCell.value($0, decimals) }
            }
            if !marked.isEmpty {
                let here = marked.filter { $0.point == point }.map { series[$0.series].name }
                let named = series.count > 1 ? ": " + here.joined(separator: ", ") : ""
                cells.append(TableView.Cell(here.isEmpty ? "No" : "Yes" + named))
            }
            return cells
        }
        return TableView(caption: title, columns: columns, rows: rows, emptyText: ChartFigure.noData)
    }
}

enum ChartTableCell {
    /// A figure, or "No data" (an empty cell in a download, never a zero).
    static func value(_ value: Double?, _ decimals: Int) -> TableView.Cell {
        value.map { .number($0, decimals: decimals) }
            ?? TableView.Cell(ChartFigure.noData, numeric: true, value: .empty)
    }
}
