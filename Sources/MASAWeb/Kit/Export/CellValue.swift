import Foundation
import MASACore

/// What a table cell holds when the table is downloaded: a figure stays a number and a date a date, however the
/// page words them. A cell without one is downloaded as the words it shows.
package enum CellValue: Sendable, Equatable {
    case text(String)
    case integer(Int)
    case number(Double)
    case date(LocalDate)
    /// Whole pence, downloaded as pounds with two decimal places.
    case money(pence: Int)
    case empty
}

extension TableView.Cell {
    /// A figure with a fixed number of decimal places ("48.9"); the download keeps the full value.
    package static func number(_ value: Double, decimals: Int = 1) -> TableView.Cell {
        TableView.Cell(Figures.format(value, decimals: decimals), numeric: true, value: .number(value))
    }

    /// A date as the page shows it ("18 Nov 2026", or "18 November 2026" when `long`); a real date in a download.
    package static func date(_ date: LocalDate, long: Bool = false, href: String? = nil,
                            hint: String? = nil) -> TableView.Cell {
        TableView.Cell(long ? date.long : date.short, href: href, hint: hint, value: .date(date))
    }

    /// "£1,250.50"; pounds and pence as a number in a download.
    package static func money(pence: Int, alwaysPence: Bool = true) -> TableView.Cell {
        TableView.Cell(Money.format(pence: pence, alwaysPence: alwaysPence), numeric: true, value: .money(pence: pence))
    }

    /// The same cell with a download value of its own: a tag that shows "12 High" can download as 12.
    package func exporting(_ value: CellValue) -> TableView.Cell {
        TableView.Cell(text, href: href, tag: tag, hint: hint, numeric: isNumeric, value: value)
    }

    /// The download value: the one given, else everything the cell shows in reading order (tag, text, hint).
    package var exportValue: CellValue {
        if let value { return value }
        let words = [tag?.text, text, hint].compactMap { $0?.trimmingCharacters(in: .whitespacesAndNewlines) }
            .filter { !$0.isEmpty }
        return words.isEmpty ? .empty : .text(words.joined(separator: " – "))
    }
}
