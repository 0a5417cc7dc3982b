import Foundation
import MASACore
@testable import MASAWeb
import Testing

/// CSV downloads: RFC 4180 quoting, UTF-8 that Excel recognises, figures as plain numbers, and no text that a
/// spreadsheet would run as a formula.
@Suite("Downloads: CSV")
struct CSVExportTests {
    static func text(_ table: ExportTable) -> String {
        String(decoding: CSVDocument.data(table), as: UTF8.self)
    }

    @Test func startsWithAByteOrderMarkAndEndsLinesWithCRLF() {
        let data = CSVDocument.data(ExportTable(name: "t", headers: ["A", "B"], rows: [[.text("x"), .integer(1)]]))
        #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(Self.text(ExportTable(name: "t", headers: ["A", "B"], rows: [[.text("x"), .integer(1)]]))
                == "\u{FEFF}A,B\r\nx,1\r\n")
    }

    @Test func quotesOnlyWhatNeedsQuoting() {
        let rows: [[CellValue]] = [[.text("plain"), .text("a, b"), .text("say \"hi\""), .text("two\nlines"),
                                    .text("cr\rhere"), .text("Ünïcödé – £5")]]
        let line = Self.text(ExportTable(name: "t", headers: ["1", "2", "3", "4", "5", "6"], rows: rows))
            .components(separatedBy: "\r\n")[1...].joined(separator: "\r\n")
        #expect(line == "plain,\"a, b\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\rhere\",Ünïcödé – £5\r\n")
    }

    @Test(arguments: ["=SUM(A1:A9)", "+44 1234", "-2+3", "@cmd", "\tindent", "\rreturn", "=HYPERLINK(\"http://x\")"])
    func formulaLikeTextIsDefused(_ text: String) {
        let field = CSVDocument.field(.text(text))
        let unquoted = field.hasPrefix("\"")
            ? String(field.dropFirst().dropLast()).replacingOccurrences(of: "\"\"", with: "\"") : field
        #expect(unquoted == "'" + text, "\(text.debugDescription) → \(field.debugDescription)")
    }

    @Test func realNumbersStayNumbers() {
        #expect(CSVDocument.field(.integer(-5)) == "-5")
        #expect(CSVDocument.field(.number(-2.5)) == "-2.5")
        #expect(CSVDocument.field(.number(48.9)) == "48.9")
        #expect(CSVDocument.field(.money(pence: 123_450)) == "1234.50")
        #expect(CSVDocument.field(.money(pence: -5)) == "-0.05")
        #expect(CSVDocument.field(.date(LocalDate(year: 2026, month: 11, day: 18)!)) == "2026-11-18")
        #expect(CSVDocument.field(.empty) == "")
        #expect(CSVDocument.field(.text("a=b")) == "a=b", "only a leading sign is dangerous")
        #expect(CSVDocument.field(.text("-")) == "'-")
    }

    @Test func aPartialDownloadSaysSo() {
        let partial = ExportTable(name: "t", headers: ["A"], rows: [[.integer(1)]], note: "Not every row is here.")
        let text = Self.text(partial)
        #expect(text.hasSuffix("1\r\n\r\nNot every row is here.\r\n"))
    }

    @Test func cellsDownloadTheirValueOrTheirWords() {
        let date = LocalDate(year: 2026, month: 4, day: 1)!
        #expect(TableView.Cell.date(date).exportValue == .date(date))
        #expect(TableView.Cell.date(date).text == "1 Apr 2026")
        #expect(TableView.Cell.date(date, long: true).text == "1 April 2026")
        #expect(TableView.Cell.number(7).exportValue == .integer(7))
        #expect(TableView.Cell.number(48.94, decimals: 1).text == "48.9")
        #expect(TableView.Cell.number(48.94, decimals: 1).exportValue == .number(48.94), "a download keeps every digit")
        #expect(TableView.Cell.money(pence: 125_050).text == "£1,250.50")
        #expect(TableView.Cell("Council", hint: "Ann Example").exportValue == .text("Council – Ann Example"))
        #expect(TableView.Cell.tag(Tag("Overdue", "red")).exportValue == .text("Overdue"))
        #expect(TableView.Cell.tag(Tag("12 High", "red")).exporting(.integer(12)).exportValue == .integer(12))
        #expect(TableView.Cell(nil).exportValue == .empty)
        #expect(TableView.Cell("  ").exportValue == .empty)
    }
}
