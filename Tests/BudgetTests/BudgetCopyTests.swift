import Fluent
import Foundation
import MASACore
import MASATestSupport
import MASAWeb
@testable import Budget
import Testing
import VaporTesting

@Suite("Budget: start next year from this year")
struct BudgetCopyTests {
    @Test func copiesEveryLineIntoTheNextYear() async throws {
        try await withMASA { t in
            try await t.twoYearBudget()
            let browser = try await t.browser(as: .businessUnit)
            let page = try await browser.get("/budget/2026-27/copy")
            #expect(page.status == .ok)
            let text = pageText(page)
            #expect(text.contains("Start 2027/28 from 2026/27's lines"))
            #expect(
                text.contains("Lines to copy 8") && text.contains("Income £350,000")
                    && text.contains("Expenditure £308,750.50"))
            #expect(page.html.contains("action=\"/budget/2026-27/copy\"") && text.contains("Copy 8 lines into 2027/28"))
            let copied = try await browser.post("/budget/2026-27/copy")
            #expect(copied.status == .seeOther && copied.location == "/budget?year=2027/28")
            let next = try await browser.get(copied.location!)
            #expect(pageText(next).contains("8 lines copied from 2026/27 into 2027/28"))
            #expect(
                row("Testshire Council", in: next.html) == [
                    "Testshire Council", "£190,000", "54.3%", "£190,000", "No change",
                ])
            #expect(
                row("Total expenditure", in: next.html) == [
                    "Total expenditure", "£308,750.50", "£308,750.50", "No change",
                ])
            let source = try await t.budgetLines(thisYear), target = try await t.budgetLines(thisYear.next)
            #expect(Set(target.map(\.lineKey)) == Set(source.map(\.lineKey)))
            #expect(target.map(\.amountPence).sorted() == source.map(\.amountPence).sorted())
            #expect(target.allSatisfy { $0.notes == nil }, "notes belong to the year they were written for")
            #expect(source.count == 8, "the source year is untouched")
            let audited = try await AuditEntry.query(on: t.db).filter(\.$recordType == "budget_lines").filter(
                \.$actorLabel == "Business unit Person"
            ).count()
            #expect(audited == 8, "every copied line is audited in the name of the person who copied it")
        }
    }

    @Test func refusedWhenTheNextYearAlreadyHasLines() async throws {
        try await withMASA { t in
            try await t.twoYearBudget()
            let browser = try await t.browser(as: .businessUnit)
            let page = try await browser.get("/budget/2025-26/copy")
            #expect(pageText(page).contains("2026/27 already has 8 budget lines, so nothing can be copied into it."))
            #expect(!page.html.contains("action=\"/budget/2025-26/copy\""), "no button to press")
            let refused = try await browser.post("/budget/2025-26/copy")
            #expect(refused.status == .conflict)
            #expect(pageText(refused).contains("Nothing was copied. 2026/27 already has 8 budget lines"))
            #expect(try await t.budgetLines(thisYear).count == 8)
            let empty = try await browser.post("/budget/2030-31/copy")
            #expect(empty.status == .conflict && pageText(empty).contains("2030/31 has no budget lines to copy."))
            #expect(try await BudgetLine.query(on: t.db).filter(\.$yearStart == 2031).count() == 0)
        }
    }

    @Test func malformedYearsAreNotFound() async throws {
        try await withMASA { t in
            let browser = try await t.browser(as: .businessUnit)
            #expect(try await browser.get("/budget/banana/copy").status == .notFound)
            #expect(try await browser.post("/budget/2026-28/copy").status == .notFound)
        }
    }
}
