@testable import Budget
import MASACore
import MASATestSupport
import MASAWeb
import Testing

@Suite("Annual report: budget")
struct BudgetReportSectionTests {
    @Test func incomeByPartnerSpendingAndTheBalance() async throws {
        try await withMASA { t in
            try await t.twoYearBudget()
            let context = ReportContext(
                db: t.db, year: FinancialYear(startYear: 2026), scope: .allAge, today: testToday)
            let content = try await BudgetReportSection.build(context)
            guard case .sentence(let sentence) = content.parts[0], case .table(let income) = content.parts[1] else {
                Issue.record("a sentence and a table"); return
            }
            #expect(
                sentence.words(SmallNumberRule(), published: true) == "In 2026/27 the partners contributed "
                    + "£350,000 and the partnership spent £308,750.50: a surplus of £41,249.50.",
                "money is never withheld")
            #expect(
                income.rows.first == [
                    .text("Testshire Council"), .money(pence: 19_000_000), .text("54.3%"),
                    .money(pence: 18_500_000),
                ])
            #expect(income.rows.count == 4)
        }
    }
}
