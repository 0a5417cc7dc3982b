import Fluent
import Foundation
import MASACore
import MASATestSupport
@testable import MASAWeb
import Testing
import Vapor
import VaporTesting

/// Any page's table downloads from the page's own address: the whole filtered list, not its first page of 25,
/// through the same access rules as the page.
@Suite("Downloads: from a real page")
struct TableDownloadTests {
    /// 60 agencies of kind "other" beside the fixture's five, so a filtered list is longer than a page.
    static func manyAgencies(_ t: TestContext) async throws {
        for number in 1...60 {
            try await Agency(name: "Agency \(String(format: "%02d", number))", kind: .other).create(on: t.db)
        }
    }

    @Test func aCSVIsTheWholeFilteredList() async throws {
        try await withMASA { t in
            try await Self.manyAgencies(t)
            let browser = try await t.browser(as: .businessUnit)
            let response = try await browser.get("/agencies?kind=other&sort=name&order=desc&format=csv")
            #expect(response.status == .ok)
            let csv = HTTPMediaType(type: "text", subType: "csv", parameters: ["charset": "utf-8"])
            #expect(response.headers.contentType == csv)
            let disposition = response.headers.first(name: .contentDisposition)
            #expect(disposition == "attachment; filename=\"agencies-2026-11-18.csv\"")
            #expect(response.headers.first(name: .cacheControl) == "no-store")
            let lines = response.body.string.components(separatedBy: "\r\n").filter { !$0.isEmpty }
            #expect(lines.count == 61, "a header and all 60, not 25")
            #expect(lines[0] == "\u{FEFF}Agency,Type,Statutory partner,Contributes to budget,Status")
            #expect(lines[1].hasPrefix("Agency 60,"), "the page's sort is kept: \(lines[1])")
            #expect(!response.body.string.contains("Testshire"), "the page's filter is kept")
        }
    }

    @Test func anXLSXIsTheSameList() async throws {
        try await withMASA { t in
            try await Self.manyAgencies(t)
            let response = try await t.browser(as: .businessUnit).get("/agencies?kind=other&format=xlsx&page=2")
            #expect(response.status == .ok)
            #expect(response.headers.contentType?.subType == "vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            let disposition = response.headers.first(name: .contentDisposition)
            #expect(disposition == "attachment; filename=\"agencies-2026-11-18.xlsx\"")
            let parts = try XLSXExportTests.parts(Data(buffer: response.body))
            let sheet = try #require(parts["xl/worksheets/sheet1.xml"])
            #expect(sheet.components(separatedBy: "<row ").count - 1 == 61, "every row, whatever page was asked for")
            #expect(parts["xl/workbook.xml"]?.contains("<sheet name=\"Agencies\"") == true)
        }
    }

    @Test func thePageLinksToItsDownloadsWithItsFilters() async throws {
        try await withMASA { t in
            try await Self.manyAgencies(t)
            let html = try await t.browser(as: .businessUnit).get("/agencies?kind=other&page=2").html
            #expect(html.contains("href=\"/agencies?kind=other&amp;format=csv\">Download as CSV</a>"),
                    "the page number goes; the filter stays")
            #expect(html.contains("href=\"/agencies?kind=other&amp;format=xlsx\">Download as spreadsheet (XLSX)</a>"))
            #expect(html.contains("Showing 26 to 50 of 60"), "the page itself is still a page")
        }
    }

    @Test func anEmptyListOffersNoDownload() async throws {
        try await withMASA { t in
            let html = try await t.browser(as: .businessUnit).get("/agencies?kind=other").html
            #expect(!html.contains("Download as CSV"))
        }
    }

    @Test func aTableThePageDoesNotHaveIsNotFound() async throws {
        try await withMASA { t in
            let browser = try await t.browser(as: .businessUnit)
            #expect(try await browser.get("/agencies?format=csv&table=2").status == .notFound)
            let unknown = try await browser.get("/agencies?format=pdf")
            #expect(unknown.headers.contentType == .html, "an unknown format is the page")
        }
    }

    @Test func aDownloadNeedsWhatThePageNeeds() async throws {
        try await withMASA { t in
            let anonymous = try await t.anonymous().get("/agencies?format=csv")
            #expect(anonymous.status == .seeOther, "signed out: to the sign-in page, not a file")
            #expect(anonymous.headers.first(name: .contentDisposition) == nil)
        }
    }

    @Test func aLongListStopsAtTheLimitAndSaysSo() {
        // The limit itself, without making 50,000 rows: a table that still has pages while downloading is partial.
        let metadata = PageMetadata(page: 1, per: 2, total: 5)
        let table = TableView(columns: [TableView.column("A")], rows: [[.number(1)], [.number(2)]], emptyText: "",
                              pagination: Pagination(metadata: metadata) { "?page=\($0)" })
        let export = ExportTable(table, name: "A")
        #expect(export.note == "Not every row is here (showing 1 to 2 of 5): filter the list to download the rest.")
        #expect(ListQuery<OnlySort>.exportLimit == 50_000)
    }

    @Test func fileNamesAreSafeOnEverySystem() {
        #expect(TableExport.fileName(title: "Risk register", table: nil, date: "2026-11-18", format: .csv)
                == "risk-register-2026-11-18.csv")
        let hostile = "Café \"quoted\"\r\nSet-Cookie: x"
        #expect(TableExport.fileName(title: hostile, table: "Progress", date: "d", format: .xlsx)
                == "cafe-quoted-set-cookie-x-progress-d.xlsx")
        #expect(TableExport.fileName(title: "ÆØ…", table: nil, date: "d", format: .csv) == "table-d.csv")
        #expect(TableExport.fileName(title: "Åland", table: nil, date: "d", format: .csv) == "aland-d.csv")
    }
}

/// A sort key for reading `ListQuery`'s static settings.
enum OnlySort: String, CaseIterable, Sendable { case only }
