import MASACore
import MASAWeb

/// Table cells for money, shares and year-on-year changes: right-aligned, formatted with `Money.format`.
enum BudgetCells {
    static func label(_ text: String, detail: String?, href: String?) -> TableView.Cell {
        TableView.Cell(text, href: href, hint: detail)
    }

    /// An amount, or "None" where the year has no such line.
    static func money(_ pence: Int?) -> TableView.Cell {
        TableView.Cell(pence.map { Money.format(pence: $0) } ?? "None", numeric: true)
    }

    static func share(_ share: BudgetPercent?) -> TableView.Cell {
        TableView.Cell(share?.label ?? "", numeric: true)
    }

    /// "+£5,000 (+2.7%)", "-£3,500 (-5.0%)", "No change", or a tag: "New", or `ended` ("No longer funded").
    static func change(_ change: BudgetChange, ended: String) -> TableView.Cell {
        switch change {
        case .none: TableView.Cell("None", numeric: true)
        case .new: TableView.Cell(nil, tag: Tag("New", "blue"), numeric: true)
        case .ended: TableView.Cell(nil, tag: Tag(ended, "grey"), numeric: true)
        case .changed(0, _): TableView.Cell("No change", numeric: true)
        case .changed(let pence, let percent):
            TableView.Cell(
                "\(pence > 0 ? "+" : "")\(Money.format(pence: pence)) (\(percent.signedLabel))", numeric: true)
        }
    }

    /// The balance as words with a coloured tag: green for a surplus, red for a deficit.
    static func balanceTag(_ balance: BudgetBalance) -> Tag {
        switch balance {
        case .surplus: Tag(balance.label, "green")
        case .deficit: Tag(balance.label, "red")
        case .balanced: Tag(balance.label, "grey")
        }
    }
}
