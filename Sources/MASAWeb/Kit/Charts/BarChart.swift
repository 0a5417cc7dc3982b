/// Bars by category: one series, or several side by side in each category (grouped).
package struct BarChart: Sendable {
    package var title: String
    package var categories: [String]
    package var categoryLabel: String
    package var series: [ChartSeries]
    package var valueLabel: String?
    package var decimals: Int
    package var note: String?
    package var id: String?

    package init(title: String, categories: [String], categoryLabel: String = "Category", series: [ChartSeries],
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
