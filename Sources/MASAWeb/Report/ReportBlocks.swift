import MASACore

extension ReportContent {
    /// The section as page blocks: `published` withholds small numbers; the internal view shows every figure.
    package func blocks(_ rule: SmallNumberRule, published: Bool) -> [Block] {
        parts.map { part in
            switch part {
            case .sentence(let sentence): .paragraph(sentence.words(rule, published: published))
            case .table(let table): .table(table.view(rule, published: published))
            }
        }
    }
}

extension ReportTable {
    func view(_ rule: SmallNumberRule, published: Bool) -> TableView {
        let numeric = columns.indices.map { index in
            rows.contains { row in index < row.count && !(row[index].isText) }
        }
        let columnViews = columns.enumerated().map { TableView.column($1, numeric: numeric[$0]) }
        let cells = rows.map { row in
            row.map { value in
                let words = rule.words(value, published: published)
                let exported: CellValue? = published && rule.withholds(value) ? nil : value.cellValue
                return TableView.Cell(words, numeric: !value.isText, value: exported)
            }
        }
        return TableView(caption: caption, columns: columnViews, rows: cells, emptyText: emptyText)
    }
}

extension ReportValue {
    var isText: Bool { if case .text = self { true } else { false } }

    /// What a download holds: the figure as a number where it is one.
    var cellValue: CellValue? {
        switch self {
        case .count(let count): .integer(count)
        case .money(let pence): .money(pence: pence)
        case .share, .change, .text: nil
        }
    }
}
