/// A heat map in words and as a table.
extension HeatMap {
    /// "Risks by likelihood and impact: Likelihood by Impact, 5 rows and 5 columns; highest 4 (Likely, Major), …"
    var summary: String {
        let grid = self.grid
        let cells = grid.joined().map { $0 }
        let labels = rows.indices.flatMap { row in columns.map { "\(rows[row]), \($0)" } }
        var parts = ["\(rowLabel) by \(columnLabel), \(ChartSummary.count(rows.count, "row")) and "
                     + ChartSummary.count(columns.count, "column")]
        parts.append(ChartSummary.range(cells, labels: labels, decimals: decimals, highestFirst: true))
        let missing = cells.filter { $0 == nil }.count
        if missing > 0 { parts.append("\(ChartSummary.count(missing, "cell")) with no data") }
        return "\(title): " + parts.joined(separator: "; ") + "."
    }

    /// A row a row, its label first: the same grid as the picture.
    var table: TableView {
        let columns = [TableView.column(rowLabel)] + self.columns.map { TableView.column($0, numeric: true) }
        let rows = zip(self.rows, grid).map { name, values in
            [TableView.Cell(name)] + values.map { ChartTableCell.value($0, decimals) }
        }
        return TableView(caption: title, columns: columns, rows: rows, emptyText: ChartFigure.noData)
    }
}
