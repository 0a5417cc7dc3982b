import Fluent
import Foundation
import MASACore
import MASATestSupport
import MASAWeb
@testable import Budget
import Testing
import VaporTesting

@Suite("Budget demo data")
struct BudgetDemoTests {
    @Test func twoYearsOfPlausibleFiguresThatRender() async throws {
        try await withMASA(fixture: false) { t in
            try await DemoPartnership.seed(t.app)
            let lines = try await BudgetLine.query(on: t.db).all()
            #expect(Set(lines.map(\.yearStart)) == [2025, 2026])
            for year in [2025, 2026] {
                let income = lines.filter { $0.yearStart == year && $0.kind == "income" }
                #expect(income.count == 5, "council, police, ICB, probation and housing")
                let spending = lines.filter { $0.yearStart == year && $0.kind == "expenditure" }
                let employee = try #require(spending.first { $0.heading == "employee-costs" })
                #expect(
                    spending.allSatisfy { $0.amountPence <= employee.amountPence }, "employee costs are the largest")
                #expect(spending.contains { $0.detail == "Independent scrutineer" })
            }
            #expect(lines.contains { $0.yearStart == 2025 && $0.heading == "transfer-to-reserves" })
            let browser = TestBrowser(app: t.app)
            try await browser.signIn(email: "business@northmere.example", password: DemoPartnership.password)
            let page = try await browser.get("/budget")
            #expect(page.status == .ok)
            let council = try #require(row("Northmere Borough Council", in: page.html))
            let amounts = [council[1], council[3]].compactMap { Money.pence(fromPounds: $0) }
            #expect(
                amounts.count == 2 && amounts.allSatisfy { (18_000_000...20_000_000).contains($0) },
                "this year and last year both shown: \(council)")
            #expect(!pageText(page).contains("No income has been recorded"))
            #expect(try await browser.get("/budget?year=2025/26").status == .ok)
            #expect(try await browser.get("/").html.contains("Budget 2026/27"))
        }
    }

    /// The budget's own seeding with ten years of history, on the fixture partnership (the health trust and the
    /// academy stand in for probation and housing), twice: the same figures both times.
    @Test func tenYearsAreDeterministic() async throws {
        var runs: [[String]] = []
        for _ in 0..<2 {
            try await withMASA { t in
                let agencies = [
                    "council": t.f.council, "police": t.f.police, "icb": t.f.icb, "probation": t.f.health,
                    "housing": t.f.school,
                ]
                let seed = DemoSeed(
                    db: t.db, today: testToday, years: 10, agencies: agencies, agencyOrder: Array(agencies.values),
                    users: [:])
                // Speed is measured by scripts/bench, not asserted here: a timed test fails on a busy machine.
                try await BudgetDemo.seed(seed)
                let lines = try await BudgetLine.query(on: t.db).all()
                #expect(Set(lines.map(\.yearStart)) == Set(2017...2026))
                #expect(
                    lines.allSatisfy { $0.amountPence > 0 && $0.amountPence % 10_000 == 0 }, "whole hundreds of pounds")
                let council = lines.filter { $0.$agency.id == t.f.council }
                #expect(
                    council.count == 10 && council.allSatisfy { (18_000_000...20_000_000).contains($0.amountPence) })
                let byYear = council.sorted { $0.yearStart < $1.yearStart }.map(\.amountPence)
                #expect(byYear.first! < byYear.last!, "contributions rise over the decade")
                let names = Dictionary(uniqueKeysWithValues: agencies.map { ($0.value, $0.key) })
                runs.append(
                    lines.map {
                        "\($0.yearStart) \($0.$agency.id.flatMap { names[$0] } ?? $0.lineKey) \($0.amountPence)"
                    }.sorted())
                let oldest = try await t.browser(as: .viewer).get("/budget?year=2017/18")
                #expect(oldest.status == .ok && row("Testshire Council", in: oldest.html)?.last == "New")
            }
        }
        #expect(runs.count == 2 && runs[0] == runs[1] && runs[0].count > 100)
    }
}
