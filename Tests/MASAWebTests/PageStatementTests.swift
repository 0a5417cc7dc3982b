import MASAApp
import MASACore
import MASATestSupport
@testable import MASAWeb
import Fluent
import Foundation
import Testing
import Vapor

/// How many statements each page sends, on one year of the demo and on three. A page whose count grows with the
/// data has a query in a loop (a row fetched per row shown, a year per year kept); the speed budget would catch
/// it later and on a bigger database, this catches it on every test run. Counted on SQLite only.
@Suite("Statements per page")
struct PageStatementTests {
    /// The most statements any page may send: the session, the partnership's name, the page's own reads.
    static let budget = 12
    /// The most one feature's dashboard cards may send: the cards run at the same time, so the page waits for the
    /// slowest feature's, not for all of them.
    static let cardBudget = 4
    /// The most one annual-report section may send: the figures pages are every feature's sections, as the
    /// dashboard is every feature's cards, so each section is held to its own budget instead of the page.
    static let sectionBudget = 8
    static let reportPages: Set<String> = ["/", "/reports/figures", "/reports/figures/internal"]

    /// Statements are counted by the SQLite writers' wrapper; on PostgreSQL these tests do not run.
    static let onSQLite = (ProcessInfo.processInfo.environment["MASA_TEST_DATABASE_URL"] ?? "").isEmpty

    @Test(.enabled(if: onSQLite)) func noPageSendsMoreStatementsOnMoreData() async throws {
        let small = try await statementsPerPage(years: 1)
        let large = try await statementsPerPage(years: 3)
        try #require(!small.isEmpty)
        for (path, count) in large.sorted(by: { $0.key < $1.key }) {
            #expect(count == small[path], "\(path): \(small[path] ?? 0) statements on one year, \(count) on three")
            // The dashboard is every feature's cards and the figures pages every report section: each card source
            // and each section has its own budget.
            if !Self.reportPages.contains(path) { #expect(count <= Self.budget, "\(path): \(count) statements") }
        }
    }

    /// Each feature's dashboard cards, for the business unit, who sees the most of them.
    @Test(.enabled(if: onSQLite)) func eachDashboardCardSourceSendsFewStatements() async throws {
        try await withMASA(fixture: false) { t in
            try #require(t.app.sqliteStatements != nil, "statements are counted on SQLite")
            try await DemoPartnership.seed(t.app, years: 1)
            let req = Request(application: t.app, on: t.app.eventLoopGroup.next())
            let account = try #require(try await User.query(on: t.db).filter(\.$email == "business@northmere.example")
                .first())
            let user = try CurrentUser(account, agencyName: nil)
            for (index, source) in t.app.registry.dashboardCards.enumerated() {
                _ = try await source(req, user)  // as on the page: the settings and bank holidays are kept
                let before = t.app.sqliteStatements!
                let cards = try await source(Request(application: t.app, on: t.app.eventLoopGroup.next()), user)
                let count = t.app.sqliteStatements! - before
                #expect(count <= Self.cardBudget, "card source \(index) (\(cards.map(\.title))): \(count) statements")
            }
        }
    }

    /// Each report section, for the current year and every scope, on the demo.
    @Test(.enabled(if: onSQLite)) func eachReportSectionSendsFewStatements() async throws {
        try await withMASA(fixture: false) { t in
            try await DemoPartnership.seed(t.app, years: 1)
            let sections = t.app.registry.reportSections
            try #require(!sections.isEmpty)
            for section in sections {
                let context = ReportContext(db: t.db, year: FinancialYear(containing: testToday), scope: .allAge,
                                            today: testToday)
                let before = t.app.sqliteStatements!
                _ = try await section.build(context)
                let count = t.app.sqliteStatements! - before
                #expect(count <= Self.sectionBudget, "report section \(section.id): \(count) statements")
            }
        }
    }

    /// Every page without a record in its path (lists, dashboards, exports, forms for a new record), as the
    /// business unit, who can open the most of them.
    private func statementsPerPage(years: Int) async throws -> [String: Int] {
        var counts: [String: Int] = [:]
        try await withMASA(fixture: false) { t in
            try #require(t.app.sqliteStatements != nil, "statements are counted on SQLite")
            try await DemoPartnership.seed(t.app, years: years)
            // The business unit opens the most pages; the system administrator the rest (accounts, for one).
            let businessUnit = TestBrowser(app: t.app), administrator = TestBrowser(app: t.app)
            try await businessUnit.signIn(email: "business@northmere.example", password: DemoPartnership.password)
            try await administrator.signIn(email: "admin@northmere.example", password: DemoPartnership.password)
            let paths = ["/"] + t.app.registry.routes
                .filter { $0.method == .GET && !$0.path.pattern.contains(":") }.map(\.path.pattern)
            for path in paths {
                let browser = try await businessUnit.get(path).status == .forbidden ? administrator : businessUnit
                let before = t.app.sqliteStatements!
                let response = try await browser.get(path)
                #expect(response.status == .ok, "\(path) answered \(response.status)")
                counts[path] = t.app.sqliteStatements! - before
            }
        }
        return counts
    }
}
