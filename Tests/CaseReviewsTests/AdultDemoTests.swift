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

@Suite("Adults demo data")
struct AdultDemoTests {
    @Test func demoHasEveryDecisionClockStateAndStage() async throws {
        try await withMASA(fixture: false) { t in
            try await DemoPartnership.seed(t.app)
            let referrals = try await SARReferral.query(on: t.db).all()
            #expect(referrals.count == 8)
            #expect(Set(try referrals.compactMap { try $0.sarDecision }) == Set(SARDecision.allCases))
            let commissioned = try referrals.filter { try $0.sarDecision == .commission }
            #expect(commissioned.count == 3 && commissioned.allSatisfy { $0.reviewID != nil })
            #expect(commissioned.contains { $0.died && $0.criteria.basis == .mandatory })
            #expect(commissioned.contains { !$0.died && $0.seriousAbuseOrNeglect && $0.criteria.basis == .mandatory })
            let clocks = try await AdultsRoutes.clocks(
                ClockContext(
                    db: t.db, today: testToday, calendar: .englandAndWales,
                    settings: try await CaseReviewSettings.current(on: t.db)))
            let ackStates = Set(clocks.filter { $0.type.hasPrefix("SAR referral") }.map(\.clock.state))
            #expect(ackStates.isSuperset(of: [.met, .metLate, .overdue]))
            let sars = try await Review.query(on: t.db).filter(\.$kind == ReviewKind.safeguardingAdultsReview.rawValue)
                .all()
            #expect(Set(try sars.map { try $0.stage }).isSuperset(of: [.commissioned, .draftReceived, .published]))
            let previousYear = FinancialYear(containing: testToday).previous
            #expect(
                try sars.contains { try $0.stage == .published && $0.finalAgreed.map(previousYear.contains) == true })
            #expect(try referrals.contains { previousYear.contains(try $0.received) })
            let dhrs = try await DomesticHomicideReview.query(on: t.db).all()
            #expect(dhrs.count == 2 && dhrs.filter { $0.linkedReviewID != nil }.count == 1)

            let business = TestBrowser(app: t.app)
            try await business.signIn(email: "business@northmere.example", password: DemoPartnership.password)
            var paths = ["/case-reviews/sar-referrals", "/case-reviews/dhrs"]
            paths +=
                referrals.map { "/case-reviews/sar-referrals/\($0.id!)" }
                + referrals.map { "/case-reviews/sar-referrals/\($0.id!)/edit" }
            paths += dhrs.map { "/case-reviews/dhrs/\($0.id!)" } + dhrs.map { "/case-reviews/dhrs/\($0.id!)/edit" }
            for path in paths { #expect(try await business.get(path).status == .ok, "\(path)") }
        }
    }

    @Test func demoIsTheSameEveryRun() async throws {
        var first: [String] = []
        try await withMASA(fixture: false) { t in
            try await DemoPartnership.seed(t.app)
            first = try await SARReferral.query(on: t.db).sort(\.$code).all().map {
                "\($0.id!) \($0.code) \($0.receivedOn) \($0.acknowledgedOn ?? "-")"
            }
        }
        try await withMASA(fixture: false) { t in
            try await DemoPartnership.seed(t.app)
            let second = try await SARReferral.query(on: t.db).sort(\.$code).all().map {
                "\($0.id!) \($0.code) \($0.receivedOn) \($0.acknowledgedOn ?? "-")"
            }
            #expect(first == second && !first.isEmpty)
        }
    }
}
