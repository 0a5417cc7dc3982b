@testable import AdultReviews
@testable import CaseReviews
@testable import ChildrenReviews
@testable import Learning
@testable import Reviews
import Fluent
import Foundation
import MASACore
import MASATestSupport
import MASAWeb
import Testing
import VaporTesting

/// `masa seed --years 10`: eight financial years of case review history before the planned two, at an English
/// partnership's volumes, every clock on it done. Only the kit and case reviews are booted, to keep it quick.
@Suite("Case reviews demo history")
struct CaseReviewHistoryTests {
    /// The eight history years for testToday (2026/27): 2017/18 to 2024/25.
    static let years = (2017...2024).map { FinancialYear(startYear: $0) }

    /// One ten-year seed serves every check, as seeding it is what takes the time.
    @Test func tenYearsOfHistory() async throws {
        try await withMASA(features: [CaseReviewsFeature()], fixture: false) { t in
            let (statements, rows) = try await t.statementsAndRows { try await DemoPartnership.seed(t.app, years: 10) }
            // A record is three statements (its insert, the audit chain's last entry, the audit entry) for two rows,
            // 1.5 a row; one more query a record, in a loop, makes it 2.
            if let statements { #expect(statements * 4 < rows * 7, "\(statements) statements for \(rows) rows") }
            try await volumes(t)
            try await clocksAndRules(t)
            try await learning(t)
            try await pages(t)
        }
    }

    func volumes(_ t: TestContext) async throws {
        let incidents = try await SeriousIncident.query(on: t.db).all().filter(\.isHistory)
        let referrals = try await SARReferral.query(on: t.db).all().filter(\.isHistory)
        let reviews = try await Review.query(on: t.db).all().filter(\.isHistory)
        let dhrs = try await DomesticHomicideReview.query(on: t.db).all()
        for year in Self.years {
            let notified = try incidents.filter { year.contains(try $0.becameAware) }.count
            #expect((8...15).contains(notified), "\(year): \(notified) notifications")
            let referred = try referrals.filter { year.contains(try $0.received) }.count
            #expect((10...20).contains(referred), "\(year): \(referred) referrals")
            #expect(try dhrs.filter { year.contains(try $0.notified) }.count <= 2, "\(year) DHRs")
        }
        let local = try reviews.filter { try $0.reviewKind.scope == .children }
        let share = Double(local.count) / Double(incidents.count)
        #expect(share > 0.2 && share < 0.45, "about a third lead to a review: \(local.count) of \(incidents.count)")
        #expect(Set(try local.map { try $0.reviewKind }) == [.lcspr, .localLearningReview])
        let sars = try reviews.filter { try $0.reviewKind == .safeguardingAdultsReview }
        #expect(sars.count >= 4 && sars.count <= 30)
        #expect(try reviews.allSatisfy { try $0.stage == .published }, "every history review concluded and published")
        let commissioned = try referrals.filter { try $0.sarDecision == .commission }
        #expect(commissioned.count == sars.count && commissioned.allSatisfy { $0.reviewID != nil })
        #expect(commissioned.allSatisfy { $0.criteria.basis == .mandatory })
        #expect(try referrals.allSatisfy { try $0.acknowledged != nil && $0.decided != nil })
        #expect(try !referrals.contains { try $0.sarDecision == nil || $0.sarDecision == .moreInformation })
        let before = FinancialYear(startYear: 2025).start
        let history = try dhrs.filter { try $0.notified < before && $0.code.hasSuffix("-01") }
        #expect((3...8).contains(history.count), "one every year or two")
        #expect(try history.allSatisfy { [DHRStatus.published, .closed].contains(try $0.dhrStatus) })
        let codes = incidents.map(\.code) + referrals.map(\.code)
        #expect(Set(codes).count == codes.count && codes.allSatisfy { $0.contains(" H20") })
        let allReviewCodes = try await Review.query(on: t.db).all().map(\.code)
        #expect(Set(allReviewCodes).count == allReviewCodes.count)
        #expect(Set(dhrs.map(\.code)).count == dhrs.count)
    }

    func clocksAndRules(_ t: TestContext) async throws {
        let context = ClockContext(db: t.db, today: testToday, calendar: .englandAndWales,
                                   settings: try await CaseReviewSettings.current(on: t.db))
        let clocks = try await ChildrenRoutes.clocks(context) + AdultsRoutes.clocks(context)
        let history = clocks.filter { DemoHistory.isHistory($0.code) }
        #expect(history.count > 300)
        #expect(history.allSatisfy { [.met, .metLate].contains($0.clock.state) && $0.warning == nil })
        #expect(Set(history.map(\.clock.state)) == [.met, .metLate], "mostly on time, some late")
        let late = history.filter { $0.clock.state == .metLate }.count
        #expect(late * 3 < history.count)
        try await HistoryRules.check(t.db, today: testToday)
    }

    func learning(_ t: TestContext) async throws {
        let reviews = try await Review.query(on: t.db).all().filter(\.isHistory)
        let ids = Set(reviews.compactMap(\.id))
        let findings = try await Finding.query(on: t.db).all().filter { ids.contains($0.$review.id) }
        let perReview = Dictionary(grouping: findings, by: { $0.$review.id })
        #expect(perReview.count == reviews.count && perReview.values.allSatisfy { (2...4).contains($0.count) })
        let actions = try await RecommendationAction.query(on: t.db).all().filter { ids.contains($0.$review.id) }
        let implemented = try actions.filter { try $0.actionStatus.isImplemented }.count
        let overdue = try actions.filter { try $0.isOverdue(today: testToday) }.count
        #expect(implemented * 10 > actions.count * 7, "mostly complete: \(implemented) of \(actions.count)")
        #expect(overdue > 0 && overdue * 5 < actions.count, "some overdue: \(overdue)")
        #expect(try !actions.contains { try $0.actionStatus == .notStarted })
        let updates = try await RecommendationActionUpdate.query(on: t.db).all()
        let updated = Set(updates.map { $0.$action.id })
        #expect(actions.allSatisfy { updated.contains($0.id!) }, "every action has its progress")
        let links = try await ProductReview.query(on: t.db).all().filter { ids.contains($0.$review.id) }
        let perProduct = Dictionary(grouping: links, by: { $0.$review.id })
        #expect(perProduct.count == reviews.count && perProduct.values.allSatisfy { (1...2).contains($0.count) })
        let (taggings, _) = try await LearningQueries.taggings(on: t.db)
        let (recurring, _) = try await LearningQueries.recurring(taggings, on: t.db)
        let before = FinancialYear(startYear: 2025).start
        #expect(recurring.contains { $0.theme == LearningDemo.recurringTheme })
        #expect(taggings.filter { $0.theme == LearningDemo.recurringTheme && $0.date < before }.count >= 5)
    }

    func pages(_ t: TestContext) async throws {
        let browser = TestBrowser(app: t.app)
        try await browser.signIn(email: "business@northmere.example", password: DemoPartnership.password)
        let review = try #require(try await Review.query(on: t.db).all().first(where: \.isHistory))
        for path in ["/case-reviews", "/case-reviews/incidents", "/case-reviews/reviews", "/case-reviews/dhrs",
                     "/case-reviews/sar-referrals", "/learning", "/learning/recommendations", "/learning/products",
                     "/learning/themes", "/learning/adults-report", "/case-reviews/reviews/\(review.id!)"] {
            #expect(try await browser.get(path).status == .ok, "\(path)")
        }
    }

    /// Four years (two of history) exercise the same code as ten, in a fraction of the time.
    @Test func historyIsTheSameEveryRun() async throws {
        var runs: [[String]] = []
        for _ in 0..<2 {
            try await withMASA(features: [CaseReviewsFeature()], fixture: false) { t in
                try await DemoPartnership.seed(t.app, years: 4)
                runs.append(try await HistoryRules.fingerprint(t.db))
            }
        }
        #expect(runs[0] == runs[1] && runs[0].count > 150)
    }

    @Test func defaultDemoHasNoHistory() async throws {
        try await withMASA(features: [CaseReviewsFeature()], fixture: false) { t in
            try await DemoPartnership.seed(t.app)
            let codes = try await SeriousIncident.query(on: t.db).all().map(\.code)
                + SARReferral.query(on: t.db).all().map(\.code) + Review.query(on: t.db).all().map(\.code)
            #expect(!codes.isEmpty && !codes.contains(where: DemoHistory.isHistory))
            #expect(try await DomesticHomicideReview.query(on: t.db).count() == 2)
        }
    }
}
