import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import MASACore
@testable import MASAWeb
import Testing
import ZIPFoundation

/// XLSX downloads, opened the way a spreadsheet opens them: unzipped, every part well-formed XML, numbers as
/// numeric cells, dates as date serials with a date format, text as inline strings, a bold header, a legal sheet name.
@Suite("Downloads: XLSX")
struct XLSXExportTests {
    static let date = LocalDate(year: 2026, month: 11, day: 18)!
    static let table = ExportTable(name: "Actions: open [all]", headers: ["Action", "Due", "Count", "Rate", "Cost"],
                                   rows: [[.text("Audit <findings> & \"notes\""), .date(date), .integer(3),
                                           .number(48.9), .money(pence: 125_050)],
                                          [.text("=1+1"), .empty, .integer(-2), .number(-0.5),
                                           .text("bell\u{7} gone")]])

    /// One part of `table` written as a workbook.
    static func part(_ path: String, of table: ExportTable = table) throws -> String? {
        try parts(try XLSXDocument.data(table, modified: Date(timeIntervalSince1970: 1_794_996_000)))[path]
    }

    /// Every part of the archive, by path.
    static func parts(_ data: Data) throws -> [String: String] {
        let archive = try Archive(data: data, accessMode: .read)
        var parts: [String: String] = [:]
        for entry in archive {
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            parts[entry.path] = String(decoding: bytes, as: UTF8.self)
        }
        return parts
    }

    static func isWellFormed(_ xml: String) -> Bool {
        XMLParser(data: Data(xml.utf8)).parse()
    }

    @Test func theArchiveHasEveryPartAndEachIsWellFormed() throws {
        let parts = try Self.parts(try XLSXDocument.data(Self.table, modified: Date()))
        #expect(Set(parts.keys) == ["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml",
                                    "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/worksheets/sheet1.xml"])
        for (path, xml) in parts { #expect(Self.isWellFormed(xml), "\(path) is not well-formed XML") }
        #expect(parts["[Content_Types].xml"]?.contains("PartName=\"/xl/worksheets/sheet1.xml\"") == true)
    }

    @Test func cellsKeepTheirTypes() throws {
        let sheet = try #require(try Self.part("xl/worksheets/sheet1.xml"))
        #expect(sheet.contains("<c r=\"A1\" s=\"1\" t=\"inlineStr\"><is><t xml:space=\"preserve\">Action</t></is></c>"),
                "a bold header")
        #expect(sheet.contains("<t xml:space=\"preserve\">Audit &lt;findings&gt; &amp; &quot;notes&quot;</t>"))
        #expect(sheet.contains("<c r=\"B2\" s=\"2\"><v>46344</v></c>"), "18 November 2026 as a date serial")
        #expect(sheet.contains("<c r=\"C2\"><v>3</v></c>"))
        #expect(sheet.contains("<c r=\"D2\"><v>48.9</v></c>"))
        #expect(sheet.contains("<c r=\"E2\" s=\"3\"><v>1250.50</v></c>"), "money with the pounds format")
        #expect(sheet.contains("<t xml:space=\"preserve\">=1+1</t>"), "text is never a formula: no <f>, no quote")
        #expect(!sheet.contains("<f>"))
        #expect(sheet.contains("<c r=\"C3\"><v>-2</v></c>") && sheet.contains("<c r=\"D3\"><v>-0.5</v></c>"))
        #expect(!sheet.contains("r=\"B3\""), "an empty cell is left out")
        #expect(sheet.contains("bell gone"), "a control character XML cannot hold is dropped")
        #expect(sheet.contains("state=\"frozen\""), "the header row stays in view")
    }

    @Test func stylesGiveDatesADateFormat() throws {
        let styles = try #require(try Self.part("xl/styles.xml"))
        #expect(styles.contains("<numFmt numFmtId=\"164\" formatCode=\"d mmm yyyy\"/>"))
        #expect(styles.contains("<cellXfs count=\"4\">"))
        #expect(styles.contains("<font><b/>"))
    }

    @Test func theSheetIsNamedWithinExcelsRules() throws {
        let workbook = try #require(try Self.part("xl/workbook.xml"))
        #expect(workbook.contains("<sheet name=\"Actions open all\" sheetId=\"1\" r:id=\"rId1\"/>"), "\(workbook)")
        #expect(XLSXDocument.sheetName("A/B\\C?D*E:F[G]H") == "A-B-CDEFGH")
        #expect(XLSXDocument.sheetName("Attendance by agency, 2026/27") == "Attendance by agency, 2026-27")
        #expect(XLSXDocument.sheetName(String(repeating: "x", count: 40)).count == 31)
        #expect(XLSXDocument.sheetName("'quoted'") == "quoted")
        #expect(XLSXDocument.sheetName("  ") == "Sheet1")
        #expect(XLSXDocument.sheetName("History") == "History table")
        #expect(XLSXDocument.sheetName("Risk & <register>") == "Risk & <register>", "escaped where it is written")
        let wide = String(repeating: "é", count: 20) + String(repeating: "😀", count: 10)
        #expect(XLSXDocument.sheetName(wide).utf16.count <= 31, "Excel counts UTF-16 units")
    }

    @Test func columnsAreNamedLikeASpreadsheet() {
        #expect(XLSXSheet.columnName(0) == "A")
        #expect(XLSXSheet.columnName(25) == "Z")
        #expect(XLSXSheet.columnName(26) == "AA")
        #expect(XLSXSheet.columnName(701) == "ZZ")
        #expect(XLSXSheet.columnName(702) == "AAA")
        #expect(XLSXSheet.serial(LocalDate(year: 1970, month: 1, day: 1)!) == 25_569)
    }

    @Test func aPartialDownloadSaysSoBelowTheRows() throws {
        let partial = ExportTable(name: "t", headers: ["A"], rows: [[.integer(1)]], note: "Not every row is here.")
        let sheet = try #require(try Self.part("xl/worksheets/sheet1.xml", of: partial))
        #expect(sheet.contains("<row r=\"4\"><c r=\"A4\" t=\"inlineStr\"><is><t xml:space=\"preserve\">Not every row"))
    }
}
