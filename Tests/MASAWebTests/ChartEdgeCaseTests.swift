import Foundation
@testable import MASAWeb
import Testing

/// What real data does to charts: nothing at all, one value, every value the same, negatives, long labels,
/// markup in names; and numbers written the same on every machine.
@Suite("Charts: edge cases, escaping and number formatting")
struct ChartEdgeCaseTests {
    static let nothing: [Chart] = [
        .line(LineChart(title: "Empty line", categories: [], series: [])),
        .line(LineChart(title: "All gaps", categories: ["a", "b"], series: [ChartSeries("x", [nil, nil])])),
        .bars(BarChart(title: "Empty bars", categories: ["a"], series: [])),
        .heatMap(HeatMap(title: "Empty map", rows: [], rowLabel: "r", columns: [], columnLabel: "c", values: [])),
    ]

    @Test(arguments: nothing)
    func noDataMeansNoPictureAndSaysSo(_ chart: Chart) {
        let figure = ChartFigure(chart)
        #expect(figure.svg == nil)
        #expect(figure.summary == "No data.")
        #expect(figure.emptyText == "No data")
        #expect(!figure.table.hasRows, "no table of blanks")
    }

    @Test func everyValueTheSameOpensTheScaleAroundIt() throws {
        let scale = ChartScale([12, 12, 12], includeZero: false)
        #expect(scale.lower < 12 && scale.upper > 12)
        #expect(ChartScale([0], includeZero: false).upper > ChartScale([0], includeZero: false).lower)
        let figure = ChartFigure(.line(LineChart(title: "Flat", categories: ["a", "b", "c"],
                                                 series: [ChartSeries("x", [12, 12, 12])])))
        let svg = try #require(figure.svg)
        #expect(!svg.contains("nan") && !svg.contains("inf"))
        #expect(figure.summary == "Flat, a to c: all 3 values are 12.0.")
    }

    @Test func negativeValuesGetAZeroLineAndMinusSigns() throws {
        let figure = ChartFigure(.line(LineChart(title: "Change", categories: ["a", "b", "c"],
                                                 series: [ChartSeries("x", [-5, 3, -2.25])], decimals: 2)))
        let svg = try #require(figure.svg)
        #expect(SVGProbe.texts(svg).contains { $0.hasPrefix("-") }, "a negative tick label")
        #expect(figure.summary.contains("lowest -5.00 (a)"), "\(figure.summary)")
        #expect(figure.summary.contains("latest -2.25 (c)"))
    }

    @Test func longLabelsAreShortenedInThePictureOnly() throws {
        let long = "Northmere Community Health and Wellbeing NHS Foundation Trust (Children's Services Directorate)"
        let figure = ChartFigure(.bars(BarChart(title: "Reach", categories: [long, "Police"],
                                                series: [ChartSeries("People", [120, 80])])))
        let svg = try #require(figure.svg)
        let shown = try #require(SVGProbe.texts(svg).first { $0.hasPrefix("Northmere") })
        #expect(shown.hasSuffix("…") && shown.count < long.count)
        #expect(svg.contains("<title>Northmere Community Health and Wellbeing NHS Foundation Trust (Children&#39;s"),
                "the full label is the tooltip")
        #expect(figure.table.rows[0][0].text == long)
    }

    @Test func markupInAnyTextIsEscaped() throws {
        let hostile = "<script>alert(\"x\")</script> & 'co'"
        let charts: [Chart] = [
            .line(LineChart(title: hostile, categories: [hostile], series: [ChartSeries(hostile, [1], marked: [0])],
                            band: .init(hostile, lower: [0], upper: [2]), markedAs: hostile, valueLabel: hostile,
                            id: "\"><script>")),
            .bars(BarChart(title: hostile, categories: [hostile],
                           series: [ChartSeries(hostile, [1]), ChartSeries(hostile, [2])])),
            .heatMap(HeatMap(title: hostile, rows: [hostile], rowLabel: hostile, columns: [hostile],
                             columnLabel: hostile, values: [[1]])),
        ]
        for chart in charts {
            let svg = try #require(ChartFigure(chart).svg)
            #expect(!svg.contains("<script"), "\(svg.prefix(300))")
            #expect(!svg.contains("\"x\""))
            #expect(svg.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;co&#39;"))
        }
        #expect(ChartFigure.id("\"><script>", "t") == "chart-script-")
    }

    @Test func figuresAreTheSameOnEveryMachine() {
        #expect(Figures.format(1234.5, decimals: 1) == "1,234.5")
        #expect(Figures.format(-1_234_567.891, decimals: 2) == "-1,234,567.89")
        #expect(Figures.format(-0.04, decimals: 1) == "0.0", "no minus zero")
        #expect(Figures.format(2.5) == "3", "half away from zero")
        #expect(Figures.format(-2.5) == "-3")
        #expect(Figures.format(999.96, decimals: 1) == "1,000.0")
        #expect(Figures.format(.nan) == "-")
        #expect(Figures.format(1e20) == "1e+20", "past exact integers, the machine form")
        #expect(Figures.plain(12) == "12")
        #expect(Figures.plain(0.1) == "0.1")
        #expect(Figures.plain(-3.25) == "-3.25")
        #expect(Figures.plain(.infinity) == "")
        #expect(SVGCanvas.n(-0.04) == "0" && SVGCanvas.n(-3.16) == "-3.2" && SVGCanvas.n(12) == "12")
    }

    @Test func ticksAreRoundNumbers() {
        let scale = ChartScale([31.2, 48.9], includeZero: false)
        #expect(scale.ticks.map { Figures.format($0, decimals: scale.tickDecimals) } == ["30", "35", "40", "45", "50"])
        let small = ChartScale([0, 0.7], includeZero: true)
        #expect(small.ticks.map { Figures.format($0, decimals: small.tickDecimals) }
                == ["0.0", "0.2", "0.4", "0.6", "0.8"])
        let huge = ChartScale([-1e308, 1e308], includeZero: false)
        #expect(huge.lower < huge.upper, "a range past Double's limits still draws")
    }
}
