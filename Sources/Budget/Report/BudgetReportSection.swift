import MASACore
import MASAWeb

/// The annual report's budget: each partner's contribution with its share and last year's, total spending and the
/// balance. Money is about budgets, not people, so none of it is withheld when published.
enum BudgetReportSection {
    static let section = ReportSection(id: "budget.year", title: "Budget", order: 80, build: build)

    @Sendable static func build(_ context: ReportContext) async throws -> ReportContent {
        let summary = try await BudgetQueries.facts(for: context.year, on: context.db).summary
        let income = summary.income.rows.map { row -> [ReportValue] in
            [.text(row.label), row.pence.map { .money(pence: $0) } ?? .text("None"),
             .text(row.share?.label ?? "None"), row.lastYear.map { .money(pence: $0) } ?? .text("None")]
        }
        let year = context.year.label
        let balance = summary.balance >= 0 ? "a surplus of" : "a deficit of"
        return ReportContent([
            .sentence("In \(.text(year)) the partners contributed \(.money(pence: summary.income.total)) and the "
                + "partnership spent \(.money(pence: summary.expenditure.total)): \(.text(balance)) "
                + "\(.money(pence: abs(summary.balance)))."),
            .table(ReportTable(caption: "Income by partner, \(year)",
                               columns: ["Source", "Amount", "Share", "Last year"], rows: income,
                               emptyText: "No income is recorded for \(year).")),
        ])
    }
}
