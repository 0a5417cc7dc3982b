/// Drawing a heat map: a grid of cells shaded light (low) to dark (high), each showing its figure in a colour that
/// reads on its shade; cells with no data are white, outlined and say so.
extension HeatMap {
    static let labelWidth = 150.0
    static let cellHeight = 34.0

    func svg(id: String, description: String) -> String {
        let grid = self.grid, present = grid.joined().compactMap { $0 }
        let low = present.min() ?? 0, high = present.max() ?? 0
        var canvas = SVGCanvas()
        drawKey(low: low, high: high, missing: present.count < rows.count * columns.count, on: &canvas)
        let left = Self.labelWidth + 8, right = SVGCanvas.width - 8
        let cellWidth = (right - left) / Double(max(1, columns.count))
        canvas.text(rowLabel, x: 8, y: 70, size: 13, width: Self.labelWidth, fill: ChartStyle.secondaryText, bold: true)
        canvas.text(columnLabel, x: (left + right) / 2, y: 52, anchor: "middle", size: 13, width: right - left,
                    fill: ChartStyle.secondaryText, bold: true)
        for (column, name) in columns.enumerated() {
            canvas.text(name, x: left + (Double(column) + 0.5) * cellWidth, y: 70, anchor: "middle", size: 12,
                        width: cellWidth - 4)
        }
        let top = 80.0
        for (row, name) in rows.enumerated() {
            let y = top + Double(row) * Self.cellHeight
            canvas.text(name, x: 8, y: y + Self.cellHeight / 2 + 4, size: 12, width: Self.labelWidth - 4)
            for column in columns.indices {
                let x = left + Double(column) * cellWidth
                drawCell(grid[row][column], x: x, y: y, width: cellWidth, low: low, high: high, on: &canvas)
            }
        }
        let height = top + Double(rows.count) * Self.cellHeight + 8
        return canvas.svg(id: id, height: height, title: title, description: description)
    }

    private func drawCell(_ value: Double?, x: Double, y: Double, width: Double, low: Double, high: Double,
                          on canvas: inout SVGCanvas) {
        let middle = (x + width / 2, y + Self.cellHeight / 2 + 4)
        guard let value else {
            let n = SVGCanvas.n
            canvas.add("<rect x=\"\(n(x + 2))\" y=\"\(n(y + 2))\" width=\"\(n(width - 4))\""
                       + " height=\"\(n(Self.cellHeight - 4))\" fill=\"#fff\" stroke=\"\(ChartStyle.grid)\""
                       + " stroke-dasharray=\"3 2\"/>")
            let words = SVGCanvas.textWidth(ChartFigure.noData, size: 11) + 4 < width ? ChartFigure.noData : "–"
            canvas.text(words, x: middle.0, y: middle.1, anchor: "middle", size: 11, fill: ChartStyle.secondaryText)
            return
        }
        let shade = ChartStyle.heat[Self.step(value, low: low, high: high)]
        canvas.rect(x: x + 1, y: y + 1, width: width - 2, height: Self.cellHeight - 2, fill: shade.fill, stroke: "#fff")
        let figure = Figures.format(value, decimals: decimals)
        // Too narrow for its figure, a cell is left plain: the table and the description have every value.
        if SVGCanvas.textWidth(figure, size: 12) + 4 < width {
            canvas.text(figure, x: middle.0, y: middle.1, anchor: "middle", size: 12, fill: shade.text, bold: true)
        }
    }

    /// Which of the five shades; all-equal values take the middle one.
    static func step(_ value: Double, low: Double, high: Double) -> Int {
        guard high > low else { return 2 }
        return min(ChartStyle.heat.count - 1, Int((value - low) / (high - low) * Double(ChartStyle.heat.count)))
    }

    /// "Lower 0 [five shades] 7 Higher", and the look of a cell with no data.
    private func drawKey(low: Double, high: Double, missing: Bool, on canvas: inout SVGCanvas) {
        let lowText = "Lower: " + Figures.format(low, decimals: decimals)
        canvas.text(lowText, x: 8, y: 22, size: 13)
        var x = 14 + SVGCanvas.textWidth(lowText, size: 13)
        for shade in ChartStyle.heat {
            canvas.rect(x: x, y: 10, width: 24, height: 16, fill: shade.fill, stroke: ChartStyle.axis)
            x += 24
        }
        let highText = "Higher: " + Figures.format(high, decimals: decimals)
        canvas.text(highText, x: x + 6, y: 22, size: 13)
        guard missing else { return }
        x += 24 + SVGCanvas.textWidth(highText, size: 13)
        canvas.add("<rect x=\"\(SVGCanvas.n(x))\" y=\"10\" width=\"24\" height=\"16\" fill=\"#fff\""
                   + " stroke=\"\(ChartStyle.grid)\" stroke-dasharray=\"3 2\"/>")
        canvas.text(ChartFigure.noData, x: x + 30, y: 22, size: 13)
    }
}
