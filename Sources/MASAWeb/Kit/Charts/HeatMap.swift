/// Rows × columns of values, each cell shaded by its value and showing it: likelihood × impact, agency × quarter.
public struct HeatMap: Sendable {
    public var title: String
    public var rows: [String]
    public var rowLabel: String
    public var columns: [String]
    public var columnLabel: String
    /// `values[row][column]`; nil is no data.
    public var values: [[Double?]]
    public var decimals: Int
    public var note: String?
    public var id: String?

    public init(title: String, rows: [String], rowLabel: String, columns: [String], columnLabel: String,
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
