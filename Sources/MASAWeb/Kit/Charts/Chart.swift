/// A chart the server draws as SVG, with its data as a table beside it: line (with an optional band and marked
/// points), bars, or a heat map. Put one on a page with `Block.chart(_:)`.
package enum Chart: Sendable {
    case line(LineChart)
    case bars(BarChart)
    case heatMap(HeatMap)
}

/// One named run of values, in the order of the chart's categories. A nil is a gap (no data), never a zero; values
/// that are not finite count as no data too. `marked` holds the positions of points to flag (special cause).
package struct ChartSeries: Sendable {
    package var name: String
    package var values: [Double?]
    package var marked: Set<Int>

    package init(_ name: String, _ values: [Double?], marked: Set<Int> = []) {
        self.name = name
        self.values = values
        self.marked = marked
    }

    /// Exactly `count` values, cleaned: missing positions and infinities become nil.
    func values(count: Int) -> [Double?] {
        (0..<count).map { index in
            index < values.count ? values[index].flatMap { $0.isFinite ? $0 : nil } : nil
        }
    }
}
