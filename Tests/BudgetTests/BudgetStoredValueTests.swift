import Fluent
import Foundation
import MASACore
import MASATestSupport
import MASAWeb
@testable import Budget
import Testing

/// A budget line edited outside MASA so that it no longer says what it is about fails the year's pages, its own
/// and the API, naming the line and the column: it never drops out of a total or a copy unseen.
@Suite("Budget lines that cannot be read")
struct BudgetStoredValueTests {
    typealias B = BudgetSchema

    @Test func aLineThatNoLongerSaysWhatItIsAboutFailsItsPagesNamingTheColumn() async throws {
        try await withMASA { t in
            try await t.twoYearBudget()
            let lines = try await t.budgetLines(thisYear)
            let police = try #require(lines.first { $0.$agency.id == t.f.police }).requireID()
            let reserves = try #require(lines.first { $0.incomeSource == BudgetIncomeSource.reserves.rawValue })
                .requireID()
            let premises = try #require(lines.first { $0.heading == BudgetHeading.premises.rawValue }).requireID()
            let changes: [(UUID, FieldKey, String?, String)] = [
                (police, B.kind, "grant", BudgetLineKind.income.rawValue),
                (reserves, B.incomeSource, nil, BudgetIncomeSource.reserves.rawValue),
                (premises, B.heading, "catering", BudgetHeading.premises.rawValue),
            ]
            let browser = try await t.browser(as: .businessUnit)
            let token = try await t.apiToken([.viewPartnership])
            for (id, column, value, original) in changes {
                if let value { try await t.overwrite(B.lines, column, of: id, with: value) }
                else { try await t.overwriteWithNull(B.lines, column, of: id) }
                await expectUnreadable(B.lines, column, of: id) {
                    _ = try await BudgetQueries.facts(for: thisYear, on: t.db)
                }
                for path in ["/budget?year=2026/27", "/budget/lines/\(id)/edit", "/budget/2026-27/copy"] {
                    let page = try await browser.get(path)
                    expectErrorPage(page)
                    #expect(!page.html.contains("£"), "\(path) shows no sum without the line")
                }
                let year = try await t.api("/api/v1/budget-lines?year=2026/27", token: token)
                #expect(year.status == .internalServerError && year.isJSONError)
                #expect(try await t.api("/api/v1/budget-lines/\(id)", token: token).status == .internalServerError)
                #expect(try await browser.post("/budget/2026-27/copy").status == .internalServerError)
                #expect(try await t.budgetLines(thisYear.next).isEmpty, "a copy that cannot read a line copies nothing")
                try await t.overwrite(B.lines, column, of: id, with: original)
            }
            #expect(try await browser.get("/budget?year=2026/27").status == .ok, "each value put back reads again")
        }
    }

    @Test func incomeFromAnAgencyWithNoAgencyNamesTheMissingColumn() async throws {
        try await withMASA { t in
            let line = try await t.budgetLine(thisYear, .agency(t.f.council), pounds: 190_000)
            let id = try line.requireID()
            try await t.overwriteWithNull(B.lines, B.agencyID, of: id)
            let stored = try #require(try await BudgetLine.find(id, on: t.db))
            await expectUnreadable(B.lines, B.agencyID, of: id) { _ = try stored.subject }
            expectErrorPage(try await t.browser(as: .viewer).get("/budget?year=2026/27"))
        }
    }
}
