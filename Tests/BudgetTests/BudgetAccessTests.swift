import Fluent
import Foundation
import MASACore
import MASATestSupport
import MASAWeb
@testable import Budget
import Testing
import VaporTesting

@Suite("Budget access and addresses")
struct BudgetAccessTests {
    @Test func unknownLinesAndBadAddressesAreNotFound() async throws {
        try await withMASA { t in
            let browser = try await t.browser(as: .businessUnit)
            let unknown = UUID()
            #expect(try await browser.get("/budget/lines/\(unknown)/edit").status == .notFound)
            #expect(try await browser.post("/budget/lines/\(unknown)/edit", [("amount", "1")]).status == .notFound)
            #expect(try await browser.post("/budget/lines/\(unknown)/delete").status == .notFound)
            #expect(try await browser.get("/budget/lines/not-an-id/edit").status == .notFound)
            #expect(try await browser.get("/budget/lines/new?year=nonsense&kind=income").status == .badRequest)
            #expect(try await browser.get("/budget/lines/new?year=2026/27&kind=spaceship").status == .badRequest)
            #expect(
                try await browser.post("/budget/lines/new?year=nonsense", [("source", "reserves"), ("amount", "1")])
                    .status == .badRequest)
            let defaulted = try await browser.get("/budget/lines/new")
            #expect(defaulted.status == .ok && pageText(defaulted).contains("Add income for 2026/27"))
            #expect(try await BudgetLine.query(on: t.db).count() == 0)
        }
    }

    @Test func onlyThoseWhoKeepTheBudgetMayChangeIt() async throws {
        try await withMASA { t in
            try await t.twoYearBudget()
            let line = try #require(try await t.budgetLines(thisYear).first)
            let before = try await BudgetLine.query(on: t.db).count()
            let readers: [Role] = [
                .viewer, .statutoryPartnerLead, .independentScrutineer, .agencyContributor, .groupMember,
            ]
            for role in readers {
                let browser = try await t.browser(as: role)
                #expect(try await browser.get("/budget").status == .ok, "\(role) reads the budget")
                #expect(try await browser.get(newIncome).status == .forbidden, "\(role)")
                #expect(
                    try await browser.post(newIncome, [("source", "reserves"), ("amount", "1")]).status == .forbidden,
                    "\(role)")
                #expect(try await browser.get("/budget/lines/\(line.id!)/edit").status == .forbidden, "\(role)")
                #expect(
                    try await browser.post("/budget/lines/\(line.id!)/edit", [("amount", "1")]).status == .forbidden,
                    "\(role)")
                #expect(try await browser.post("/budget/lines/\(line.id!)/delete").status == .forbidden, "\(role)")
                #expect(try await browser.get("/budget/2026-27/copy").status == .forbidden, "\(role)")
                #expect(try await browser.post("/budget/2026-27/copy").status == .forbidden, "\(role)")
            }
            #expect(try await BudgetLine.query(on: t.db).count() == before)
            #expect(try await BudgetLine.find(line.id, on: t.db)?.amountPence == line.amountPence)
            let anonymous = try await t.anonymous().get("/budget")
            #expect(anonymous.status == .seeOther && anonymous.location == "/sign-in?return=%2Fbudget")
        }
    }
}
