import Fluent
import Foundation
import MASACore
import MASATestSupport
import MASAWeb
@testable import Budget
import Testing
import VaporTesting

@Suite("Budget lines")
struct BudgetLineTests {
    @Test func addIncomeAndExpenditure() async throws {
        try await withMASA { t in
            let browser = try await t.browser(as: .businessUnit)
            let form = try await browser.get(newIncome)
            #expect(form.status == .ok && pageText(form).contains("Add income for 2026/27"))
            #expect(form.html.contains("<option value=\"\(t.f.police)\">Testshire Police</option>"))
            #expect(form.html.contains("<option value=\"reserves\">Transfer from reserves</option>"))
            let added = try await browser.post(
                newIncome, [("source", t.f.police.uuidString), ("amount", "£63,000"), ("notes", "Provisional")])
            #expect(added.status == .seeOther && added.location == "/budget?year=2026/27")
            #expect(pageText(try await browser.get(added.location!)).contains("Testshire Police added to 2026/27"))
            let spending = try await browser.post(
                newSpending, [("heading", "other"), ("description", "  Website   hosting "), ("amount", "1,250.50")])
            #expect(spending.status == .seeOther)
            let lines = try await t.budgetLines(thisYear)
            let police = try #require(lines.first { $0.$agency.id == t.f.police })
            #expect(police.amountPence == 6_300_000 && police.notes == "Provisional" && police.kind == "income")
            let other = try #require(lines.first { $0.heading == "other" })
            #expect(other.amountPence == 125_050 && other.detail == "Website hosting" && other.kind == "expenditure")
            #expect(other.$agency.id == nil && other.incomeSource == nil)
            let reserves = try await browser.post(newIncome, [("source", "reserves"), ("amount", "5000")])
            #expect(reserves.status == .seeOther)
            #expect(
                try await t.budgetLines(thisYear).contains { try $0.subject == .reserves && $0.amountPence == 500_000 })
        }
    }

    @Test func everyChangeIsInTheAuditTrail() async throws {
        try await withMASA { t in
            let browser = try await t.browser(as: .businessUnit)
            try await browser.post(newIncome, [("source", t.f.council.uuidString), ("amount", "190000")])
            let line = try #require(try await t.budgetLines(thisYear).first)
            let entries = try await AuditEntry.query(on: t.db).filter(\.$recordType == "budget_lines").all()
            #expect(
                entries.contains {
                    $0.action == "create" && $0.recordID == line.id!.uuidString
                        && $0.actorLabel == "Business unit Person"
                })
            try await browser.post(
                "/budget/lines/\(line.id!)/edit", [("source", t.f.council.uuidString), ("amount", "195,000")])
            let update = try #require(
                try await AuditEntry.query(on: t.db).filter(\.$recordID == line.id!.uuidString).filter(
                    \.$action == "update"
                ).first())
            #expect(
                AuditTrail.decodeChanges(update.changes).contains(
                    AuditTrail.Change(field: "amountPence", before: "19000000", after: "19500000")))
        }
    }

    @Test func badIncomeIsExplainedAndNothingIsSaved() async throws {
        try await withMASA { t in
            let browser = try await t.browser(as: .businessUnit)
            let blank = try await browser.post(newIncome, [("source", ""), ("amount", " ")])
            #expect(blank.status == .unprocessableEntity)
            #expect(pageText(blank).contains("Select where the money comes from"))
            #expect(pageText(blank).contains("Enter the amount in pounds, like 12,500"))
            let cases: [(String, String, String)] = [
                (UUID().uuidString, "100", "Select where the money comes from"),
                ("not-an-id", "100", "Select where the money comes from"),
                ("reserves", "twelve", "Enter the amount in pounds, like 12,500 or 12,500.50"),
                ("reserves", "12.505", "Enter the amount in pounds, like 12,500 or 12,500.50"),
                ("reserves", "-300", "Enter the amount without a minus sign"),
                ("reserves", "0", "Enter an amount more than £0"),
                ("reserves", "£0.00", "Enter an amount more than £0"),
            ]
            for (source, amount, message) in cases {
                let response = try await browser.post(newIncome, [("source", source), ("amount", amount)])
                #expect(response.status == .unprocessableEntity, "\(source) \(amount)")
                #expect(pageText(response).contains(message), "\(source) \(amount)")
                #expect(response.html.contains("value=\"\(amount)\""), "what was typed is kept")
            }
            let longNotes = try await browser.post(
                newIncome, [("source", "reserves"), ("amount", "10"), ("notes", String(repeating: "x", count: 1001))])
            #expect(pageText(longNotes).contains("Notes must be 1000 characters or fewer"))
            #expect(try await BudgetLine.query(on: t.db).count() == 0)
        }
    }

    @Test func badExpenditureIsExplainedAndNothingIsSaved() async throws {
        try await withMASA { t in
            let browser = try await t.browser(as: .businessUnit)
            let none = try await browser.post(newSpending, [("amount", "100")])
            #expect(none.status == .unprocessableEntity)
            #expect(pageText(none).contains("Select the heading the money is spent under"))
            let odd = try await browser.post(newSpending, [("heading", "spaceship"), ("amount", "100")])
            #expect(pageText(odd).contains("Select the heading the money is spent under"))
            let other = try await browser.post(
                newSpending, [("heading", "other"), ("description", "   "), ("amount", "100")])
            #expect(pageText(other).contains("Enter a description of the other expenditure"))
            #expect(other.html.contains("value=\"other\" checked"))
            let long = try await browser.post(
                newSpending,
                [("heading", "premises"), ("description", String(repeating: "y", count: 201)), ("amount", "100")])
            #expect(pageText(long).contains("Description must be 200 characters or fewer"))
            #expect(try await BudgetLine.query(on: t.db).count() == 0)
        }
    }

    @Test func duplicatesAreRefusedWithAClearMessage() async throws {
        try await withMASA { t in
            try await t.twoYearBudget()
            let before = try await BudgetLine.query(on: t.db).count()
            let browser = try await t.browser(as: .businessUnit)
            let police = try await browser.post(newIncome, [("source", t.f.police.uuidString), ("amount", "1")])
            #expect(police.status == .unprocessableEntity)
            #expect(
                pageText(police).contains(
                    "Testshire Police already has an income line for 2026/27: change that line instead"))
            let reserves = try await browser.post(newIncome, [("source", "reserves"), ("amount", "1")])
            #expect(pageText(reserves).contains("There is already a transfer from reserves for 2026/27"))
            let premises = try await browser.post(newSpending, [("heading", "premises"), ("amount", "1")])
            #expect(
                pageText(premises).contains(
                    "There is already a Premises line for 2026/27: change that line, or add a description to tell the two apart"
                ))
            let hosting = try await browser.post(
                newSpending, [("heading", "other"), ("description", "website  HOSTING"), ("amount", "1")])
            #expect(pageText(hosting).contains("There is already a line for Other (website HOSTING) in 2026/27"))
            #expect(try await BudgetLine.query(on: t.db).count() == before)
            await #expect(
                throws: (any Error).self, "the database refuses a duplicate too, should two people save at once"
            ) {
                try await t.budgetLine(thisYear, .agency(t.f.police), pounds: 1)
            }
            let described = try await browser.post(
                newSpending, [("heading", "premises"), ("description", "Training room hire"), ("amount", "1")])
            #expect(described.status == .seeOther, "a description tells two lines under one heading apart")
            let nextYear = try await browser.post(
                "/budget/lines/new?year=2027/28&kind=income", [("source", t.f.police.uuidString), ("amount", "1")])
            #expect(
                nextYear.status == .seeOther && nextYear.location == "/budget?year=2027/28",
                "the same agency in another year is fine")
        }
    }

    @Test func changeALine() async throws {
        try await withMASA { t in
            try await t.twoYearBudget()
            let lines = try await t.budgetLines(thisYear)
            let police = try #require(lines.first { $0.$agency.id == t.f.police })
            let browser = try await t.browser(as: .businessUnit)
            let form = try await browser.get("/budget/lines/\(police.id!)/edit")
            #expect(form.status == .ok && pageText(form).contains("Change income line"))
            #expect(
                form.html.contains("value=\"£60,000\"")
                    && form.html.contains("<option value=\"\(t.f.police)\" selected>"))
            #expect(form.html.contains(">Provisional</textarea>"))
            let saved = try await browser.post(
                "/budget/lines/\(police.id!)/edit",
                [("source", t.f.police.uuidString), ("amount", "61,500.25"), ("notes", "")])
            #expect(saved.status == .seeOther && saved.location == "/budget?year=2026/27")
            #expect(pageText(try await browser.get(saved.location!)).contains("Testshire Police saved"))
            let reloaded = try #require(try await BudgetLine.find(police.id, on: t.db))
            #expect(reloaded.amountPence == 6_150_025 && reloaded.notes == nil)
            let clash = try await browser.post(
                "/budget/lines/\(police.id!)/edit", [("source", t.f.council.uuidString), ("amount", "1")])
            #expect(clash.status == .unprocessableEntity)
            #expect(pageText(clash).contains("Testshire Council already has an income line for 2026/27"))
            let hosting = try #require(lines.first { $0.heading == "other" })
            let moved = try await browser.post(
                "/budget/lines/\(hosting.id!)/edit",
                [("heading", "supplies-and-services"), ("description", "Website hosting"), ("amount", "1,300")])
            #expect(moved.status == .seeOther)
            let movedLine = try #require(try await BudgetLine.find(hosting.id, on: t.db))
            #expect(
                movedLine.heading == "supplies-and-services"
                    && movedLine.lineKey == "expenditure:supplies-and-services:website hosting")
        }
    }

    @Test func deleteALine() async throws {
        try await withMASA { t in
            try await t.twoYearBudget()
            let police = try #require(try await t.budgetLines(thisYear).first { $0.$agency.id == t.f.police })
            let browser = try await t.browser(as: .businessUnit)
            #expect(
                try await browser.get("/budget/lines/\(police.id!)/edit").html.contains(
                    "action=\"/budget/lines/\(police.id!)/delete\""))
            let deleted = try await browser.post("/budget/lines/\(police.id!)/delete")
            #expect(deleted.status == .seeOther && deleted.location == "/budget?year=2026/27")
            let page = try await browser.get(deleted.location!)
            #expect(pageText(page).contains("Testshire Police deleted from 2026/27"))
            #expect(
                row("Testshire Police", in: page.html) == [
                    "Testshire Police", "None", "", "£63,000", "No longer funded",
                ])
            #expect(pageText(page).contains("from this contributing agency: Testshire Police."))
            #expect(try await BudgetLine.find(police.id, on: t.db) == nil)
            #expect(
                try await AuditEntry.query(on: t.db).filter(\.$recordID == police.id!.uuidString).filter(
                    \.$action == "delete"
                ).count() == 1)
        }
    }
}
