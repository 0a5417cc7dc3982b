import Foundation
import MASATestSupport
@testable import MASAWeb
import Testing
import Vapor

/// A chart block rendered in a real page: a figure with its caption, the SVG, and the data behind "Show the data"
/// as a house table.
@Suite("Charts: rendered on a page")
struct ChartPageTests {
    static func page(_ app: Application, _ blocks: [Block]) async throws -> String {
        PageRenderer.page(PageChrome(title: "Performance", serviceName: "MASA", csrfToken: "t"), blocks)
    }

    @Test func aChartIsAFigureWithItsDataTable() async throws {
        try await withMASA(fixture: false) { t in
            let html = try await Self.page(t.app, [.chart(.line(LineChartTests.spc()))])
            #expect(html.contains("<figure class=\"app-chart\">"))
            #expect(html.contains("<figcaption class=\"app-chart__caption\">Children subject to a plan</figcaption>"))
            #expect(html.contains("<div class=\"app-chart__image\"><svg xmlns="), "the SVG goes in unescaped")
            #expect(html.contains("<summary class=\"app-details__summary\"><span class=\"app-details__summary-text\">"
                                  + "Show the data"))
            #expect(html.contains("<table class=\"app-table\">"))
            #expect(html.contains("<td class=\"app-table__cell app-table__cell--numeric\">48.9</td>"))
        }
    }

    @Test func anEmptyChartSaysNoData() async throws {
        try await withMASA(fixture: false) { t in
            let html = try await Self.page(t.app, [.chart(ChartEdgeCaseTests.nothing[0])])
            #expect(html.contains("<p class=\"app-body app-chart__empty\">No data</p>"))
            #expect(!html.contains("<svg"))
            #expect(!html.contains("Show the data"))
        }
    }

    @Test func aChartsDataDownloadsLikeAnyTable() async throws {
        try await withMASA(fixture: false) { t in
            let list = TableView(columns: [TableView.column("A")], rows: [[TableView.Cell("a")]], emptyText: "")
            let blocks: [Block] = [.table(list), .chart(.line(LineChartTests.spc()))]
            func request(_ address: String) -> Request {
                Request(application: t.app, url: URI(string: address), on: t.app.eventLoopGroup.next())
            }
            let linked = TableExport.addingDownloadLinks(to: blocks, for: request("/performance?year=2025"))
            guard case .figure(let figure) = linked[1] else { Issue.record("the chart stays a figure"); return }
            #expect(figure.table.downloads?.csvHref == "/performance?year=2025&format=csv&table=2")
            let ask = request("/performance?year=2025&format=csv&table=2")
            let file = try #require(try TableExport.download(for: ask, title: "Performance", blocks: blocks))
            let lines = (file.body.string ?? "").components(separatedBy: "\r\n")
            let header = "Period,Rate,Control limits: lower,Control limits: upper,Point outside the limits"
            #expect(lines[0] == "\u{FEFF}" + header)
            #expect(lines[3] == "Q3 2024-25,47.5,28,52,Yes", "figures as plain numbers")
            let name = file.headers.first(name: .contentDisposition)
            #expect(name == "attachment; filename=\"performance-children-subject-to-a-plan-2026-11-18.csv\"")
        }
    }
}
