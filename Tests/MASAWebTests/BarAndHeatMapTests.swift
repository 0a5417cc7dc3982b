import Foundation
@testable import MASAWeb
import Testing

@Suite("Charts: bars and heat maps")
struct BarAndHeatMapTests {
    static let agencies = ["Council", "Police", "ICB", "Academy"]

    @Test func groupedBarsHaveAPatternEachAndAKey() throws {
        let chart = BarChart(title: "Reviews by agency", categories: Self.agencies, categoryLabel: "Agency",
                             series: [ChartSeries("Started", [12, 7, 5, 2]), ChartSeries("Completed", [10, 7, 3, nil])])
        let figure = SVGProbe.figure(.bars(chart))
        let svg = try #require(figure.svg)
        #expect(svg.contains("<pattern id=\"chart-reviews-by-agency-fill-1\""), "the second series is hatched")
        #expect(SVGProbe.count("fill=\"url(#chart-reviews-by-agency-fill-1)\"", in: svg) == 4, "3 bars and the key")
        #expect(SVGProbe.count("fill=\"#12436d\" stroke=\"#12436d\"", in: svg) == 5, "4 solid bars and the key")
        #expect(SVGProbe.texts(svg).contains("n/a"), "the missing bar says so")
        #expect(figure.summary == "Reviews by agency, 4 categories in 2 series: Started: highest 12 (Council), "
                + "lowest 2 (Academy); Completed: highest 10 (Council), lowest 3 (ICB), "
                + "no data for 1 of 4 categories (Academy).")
        #expect(figure.table.columns.map(\.label) == ["Agency", "Started", "Completed"])
        #expect(figure.table.rows[3].map(\.text) == ["Academy", "2", "No data"])
    }

    @Test func negativeBarsHangBelowZero() throws {
        let chart = BarChart(title: "Budget change", categories: ["A", "B"], series: [ChartSeries("Change", [-40, 60])])
        let svg = try #require(SVGProbe.figure(.bars(chart)).svg)
        let frame = ChartFrame(scale: ChartScale([-40, 60], includeZero: true), count: 2, top: 34)
        let zero = SVGCanvas.n(frame.y(0)), belowTop = SVGCanvas.n(frame.y(60))
        #expect(svg.contains("y=\"\(zero)\" width="), "the negative bar starts at zero and goes down")
        #expect(svg.contains("y=\"\(belowTop)\" width="), "the positive bar rises from zero")
        #expect(SVGProbe.texts(svg).contains("-40"))
        #expect(SVGProbe.figure(.bars(chart)).summary == "Budget change, 2 categories: highest 60 (B), lowest -40 (A).")
    }

    @Test func allZeroBarsDivideByNothing() throws {
        let figure = SVGProbe.figure(.bars(BarChart(title: "Zeros", categories: ["a", "b", "c"],
                                                    series: [ChartSeries("n", [0, 0, 0])])))
        let svg = try #require(figure.svg)
        #expect(!svg.contains("nan") && !svg.contains("inf"))
        #expect(figure.summary == "Zeros, 3 categories: all 3 values are 0.")
    }

    static func riskMatrix() -> HeatMap {
        HeatMap(title: "Open risks by likelihood and impact",
                rows: ["Almost certain", "Likely", "Possible", "Unlikely", "Rare"], rowLabel: "Likelihood",
                columns: ["Negligible", "Minor", "Moderate", "Major", "Severe"], columnLabel: "Impact",
                values: [[0, 1, 2, 4, 1], [0, 2, 3, 1, 0], [1, 3, 0, 2, nil], [2, 1, 1, 0, 0], [3, 0, 0, 0, 0]])
    }

    @Test func aHeatMapCellShowsItsValueInAColourThatReads() throws {
        let figure = SVGProbe.figure(.heatMap(Self.riskMatrix()))
        let svg = try #require(figure.svg)
        let darkest = try #require(ChartStyle.heat.last), lightest = try #require(ChartStyle.heat.first)
        // The highest cell (4) is the darkest shade with white bold figures; zeros are the lightest with dark ones.
        let four = try #require(svg.range(of: "fill=\"\(darkest.fill)\" stroke=\"#fff\""))
        let afterFour = svg[four.upperBound...]
        #expect(afterFour.hasPrefix(" stroke-width=\"1.5\"/><text"))
        #expect(afterFour.contains("fill=\"#ffffff\" font-weight=\"700\">4</text>"))
        #expect(SVGProbe.count("fill=\"\(lightest.fill)\" stroke=\"#fff\"", in: svg) == 10, "ten zeros")
        #expect(SVGProbe.texts(svg).filter { $0 == "No data" }.count == 2, "the empty cell and the key")
        #expect(figure.summary == "Open risks by likelihood and impact: Likelihood by Impact, 5 rows and 5 columns; "
                + "highest 4 (Almost certain, Major), lowest 0 (Almost certain, Negligible and 9 others); "
                + "1 cell with no data.")
        #expect(figure.table.columns.map(\.label)
                == ["Likelihood", "Negligible", "Minor", "Moderate", "Major", "Severe"])
        #expect(figure.table.rows[2].map(\.text) == ["Possible", "1", "3", "0", "2", "No data"])
        #expect(figure.table.rows[0][4].exportValue == .number(4))
    }

    @Test func anEvenHeatMapAndARaggedOneStillDraw() throws {
        let even = SVGProbe.figure(.heatMap(HeatMap(title: "Even", rows: ["a", "b"], rowLabel: "Row",
                                                    columns: ["x", "y"], columnLabel: "Column",
                                                    values: [[3, 3], [3, 3]])))
        let svg = try #require(even.svg)
        #expect(SVGProbe.count("fill=\"\(ChartStyle.heat[2].fill)\"", in: svg) == 5, "4 cells and the key: middle")
        #expect(even.summary.hasSuffix("all 4 values are 3."))
        let ragged = SVGProbe.figure(.heatMap(HeatMap(title: "Ragged", rows: ["a", "b", "c"], rowLabel: "Row",
                                                      columns: ["x", "y"], columnLabel: "Column",
                                                      values: [[1, 2, 99], [4]])))
        #expect(ragged.table.rows.count == 3 && ragged.table.rows.allSatisfy { $0.count == 3 })
        #expect(ragged.summary.contains("3 cells with no data"), "\(ragged.summary)")
        #expect(!ragged.summary.contains("99"), "values past the last column are not drawn or described")
    }
}
