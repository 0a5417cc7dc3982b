/// A chart ready for the page: its title (the figure's caption), the SVG the kit drew (nil when there is nothing
/// to draw) and the data table. Only the kit makes one, so no caller's markup reaches the page through it.
package struct ChartFigure: Sendable {
    static let noData = "No data"

    package let title: String
    package let note: String?
    package let svg: String?
    package let summary: String
    package let emptyText: String
    package internal(set) var table: TableView

    init(_ chart: Chart) {
        switch chart {
        case .line(let line):
            let hasData = line.cleanSeries.joined().contains { $0 != nil }
            let summary = hasData ? line.summary : Self.noData + "."
            self.init(title: line.title, note: line.note, summary: summary, table: line.table, hasData: hasData) {
                line.svg(id: Self.id(line.id, line.title), description: summary)
            }
        case .bars(let bars):
            let hasData = bars.cleanSeries.joined().contains { $0 != nil }
            let summary = hasData ? bars.summary : Self.noData + "."
            self.init(title: bars.title, note: bars.note, summary: summary, table: bars.table, hasData: hasData) {
                bars.svg(id: Self.id(bars.id, bars.title), description: summary)
            }
        case .heatMap(let map):
            let hasData = map.grid.joined().contains { $0 != nil }
            let summary = hasData ? map.summary : Self.noData + "."
            self.init(title: map.title, note: map.note, summary: summary, table: map.table, hasData: hasData) {
                map.svg(id: Self.id(map.id, map.title), description: summary)
            }
        }
    }

    /// With no data there is no image and no table of blanks: the page says "No data" instead.
    private init(title: String, note: String?, summary: String, table: TableView, hasData: Bool, draw: () -> String) {
        self.title = title
        self.note = note
        self.summary = summary
        svg = hasData ? draw() : nil
        emptyText = Self.noData
        self.table = hasData ? table
            : TableView(caption: title, columns: table.columns, rows: [], emptyText: Self.noData)
    }

    /// An id for the SVG and its parts: the caller's or the title's, reduced to letters, digits and hyphens.
    static func id(_ given: String?, _ title: String) -> String {
        var id = "chart-"
        for scalar in (given ?? title).lowercased().unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                id.unicodeScalars.append(scalar)
            } else if !id.hasSuffix("-") {
                id += "-"
            }
        }
        return String(id.prefix(60))
    }
}

extension Block {
    /// A chart with its data table beneath (behind "Show the data") and its data in words for screen readers.
    package static func chart(_ chart: Chart) -> Block {
        .figure(ChartFigure(chart))
    }
}
