/// A line chart over categories (periods), e.g. a rate by quarter with SPC control limits as the band.
package struct LineChart: Sendable {
    /// A shaded range between two lines, e.g. the lower and upper control limits.
    package struct Band: Sendable {
        package var name: String
        package var lower: [Double?]
        package var upper: [Double?]

        package init(_ name: String, lower: [Double?], upper: [Double?]) {
            self.name = name
            self.lower = lower
            self.upper = upper
        }
    }

    package var title: String
    package var categories: [String]
    package var categoryLabel: String
    package var series: [ChartSeries]
    package var band: Band?
    /// What a marked point is, to finish "2 points ...": "outside the limits", "special cause".
    package var markedAs: String
    package var valueLabel: String?
    package var decimals: Int
    package var note: String?
    /// Unique on the page; made from the title when not given.
    package var id: String?

    package init(title: String, categories: [String], categoryLabel: String = "Period", series: [ChartSeries],
                band: Band? = nil, markedAs: String = "marked", valueLabel: String? = nil, decimals: Int = 1,
                note: String? = nil, id: String? = nil) {
        self.title = title
        self.categories = categories
        self.categoryLabel = categoryLabel
        self.series = series
        self.band = band
        self.markedAs = markedAs
        self.valueLabel = valueLabel
        self.decimals = decimals
        self.note = note
        self.id = id
    }
}
