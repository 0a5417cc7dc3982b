/// A table as a download sees it: the column labels, one value a cell, and a note when rows were left out.
package struct ExportTable: Sendable {
    package let name: String
    package let headers: [String]
    package let rows: [[CellValue]]
    package let note: String?

    package init(name: String, headers: [String], rows: [[CellValue]], note: String? = nil) {
        self.name = name
        self.headers = headers
        self.rows = rows
        self.note = note
    }

    /// While a list is downloaded it has one page of up to `ListQuery.exportLimit` rows; a table that still has
    /// pages is longer than that, and the file says so instead of passing for the whole list.
    init(_ table: TableView, name: String) {
        self.init(name: name, headers: table.columns.map(\.label), rows: table.rows.map { $0.map(\.exportValue) },
                  note: table.pagination.map { pages in
                      "Not every row is here (\(pages.summary.lowercased())): filter the list to download the rest."
                  })
    }
}

extension CellValue {
    /// Pounds and pence for machines: "1234.50", "-0.05".
    static func pounds(pence: Int) -> String {
        let rest = pence.magnitude % 100
        return (pence < 0 ? "-" : "") + String(pence.magnitude / 100) + (rest < 10 ? ".0" : ".") + String(rest)
    }
}
