import Foundation
import MASACore
import MASATestSupport
import MASAWeb
@testable import Budget
import Testing
import VaporTesting

/// A year's budget lines through the API, named and ordered as the budget page shows them.
@Suite("Budget API")
struct BudgetAPITests {
    @Test func linesComeByFinancialYearInThePagesOrder() async throws {
        try await withMASA { t in
            try await t.twoYearBudget()
            let token = try await t.apiToken([.viewPartnership])
            let current = try await t.api("/api/v1/budget-lines", token: token).json
            let lines = try #require(current["data"]?.array)
            #expect(lines.count == 8 && lines.allSatisfy { $0["financial_year"]?.string == "2026/27" })
            #expect(
                lines.compactMap { $0["label"]?.string } == [
                    "Testshire Council", "Testshire ICB", "Testshire Police", "Transfer from reserves",
                    "Employee costs",
                    "Premises", "Third-party payments", "Other",
                ])
            #expect(
                lines[0]["amount_pence"]?.int == 19_000_000 && lines[0]["agency_id"]?.string == t.f.council.uuidString)
            #expect(lines[2]["notes"]?.string == "Provisional" && lines[7]["description"]?.string == "Website hosting")
            #expect(lines[7]["amount_pence"]?.int == 125_050 && lines[7]["heading"]?.string == "other")

            let last = try await t.api("/api/v1/budget-lines?year=2025/26", token: token).json
            #expect(last["data"]?.array?.count == 5 && last["page"]?["total"]?.int == 5)
            #expect(try await t.api("/api/v1/budget-lines?year=1999/00", token: token).json["data"] == .array([]))
            let bad = try await t.api("/api/v1/budget-lines?year=2026", token: token)
            #expect(bad.status == .badRequest && bad.json["error"]?["message"]?.string?.contains("2026/27") == true)

            let id = try #require(lines[3]["id"]?.string)
            #expect(try await t.api("/api/v1/budget-lines/\(id)", token: token).json["data"] == lines[3])
        }
    }
}
