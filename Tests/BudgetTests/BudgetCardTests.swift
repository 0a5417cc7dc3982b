import Fluent
import Foundation
import MASACore
import MASATestSupport
import MASAWeb
@testable import Budget
import Testing

/// The home dashboard's budget card reads three aggregates; they must say what the year page's facts say.
@Suite("Budget card")
struct BudgetCardTests {
    @Test func theCardsFiguresAreTheYearPagesOnBothDatabases() async throws {
        try await withMASA { t in
            let year = FinancialYear(startYear: 2026)
            #expect(try await BudgetCardFigures.read(for: year, on: t.db)
                    == BudgetCardFigures(lineCount: 0, balance: .balanced, missingContributors: 3),
                    "no lines yet: every contributing agency is missing")
            try await t.twoYearBudget()
            for year in [year, year.previous, year.next] {
                let facts = try await BudgetQueries.facts(for: year, on: t.db)
                let card = try await BudgetCardFigures.read(for: year, on: t.db)
                #expect(card == BudgetCardFigures(lineCount: facts.lineCount, balance: facts.summary.outcome,
                                                  missingContributors: facts.missingContributors.count), "\(year)")
            }
        }
    }

    @Test func aLineWhoseKindDoesNotReadFailsTheCardNamingIt() async throws {
        try await withMASA { t in
            try await t.twoYearBudget()
            let line = try #require(try await BudgetLine.query(on: t.db).filter(\.$yearStart == 2026).first())
            let id = try line.requireID()
            try await t.overwrite(BudgetSchema.lines, BudgetSchema.kind, of: id, with: "refund")
            await expectUnreadable(BudgetSchema.lines, BudgetSchema.kind, of: id, value: "refund") {
                _ = try await BudgetCardFigures.read(for: FinancialYear(startYear: 2026), on: t.db)
            }
            expectErrorPage(try await t.browser(as: .businessUnit).get("/"))
        }
    }
}
