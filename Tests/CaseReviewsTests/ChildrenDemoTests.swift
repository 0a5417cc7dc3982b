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

@Suite("Children's case review demo data")
struct ChildrenDemoTests {
    @Test func demoHasEveryRapidReviewStateDecisionAndReviewStage() async throws {
        try await withMASA(fixture: false) { t in
            try await DemoPartnership.seed(t.app)
            let context = ClockContext(db: t.db, today: testToday, calendar: .englandAndWales, settings: .defaults)
            let incidents = try await SeriousIncident.query(on: t.db).all()
            let rapid = try await RapidReview.query(on: t.db).all()
            let byIncident = Dictionary(uniqueKeysWithValues: rapid.map { ($0.$incident.id, $0) })
            let statuses = Set(try incidents.map { try IncidentClocks($0, byIncident[$0.id!], context).status })
            #expect(statuses == [.running, .overdue, .completedNotSent, .sentOnTime, .sentLate, .notNeeded])
            #expect(
                Set(try incidents.map { try $0.notification }) == [
                    .seriousIncident, .lookedAfterChildDeath,
                    .careLeaverDeath,
                ])
            #expect(Set(try rapid.compactMap { try $0.reviewDecision }) == Set(RapidReviewDecision.allCases))
            #expect(
                try incidents.contains { try $0.becameAware < FinancialYear(containing: testToday).start },
                "last year's notifications too")
            let reviews = try await Review.query(on: t.db).all().filter { try $0.reviewKind.scope == .children }
            #expect(Set(try reviews.map { try $0.stage }) == Set(ReviewStage.allCases))
            #expect(
                Set(try reviews.map { try $0.reviewKind }).isSuperset(of: [
                    .lcspr, .localLearningReview, .nationalReview, .seriousCaseReview,
                ]))
            let states = try reviews.compactMap {
                try $0.publicationClock(today: testToday, calendar: .englandAndWales, sarMonths: 6)?.state
            }
            #expect(Set(states).isSuperset(of: [.met, .metLate, .overdue, .running]))
            let today = testToday.iso
            #expect(
                incidents.allSatisfy {
                    [$0.becameAwareOn, $0.sentToPanelOn ?? "", $0.partnersInformedOn ?? ""].allSatisfy { $0 <= today }
                })
            #expect(
                reviews.allSatisfy {
                    [$0.decidedOn, $0.commissionedOn, $0.draftOn, $0.finalOn, $0.publishedOn].compactMap { $0 }
                        .allSatisfy { $0 <= today }
                })
            let business = TestBrowser(app: t.app)
            try await business.signIn(email: "business@northmere.example", password: DemoPartnership.password)
            var paths = [
                "/case-reviews/incidents", "/case-reviews/reviews", "/case-reviews/reviews?kind=lcspr&stage=published",
            ]
            paths += try incidents.flatMap {
                [
                    "/case-reviews/incidents/\($0.id!)", "/case-reviews/incidents/\($0.id!)/rapid-review",
                    "/case-reviews/incidents/\($0.id!)/edit",
                ]
                    + (try $0.notification.needsRapidReview
                        ? ["/case-reviews/incidents/\($0.id!)/rapid-review/edit"] : [])
            }
            paths += reviews.flatMap { ["/case-reviews/reviews/\($0.id!)", "/case-reviews/reviews/\($0.id!)/edit"] }
            for path in paths { #expect(try await business.get(path).status == .ok, "\(path)") }
        }
    }

    @Test func demoIsTheSameEveryRun() async throws {
        var first: [String] = []
        try await withMASA(fixture: false) { t in
            try await DemoPartnership.seed(t.app)
            first = try await SeriousIncident.query(on: t.db).sort(\.$code).all().map {
                "\($0.id!) \($0.code) \($0.becameAwareOn) \($0.incidentOn)"
            }
        }
        try await withMASA(fixture: false) { t in
            try await DemoPartnership.seed(t.app)
            let second = try await SeriousIncident.query(on: t.db).sort(\.$code).all().map {
                "\($0.id!) \($0.code) \($0.becameAwareOn) \($0.incidentOn)"
            }
            #expect(first == second && !first.isEmpty)
        }
    }
}
