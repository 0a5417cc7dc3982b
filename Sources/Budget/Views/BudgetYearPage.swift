import MASACore
import MASAWeb

/// The year's budget page as blocks: totals, a warning for missing contributions, and the two tables.
struct BudgetYearPage {
    let facts: BudgetYearFacts
    let canManage: Bool

    var year: FinancialYear { facts.year }
    var summary: BudgetSummary { facts.summary }

    func blocks(chooser: FormView) -> [Block] {
        var blocks: [Block] = [.form(chooser)]
        let missing = facts.missingContributors
        if !missing.isEmpty {
            let which = missing.count == 1 ? "this contributing agency" : "these contributing agencies"
            blocks.append(
                .warning(
                    "No income has been recorded for \(year.label) from \(which): \(missing.map(\.name).joined(separator: ", "))."
                ))
        }
        if facts.lineCount == 0 { blocks.append(.inset("No budget lines have been recorded for \(year.label) yet.")) }
        blocks.append(.summary(totals))
        blocks.append(.table(incomeTable))
        if canManage {
            blocks.append(.buttons([.link("Add income", BudgetPaths.newLine(year, .income), secondary: true)]))
        }
        blocks.append(.table(expenditureTable))
        if canManage {
            var links: [ButtonLink] = [
                .link("Add expenditure", BudgetPaths.newLine(year, .expenditure), secondary: true)
            ]
            if facts.lineCount > 0 {
                links.append(
                    .link("Start \(year.next.label) from this year's lines", BudgetPaths.copy(year), secondary: true))
            }
            blocks.append(.buttons(links))
        }
        return blocks
    }

    var totals: SummaryList {
        var rows: [SummaryList.Row] = [
            .init("Total income", Money.format(pence: summary.income.total)),
            .init("Total expenditure", Money.format(pence: summary.expenditure.total)),
            .init("Balance", nil, tag: BudgetCells.balanceTag(summary.outcome)),
        ]
        if summary.income.hasLastYear || summary.expenditure.hasLastYear {
            rows.append(.init("Balance in \(year.previous.label)", summary.lastBalance.label))
        }
        return SummaryList(title: "Totals for \(year.label)", rows: rows)
    }

    var incomeTable: TableView {
        let section = summary.income
        var rows = section.rows.map { row in
            [
                label(row), BudgetCells.money(row.pence), BudgetCells.share(row.share), BudgetCells.money(row.lastYear),
                BudgetCells.change(row.change, ended: "No longer funded"),
            ]
        }
        if !section.rows.isEmpty {
            rows.append([
                TableView.Cell("Total income"), BudgetCells.money(section.total),
                BudgetCells.share(section.total > 0 ? BudgetPercent(tenths: 1000) : nil),
                lastTotal(section), BudgetCells.change(section.totalChange, ended: "No income"),
            ])
        }
        return TableView(
            caption: "Income by agency",
            columns: [
                TableView.column("Source"), TableView.column("Amount", numeric: true),
                TableView.column("Share", numeric: true),
                TableView.column("Last year", numeric: true), TableView.column("Change", numeric: true),
            ], rows: rows, emptyText: "No income has been recorded for \(year.label).")
    }

    var expenditureTable: TableView {
        let section = summary.expenditure
        // Lines only last year had go under their heading rather than at the end.
        let ordered = section.rows.enumerated().sorted {
            (facts.lines[$0.element.key]?.headingOrder ?? 0, $0.offset) < (
                facts.lines[$1.element.key]?.headingOrder ?? 0, $1.offset
            )
        }.map(\.element)
        var rows = ordered.map { row in
            [
                label(row), BudgetCells.money(row.pence), BudgetCells.money(row.lastYear),
                BudgetCells.change(row.change, ended: "None this year"),
            ]
        }
        if !section.rows.isEmpty {
            rows.append([
                TableView.Cell("Total expenditure"), BudgetCells.money(section.total),
                lastTotal(section), BudgetCells.change(section.totalChange, ended: "None this year"),
            ])
        }
        return TableView(
            caption: "Expenditure by heading",
            columns: [
                TableView.column("Heading"), TableView.column("Amount", numeric: true),
                TableView.column("Last year", numeric: true), TableView.column("Change", numeric: true),
            ], rows: rows, emptyText: "No expenditure has been recorded for \(year.label).")
    }

    private func lastTotal(_ section: BudgetSection) -> TableView.Cell {
        BudgetCells.money(section.hasLastYear ? section.lastTotal : nil)
    }

    /// The line's name, linked to its change page for those who may change it (and only where this year has it).
    private func label(_ row: BudgetSection.Row) -> TableView.Cell {
        let info = facts.lines[row.key]
        let href = canManage ? info?.lineID.map(BudgetPaths.edit) : nil
        return BudgetCells.label(row.label, detail: info?.detail, href: href)
    }
}
