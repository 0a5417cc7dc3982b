/// Rows × columns of values, each cell shaded by its value and showing it: likelihood × impact, agency × quarter.
package struct HeatMap: Sendable {
    package var title: String
    package var rows: [String]
    package var rowLabel: String
    package var columns: [String]
    package var columnLabel: String
    /// `values[row][column]`; nil is no data.
    package var values: [[Double?]]
    package var decimals: Int
    package var note: String?
    package var id: String?

    package init(title: String, rows: [String], rowLabel: String, columns: [String], columnLabel: String,
                values: [[Double?]], decimals: Int = 0, note: String? = nil, id: String? = nil) {
        self.title = title
        self.rows = rows
        self.rowLabel = rowLabel
        self.columns = columns
        self.columnLabel = columnLabel
        self.values = values
        self.decimals = decimals
        self.note = note
        self.id = id
    }

    /// Exactly rows × columns, cleaned like a series.
    var grid: [[Double?]] {
        rows.indices.map { row in
            ChartSeries("", row < values.count ? values[row] : []).values(count: columns.count)
        }
    }
}
