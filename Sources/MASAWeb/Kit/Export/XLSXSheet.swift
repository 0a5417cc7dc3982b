import MASACore

/// The one worksheet: a bold, frozen header row, then a row a record; numbers as numbers, dates as date serials
/// with a date format, everything else as inline strings (which a spreadsheet never runs as a formula).
enum XLSXSheet {
    /// Excel's own limit on the text of one cell.
    static let maximumTextLength = 32_767

    static func xml(_ table: ExportTable) -> String {
        var rows = [row(1, table.headers.map { .text($0) }, style: .header)]
        for (index, values) in table.rows.enumerated() { rows.append(row(index + 2, values)) }
        if let note = table.note { rows.append(row(table.rows.count + 3, [.text(note)])) }
        return XLSXParts.declaration + """
        <worksheet xmlns="\(XLSXParts.main)"><sheetViews><sheetView workbookViewId="0">\
        <pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>\
        \(columns(table))<sheetData>\(rows.joined())</sheetData></worksheet>
        """
    }

    static func row(_ number: Int, _ values: [CellValue], style: XLSXStyle = .plain) -> String {
        let cells = values.enumerated().map { column, value in
            cell(reference: columnName(column) + String(number), value, style: style)
        }
        return "<row r=\"\(number)\">" + cells.joined() + "</row>"
    }

    static func cell(reference: String, _ value: CellValue, style: XLSXStyle) -> String {
        let styled = style == .plain ? "" : " s=\"\(style.rawValue)\""
        switch value {
        case .text(let text): return inline(reference, text, styled)
        case .integer(let number): return "<c r=\"\(reference)\"\(styled)><v>\(number)</v></c>"
        case .number(let number) where number.isFinite:
            return "<c r=\"\(reference)\"\(styled)><v>\(Figures.plain(number))</v></c>"
        case .date(let date) where date.year >= 1900:
            return "<c r=\"\(reference)\" s=\"\(XLSXStyle.date.rawValue)\"><v>\(serial(date))</v></c>"
        case .date(let date): return inline(reference, date.iso, styled)
        case .money(let pence):
            let pounds = CellValue.pounds(pence: pence)
            return "<c r=\"\(reference)\" s=\"\(XLSXStyle.money.rawValue)\"><v>\(pounds)</v></c>"
        case .number, .empty: return ""
        }
    }

    static func inline(_ reference: String, _ text: String, _ styled: String) -> String {
        let kept = String(xmlSafe(text).prefix(maximumTextLength))
        return "<c r=\"\(reference)\"\(styled) t=\"inlineStr\"><is><t xml:space=\"preserve\">\(Markup.escape(kept))</t>"
            + "</is></c>"
    }

    /// Days since 30 December 1899, the spreadsheet epoch (so 1 January 1970 is 25569).
    static func serial(_ date: LocalDate) -> Int { date.dayNumber + 25_569 }

    /// 0 is "A", 25 "Z", 26 "AA".
    static func columnName(_ index: Int) -> String {
        var name = "", number = index + 1
        while number > 0 {
            let remainder = (number - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + remainder))) + name
            number = (number - 1) / 26
        }
        return name
    }

    /// Widths from the longest text in each column (in characters, as Excel measures), within reason.
    static func columns(_ table: ExportTable) -> String {
        var widths = table.headers.map(\.count)
        for row in table.rows {
            for (index, value) in row.enumerated() {
                if index >= widths.count { widths.append(0) }
                widths[index] = max(widths[index], length(value))
            }
        }
        guard !widths.isEmpty else { return "" }
        let columns = widths.enumerated().map { index, width in
            "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(min(max(width + 2, 8), 60))\" customWidth=\"1\"/>"
        }
        return "<cols>" + columns.joined() + "</cols>"
    }

    static func length(_ value: CellValue) -> Int {
        switch value {
        case .text(let text): text.count
        case .integer(let number): String(number).count
        case .number(let number): Figures.plain(number).count
        case .date: 11
        case .money(let pence): CellValue.pounds(pence: pence).count + 2
        case .empty: 0
        }
    }

    /// XML 1.0 cannot hold most control characters, even escaped; a file with one will not open.
    static func xmlSafe(_ text: String) -> String {
        var kept = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let value = scalar.value
            let allowed = value == 0x9 || value == 0xA || value == 0xD || (0x20...0xFFFD).contains(value)
                || value >= 0x10000
            if allowed { kept.append(scalar) }
        }
        return String(kept)
    }
}
