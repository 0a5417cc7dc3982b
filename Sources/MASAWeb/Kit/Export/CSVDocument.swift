import Foundation

/// A table as CSV (RFC 4180) that Excel opens as UTF-8, and that cannot run a formula when it does.
package enum CSVDocument {
    package static func data(_ table: ExportTable) -> Data {
        // The byte-order mark is how Excel knows the file is UTF-8 and not the machine's code page.
        var text = "\u{FEFF}"
        text += line(table.headers.map { .text($0) })
        for row in table.rows { text += line(row) }
        if let note = table.note { text += "\r\n" + line([.text(note)]) }
        return Data(text.utf8)
    }

    static func line(_ values: [CellValue]) -> String {
        values.map(field).joined(separator: ",") + "\r\n"
    }

    /// Figures and dates as their plain machine form; only text can hold something a spreadsheet would run.
    static func field(_ value: CellValue) -> String {
        switch value {
        case .text(let text): quoted(defused(text))
        case .integer(let number): String(number)
        case .number(let number): Figures.plain(number)
        case .date(let date): date.iso
        case .money(let pence): CellValue.pounds(pence: pence)
        case .empty: ""
        }
    }

    /// A spreadsheet reads a cell that starts with one of these as a formula (OWASP "CSV injection"); a leading
    /// apostrophe makes it text and is not shown.
    static func defused(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return text }
        return "'" + text
    }

    /// Quotes only where RFC 4180 needs them, doubling any quote inside.
    static func quoted(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { ",\"\r\n".unicodeScalars.contains($0) }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
