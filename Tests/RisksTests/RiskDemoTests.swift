import Fluent
import Foundation
import MASACore
import MASATestSupport
import MASAWeb
@testable import Risks
import Testing
import VaporTesting

@Suite("Risk register demo data")
struct RiskDemoTests {
    @Test func demoRegisterShowsFlaggedRisksAndTheIndependentReview() async throws {
        try await withMASA(fixture: false) { t in
            try await DemoPartnership.seed(t.app)
            let browser = TestBrowser(app: t.app)
            try await browser.signIn(email: "business@northmere.example", password: DemoPartnership.password)
            let page = try await browser.get("/risks")
            #expect(page.status == .ok)
            let table = tablePart(page.html)
            #expect(occurrences(of: "Not reviewed this quarter", in: table) == 3)
            #expect(page.html.contains("for Q3 2026/27 was recorded by Dr Ruth Adeyemi on"))
            #expect(table.contains("Health partner funding reduction") && table.contains("R12"))
            #expect(table.contains(">Closed<") && table.contains(">Tolerated<"))
            #expect(table.contains("Up from") || table.contains("Down from"), "scores move over time")
            let home = try await browser.get("/")
            #expect(home.html.contains("Open or tolerated risks not yet reviewed in Q3 2026/27."))
        }
    }

    @Test func demoHistoryIsPlausibleAndDeterministic() async throws {
        try await withMASA { t in
            try await seedWithFixture(t, years: 2)
            let risks = try await Risk.query(on: t.db).sort(\.$number).all()
            #expect(risks.count == 12)
            #expect(
                try risks.filter { try $0.riskStatus == .closed }.count == 1
                    && risks.filter { try $0.riskStatus == .tolerated }.count == 1)
            let reviews = try await RiskReview.query(on: t.db).all()
            #expect(try reviews.allSatisfy { try $0.date <= testToday }, "no review in the future")
            let added = Dictionary(uniqueKeysWithValues: try risks.map { ($0.id!, try $0.createdDate) })
            #expect(
                try reviews.allSatisfy { try $0.date >= added[$0.$risk.id]! }, "no review before its risk was added")
            let independentQuarters = try reviews.filter(\.isIndependent).map {
                "\(FinancialYear(containing: try $0.date)) Q\(FinancialYear.quarter(of: try $0.date))"
            }
            #expect(
                independentQuarters.count == 7 && Set(independentQuarters).count == 7,
                "one a quarter: all of 2025/26 and Q1 to Q3 of 2026/27")
            #expect(Set(try reviews.map { try $0.score.value }).count > 4, "scores move")
            let closed = try #require(try risks.first { try $0.riskStatus == .closed })
            let closing = reviews.filter { $0.$risk.id == closed.id }.max { $0.reviewDate < $1.reviewDate }
            #expect(closing?.comment.hasPrefix("Closed:") == true && closing?.isIndependent == false)
        }
    }

    @Test func demoIsTheSameEveryRun() async throws {
        var runs: [[String]] = []
        for _ in 0..<2 { try await withMASA { t in runs.append(try await seedWithFixture(t, years: 2)) } }
        #expect(runs[0] == runs[1] && !runs[0].isEmpty)
    }

    @Test func tenYearsStaysSmallAndQuick() async throws {
        try await withMASA { t in
            let (statements, rows) = try await t.statementsAndRows { try await seedWithFixture(t, years: 10) }
            let reviews = try await RiskReview.query(on: t.db).count()
            #expect(reviews > 300 && reviews < 1000)
            #expect(
                try await RiskReview.query(on: t.db).filter(\.$isIndependent == true).count() == 39,
                "nine whole years and three quarters")
            // A record is three statements (its insert, the audit chain's last entry, the audit entry) for two rows,
            // 1.5 a row; one more query a record, in a loop, makes it 2.
            if let statements { #expect(statements * 4 < rows * 7, "\(statements) statements for \(rows) rows") }
        }
    }
}

/// Runs only this feature's demo seeding against the test fixture (missing demo agencies fall back to the
/// first agency), and returns a fingerprint of what it made.
@discardableResult
private func seedWithFixture(_ t: TestContext, years: Int) async throws -> [String] {
    let f = t.f
    try await t.db.transaction { db in
        let seed = DemoSeed(
            db: db, today: testToday, years: years,
            agencies: ["council": f.council, "police": f.police, "icb": f.icb, "community": f.health],
            agencyOrder: [f.council, f.police, f.icb, f.health, f.school], users: f.users)
        try await RiskDemo.seed(seed)
    }
    let reviews = try await RiskReview.query(on: t.db).sort(\.$reviewDate).sort(\.$id).all()
    return reviews.map { "\($0.id!) \($0.reviewDate) \($0.likelihood)x\($0.impact) \($0.isIndependent)" }
}
