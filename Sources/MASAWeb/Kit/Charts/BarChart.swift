/// Bars by category: one series, or several side by side in each category (grouped).
public struct BarChart: Sendable {
    public var title: String
    public var categories: [String]
    public var categoryLabel: String
    public var series: [ChartSeries]
    public var valueLabel: String?
    public var decimals: Int
    public var note: String?
    public var id: String?

    public init(title: String, categories: [String], categoryLabel: String = "Category", series: [ChartSeries],
                valueLabel: String? = nil, decimals: Int = 0, note: String? = nil, id: String? = nil) {
        self.title = title
        self.categories = categories
        self.categoryLabel = categoryLabel
        self.series = series
        self.valueLabel = valueLabel
        self.decimals = decimals
        self.note = note
        self.id = id
    }
}
