/// A line chart over categories (periods), e.g. a rate by quarter with SPC control limits as the band.
public struct LineChart: Sendable {
    /// A shaded range between two lines, e.g. the lower and upper control limits.
    public struct Band: Sendable {
        public var name: String
        public var lower: [Double?]
        public var upper: [Double?]

        public init(_ name: String, lower: [Double?], upper: [Double?]) {
            self.name = name
            self.lower = lower
            self.upper = upper
        }
    }

    public var title: String
    public var categories: [String]
    public var categoryLabel: String
    public var series: [ChartSeries]
    public var band: Band?
    /// What a marked point is, to finish "2 points ...": "outside the limits", "special cause".
    public var markedAs: String
    public var valueLabel: String?
    public var decimals: Int
    public var note: String?
    /// Unique on the page; made from the title when not given.
    public var id: String?

    public init(title: String, categories: [String], categoryLabel: String = "Period", series: [ChartSeries],
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
