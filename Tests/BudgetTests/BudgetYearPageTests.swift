import Fluent
import Foundation
import MASACore
import MASATestSupport
import MASAWeb
@testable import Budget
import Testing
import VaporTesting

@Suite("Budget year page")
struct BudgetYearPageTests {
    @Test func currentYearShowsTotalsSharesAndChangesWorkedByHand() async throws {
        try await withMASA { t in
            try await t.twoYearBudget()
            let page = try await t.browser(as: .viewer).get("/budget")
            #expect(page.status == .ok)
            #expect(
                page.html.contains("<option value=\"2026/27\" selected>2026/27 (current year)</option>"),
                "the current year by default")
            let income = Array(tableRows(page.html).prefix(5))
            // Shares of 350,000: 54.29, 27.14, 17.14, 1.43; the two spare tenths go to the council (.857 of a
            // tenth lost) and the ICB (.429, tied with the police and listed first), so they add up to 100.0%.
            #expect(
                income == [
                    ["Testshire Council", "£190,000", "54.3%", "£185,000", "+£5,000 (+2.7%)"],
                    ["Testshire ICB", "£95,000", "27.2%", "None", "New"],
                    ["Testshire Police", "£60,000", "17.1%", "£63,000", "-£3,000 (-4.8%)"],
                    ["Transfer from reserves", "£5,000", "1.4%", "None", "New"],
                    ["Total income", "£350,000", "100.0%", "£248,000", "+£102,000 (+41.1%)"],
                ])
            #expect(
                Array(tableRows(page.html).dropFirst(5)) == [
                    ["Employee costs", "£262,500", "£200,000", "+£62,500 (+31.3%)"],
                    ["Premises", "£20,000", "£20,000", "No change"],
                    ["Third-party payments Independent scrutineer", "£25,000", "None", "New"],
                    ["Transfer to reserves", "None", "£10,000", "None this year"],
                    ["Other Website hosting", "£1,250.50", "None", "New"],
                    ["Total expenditure", "£308,750.50", "£230,000", "+£78,750.50 (+34.2%)"],
                ])
            let text = pageText(page)
            #expect(text.contains("Total income £350,000") && text.contains("Total expenditure £308,750.50"))
            #expect(page.html.contains("app-tag--green\">Surplus £41,249.50</strong>"))
            #expect(text.contains("Balance in 2025/26 Surplus £18,000"))
            #expect(
                page.html.contains("app-table__cell app-table__cell--numeric\">£190,000"), "amounts are right-aligned")
            #expect(!text.contains("No income has been recorded"), "all three contributing agencies have a line")
        }
    }

    @Test func viewersReadButCannotChange() async throws {
        try await withMASA { t in
            try await t.twoYearBudget()
            let page = try await t.browser(as: .viewer).get("/budget")
            #expect(!page.html.contains("Add income") && !page.html.contains("/budget/lines/"))
            #expect(!page.html.contains("/copy"))
            let manager = try await t.browser(as: .businessUnit).get("/budget")
            let council = try #require(try await t.budgetLines(thisYear).first { $0.$agency.id == t.f.council })
            #expect(manager.html.contains("href=\"/budget/lines/\(council.id!)/edit\""))
            #expect(manager.html.contains("/budget/lines/new?year=2026/27&amp;kind=income"))
            #expect(manager.html.contains("/budget/lines/new?year=2026/27&amp;kind=expenditure"))
            #expect(manager.html.contains("href=\"/budget/2026-27/copy\""))
        }
    }

    @Test func anEarlierYearComparesWithNothingAndWarnsOfMissingContributions() async throws {
        try await withMASA { t in
            try await t.twoYearBudget()
            let page = try await t.browser(as: .viewer).get("/budget?year=2025/26")
            #expect(page.status == .ok)
            #expect(page.html.contains("<option value=\"2025/26\" selected>2025/26</option>"))
            #expect(
                row("Testshire Council", in: page.html) == ["Testshire Council", "£185,000", "74.6%", "None", "New"])
            #expect(row("Total income", in: page.html) == ["Total income", "£248,000", "100.0%", "None", "New"])
            #expect(row("Total expenditure", in: page.html) == ["Total expenditure", "£230,000", "None", "New"])
            #expect(
                pageText(page).contains(
                    "No income has been recorded for 2025/26 from this contributing agency: Testshire ICB."))
            #expect(!pageText(page).contains("Balance in 2024/25"), "no lines in 2024/25, so no balance to show")
            let hyphen = try await t.browser(as: .viewer).get("/budget?year=2025-26")
            #expect(hyphen.status == .ok && pageText(hyphen).contains("Budget 2025/26"))
        }
    }

    @Test func deficitYearAndOneWithNoLines() async throws {
        try await withMASA { t in
            try await t.budgetLine(thisYear, .agency(t.f.council), pounds: 10_000)
            try await t.budgetLine(thisYear, .expenditure(.premises, description: nil), pounds: 13_500)
            let browser = try await t.browser(as: .viewer)
            let page = try await browser.get("/budget")
            #expect(page.html.contains("app-tag--red\">Deficit £3,500</strong>"))
            #expect(pageText(page).contains("from these contributing agencies: Testshire ICB, Testshire Police."))
            let empty = try await browser.get("/budget?year=2030/31")
            #expect(empty.status == .ok)
            #expect(pageText(empty).contains("No budget lines have been recorded for 2030/31 yet."))
            #expect(pageText(empty).contains("No income has been recorded for 2030/31."))
            #expect(empty.html.contains("app-tag--grey\">Balanced</strong>"))
        }
    }

    @Test func theYearChooserListsYearsWithLinesAndRefusesNonsense() async throws {
        try await withMASA { t in
            try await t.budgetLine(FinancialYear(label: "2023/24")!, .agency(t.f.council), pounds: 1_000)
            let browser = try await t.browser(as: .viewer)
            let page = try await browser.get("/budget?year=2024/25")
            let options = page.html.components(separatedBy: "<option value=\"").dropFirst().map { $0.prefix(7) }
            #expect(
                options == ["2026/27", "2024/25", "2023/24"],
                "newest first: the current year, the one shown, years with lines")
            #expect(page.html.contains("<form method=\"get\" action=\"/budget\""))
            for nonsense in ["banana", "2025/27", "25/26", "2025%2F26%3Cscript%3E"] {
                let bad = try await browser.get("/budget?year=\(nonsense)")
                #expect(bad.status == .badRequest, "\(nonsense)")
                #expect(pageText(bad).contains("Financial year must look like 2025/26"))
                #expect(!bad.html.contains("<script>"), "what was typed is escaped")
            }
            let blank = try await browser.get("/budget?year=")
            #expect(blank.status == .ok && pageText(blank).contains("Budget 2026/27"))
        }
    }

    @Test func dashboardCardForThoseWhoKeepTheBudget() async throws {
        try await withMASA { t in
            try await t.budgetLine(thisYear, .agency(t.f.council), pounds: 10_000)
            try await t.budgetLine(thisYear, .expenditure(.premises, description: nil), pounds: 13_500)
            let home = try await t.browser(as: .businessUnit).get("/")
            let card = try #require(
                home.html.components(separatedBy: "<li class=\"app-card").first { $0.contains("Budget 2026/27") })
            #expect(card.contains("app-card--alert") && card.contains("href=\"/budget\""))
            #expect(card.contains("<p class=\"app-card__count\">2</p>"), "the ICB and the police have no income line")
            #expect(card.contains("Deficit £3,500. 2 contributing agencies have no income line yet."))
            #expect(try await t.browser(as: .systemAdministrator).get("/").html.contains("Budget 2026/27"))
            #expect(!(try await t.browser(as: .viewer).get("/").html.contains("Budget 2026/27")))
            try await t.budgetLine(thisYear, .agency(t.f.police), pounds: 2_000)
            try await t.budgetLine(thisYear, .agency(t.f.icb), pounds: 2_000)
            let calm = try await t.browser(as: .businessUnit).get("/")
            let calmCard = try #require(
                calm.html.components(separatedBy: "<li class=\"app-card").first { $0.contains("Budget 2026/27") })
            #expect(
                calmCard.contains("app-card--ok")
                    && calmCard.contains("Surplus £500. Every contributing agency has an income line."))
        }
    }

    @Test func budgetIsInTheNavigation() async throws {
        try await withMASA { t in
            let page = try await t.browser(as: .viewer).get("/budget")
            // The budget sits in the Leadership section, whose own pages are listed under the section bar.
            #expect(
                page.html.contains(
                    "<a class=\"app-service-navigation__link\" href=\"/meetings\" aria-current=\"true\">Leadership</a>")
            )
            #expect(
                page.html.contains(
                    "<a class=\"app-sub-navigation__link\" href=\"/budget\" aria-current=\"page\">Budget</a>"))
            #expect(pageText(page).contains("No budget lines have been recorded for 2026/27 yet."))
        }
    }
}
