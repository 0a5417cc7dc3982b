/// What line and bar charts share: a plot area, the value axis with its gridlines and labels, and the category
/// labels beneath (as many as fit; the table has them all).
struct ChartFrame {
    static let plotHeight = 220.0
    static let labelSize = 12.0

    let left: Double
    let right: Double
    let top: Double
    let bottom: Double
    let scale: ChartScale
    let count: Int

    /// `top` is where the plot starts, below the legend and the value label.
    init(scale: ChartScale, count: Int, top: Double) {
        let widest = scale.ticks.map { SVGCanvas.textWidth(Self.tickLabel($0, scale), size: Self.labelSize) }.max() ?? 0
        left = max(40, widest + 14)
        right = SVGCanvas.width - 16
        self.top = top
        bottom = top + Self.plotHeight
        self.scale = scale
        self.count = max(1, count)
    }

    /// The image's full height: the plot and the category labels under it.
    var height: Double { bottom + 34 }
    var bandWidth: Double { (right - left) / Double(count) }
    func x(_ index: Int) -> Double { left + (Double(index) + 0.5) * bandWidth }
    func y(_ value: Double) -> Double { scale.y(value, top: top, bottom: bottom) }

    func drawValueAxis(on canvas: inout SVGCanvas, valueLabel: String?) {
        if let valueLabel {
            canvas.text(valueLabel, x: 8, y: top - 12, size: 13, width: SVGCanvas.width - 16,
                        fill: ChartStyle.secondaryText)
        }
        for tick in scale.ticks {
            let y = y(tick)
            canvas.line(left, y, right, y, stroke: ChartStyle.grid, width: tick == 0 ? 1.5 : 0.75)
            canvas.text(Self.tickLabel(tick, scale), x: left - 6, y: y + 4, anchor: "end", size: Self.labelSize,
                        fill: ChartStyle.secondaryText)
        }
        if scale.lower < 0, scale.upper > 0 {
            canvas.line(left, y(0), right, y(0), stroke: ChartStyle.axis, width: 1.5)
        }
        canvas.line(left, bottom, right, bottom, stroke: ChartStyle.axis)
    }

    func drawCategories(on canvas: inout SVGCanvas, _ labels: [String]) {
        let fits = max(1, Int((right - left) / 64))
        let step = max(1, (labels.count + fits - 1) / fits)
        for index in stride(from: 0, to: labels.count, by: step) {
            canvas.line(x(index), bottom, x(index), bottom + 4, stroke: ChartStyle.axis)
            canvas.text(labels[index], x: x(index), y: bottom + 20, anchor: "middle", size: Self.labelSize,
                        width: bandWidth * Double(step) - 6)
        }
    }

    static func tickLabel(_ value: Double, _ scale: ChartScale) -> String {
        Figures.format(value, decimals: scale.tickDecimals)
    }
}
