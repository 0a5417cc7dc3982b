import Foundation
@testable import MASAWeb
import Testing

/// Line charts with a band and marked points: the picture's structure, its words and its table.
@Suite("Charts: line with band and marked points")
struct LineChartTests {
    static let rates: [Double?] = [35.0, 31.2, 47.5, 39.9, 42.0, 44.3, 48.9, 40.1]

    static func spc() -> LineChart {
        LineChart(title: "Children subject to a plan", categories: SVGProbe.quarters(8),
                  series: [ChartSeries("Rate", rates, marked: [2, 6])],
                  band: .init("Control limits", lower: Array(repeating: 28, count: 8),
                              upper: Array(repeating: 52, count: 8)),
                  markedAs: "outside the limits", valueLabel: "Rate per 10,000 children")
    }

    @Test func anSPCChartSaysWhatItShows() throws {
        let figure = SVGProbe.figure(.line(Self.spc()))
        let svg = try #require(figure.svg)
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(svg.contains("role=\"img\""))
        #expect(svg.contains("aria-labelledby=\"chart-children-subject-to-a-plan-title\""))
        #expect(svg.contains("<title id=\"chart-children-subject-to-a-plan-title\">Children subject to a plan</title>"))
        let expected = "Rate per 10,000 children, Q1 2024-25 to Q4 2025-26: lowest 31.2 (Q2 2024-25), highest 48.9 "
            + "(Q3 2025-26), latest 40.1 (Q4 2025-26); Control limits 28.0 to 52.0 at Q4 2025-26; 2 points outside the "
            + "limits (Q3 2024-25 and Q3 2025-26)."
        #expect(figure.summary == expected)
        #expect(SVGProbe.desc(svg) == expected)
    }

    @Test func bandSeriesAndMarksAreDrawnAndKeyed() throws {
        let svg = try #require(SVGProbe.figure(.line(Self.spc())).svg)
        #expect(SVGProbe.count("fill=\"\(ChartStyle.bandFill)\"", in: svg) == 2, "the band and its key")
        // Two stars on the line and one in the key: a shape no series marker uses.
        #expect(SVGProbe.count("fill=\"\(ChartStyle.marked)\" stroke=", in: svg) == 3)
        #expect(SVGProbe.count("<circle", in: svg) == 8 + 1, "a marker on each of 8 points, and one in the key")
        let texts = SVGProbe.texts(svg)
        for words in ["Rate", "Control limits", "Point outside the limits", "Rate per 10,000 children", "Q1 2024-25"] {
            #expect(texts.contains(words), "\(words) in \(texts)")
        }
    }

    @Test func theTableHoldsEveryFigureAsANumber() {
        let table = SVGProbe.figure(.line(Self.spc())).table
        #expect(table.columns.map(\.label) == ["Period", "Rate", "Control limits: lower", "Control limits: upper",
                                               "Point outside the limits"])
        #expect(table.rows.count == 8)
        #expect(table.rows[2].map(\.text) == ["Q3 2024-25", "47.5", "28.0", "52.0", "Yes"])
        #expect(table.rows[1][1].exportValue == .number(31.2))
        #expect(table.rows[0][4].text == "No")
    }

    @Test func seriesDifferInDashAndMarkerNotOnlyColour() throws {
        let chart = LineChart(title: "Two areas", categories: ["A", "B", "C"],
                              series: [ChartSeries("North", [1, 2, 3]), ChartSeries("South", [3, 2, 1])])
        let svg = try #require(SVGProbe.figure(.line(chart)).svg)
        #expect(SVGProbe.count("stroke-dasharray=\"8 4\"", in: svg) == 2, "the second line and its key are dashed")
        #expect(SVGProbe.count("<circle", in: svg) == 4, "circles on the first line (3) and its key")
        #expect(SVGProbe.count("<rect x=", in: svg) >= 4, "squares on the second line (3) and its key")
        let summary = SVGProbe.figure(.line(chart)).summary
        #expect(summary.contains("North: lowest 1.0 (A), highest 3.0 (C), latest 3.0 (C); South: lowest 1.0 (C)"))
    }

    @Test func aGapBreaksTheLineAndIsNotAZero() throws {
        let chart = LineChart(title: "Gappy", categories: ["Q1", "Q2", "Q3", "Q4", "Q5"],
                              series: [ChartSeries("Rate", [4, nil, 6, 7, nil])])
        let figure = SVGProbe.figure(.line(chart))
        let svg = try #require(figure.svg)
        let paths = svg.components(separatedBy: "<path d=\"").dropFirst()
        let path = try #require(paths.first { $0.contains("stroke=\"#12436d\"") })
        #expect(SVGProbe.count("M", in: String(path.prefix { $0 != "\"" })) == 1, "one run of two points, one line")
        #expect(SVGProbe.count("<circle", in: svg) == 3, "every present point keeps its marker, the lone one included")
        #expect(figure.summary == "Gappy, Q1 to Q5: lowest 4.0 (Q1), highest 7.0 (Q4), latest 7.0 (Q4), "
                + "no data for 2 of 5 points (Q2 and Q5).")
        #expect(figure.table.rows[1][1].text == "No data")
        #expect(figure.table.rows[1][1].exportValue == .empty, "a download leaves the cell empty, not 0")
    }

    @Test func aSinglePointIsAMarkerAndAFigure() throws {
        let one = LineChart(title: "One", categories: ["Q1"], series: [ChartSeries("Rate", [5])])
        let figure = SVGProbe.figure(.line(one))
        let svg = try #require(figure.svg)
        #expect(SVGProbe.count("<circle", in: svg) == 1)
        #expect(!svg.contains("nan") && !svg.contains("inf"))
        #expect(figure.summary == "One, Q1: one value, 5.0 (Q1).")
    }

    @Test func notANumberAndInfinityAreNoData() {
        let figure = SVGProbe.figure(.line(LineChart(title: "Odd", categories: ["a", "b", "c"],
                                                     series: [ChartSeries("x", [.nan, 2, .infinity])])))
        #expect(figure.summary == "Odd, a to c: one value, 2.0 (b), no data for 2 of 3 points (a and c).")
        #expect(figure.svg.map { !$0.contains("nan") && !$0.contains("inf") } == true)
    }

    @Test func thousandsOfPointsStayCompact() throws {
        let count = 5_000
        let values: [Double?] = (0..<count).map { 40 + 10 * sin(Double($0) / 50) }
        let categories = (0..<count).map { "Day \($0 + 1)" }
        let clock = ContinuousClock()
        var figure: ChartFigure?
        let elapsed = clock.measure {
            figure = SVGProbe.figure(.line(LineChart(title: "Daily", categories: categories,
                                                     series: [ChartSeries("Calls", values, marked: [10, 4_000])])))
        }
        let svg = try #require(figure?.svg)
        #expect(SVGProbe.count("L", in: svg) >= count - 1, "one path through every point")
        #expect(SVGProbe.count("<circle", in: svg) == 1, "no marker smear, only the key's; marked points keep stars")
        #expect(SVGProbe.count("fill=\"\(ChartStyle.marked)\" stroke=", in: svg) == 3)
        #expect(svg.utf8.count < 200_000, "\(svg.utf8.count) bytes")
        #expect(SVGProbe.texts(svg).filter { $0.hasPrefix("Day ") }.count <= 10, "only as many labels as fit")
        #expect(figure?.table.rows.count == count, "the table still has every point")
        #expect(elapsed < .seconds(5), "\(elapsed)")
    }
}
