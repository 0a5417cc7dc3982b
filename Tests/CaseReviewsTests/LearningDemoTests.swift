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

@Suite("Learning: demo data")
struct LearningDemoTests {
    @Test func demoPartnershipRendersEveryLearningPage() async throws {
        try await withMASA(fixture: false) { t in
            try await DemoPartnership.seed(t.app)
            #expect(try await Theme.query(on: t.db).count() >= Theme.referenceList.count)
            #expect(try await LearningProduct.query(on: t.db).count() == 5)
            let browser = TestBrowser(app: t.app)
            try await browser.signIn(email: "business@northmere.example", password: DemoPartnership.password)
            for path in [
                "/learning", "/learning/recommendations", "/learning/recommendations?status=overdue",
                "/learning/adults-report",
                "/learning/search?q=neglect", "/learning/products", "/learning/themes",
            ] {
                #expect(try await browser.get(path).status == .ok, "\(path) renders")
            }
            let product = try #require(try await LearningProduct.query(on: t.db).first())
            #expect(try await browser.get("/learning/products/\(product.id!)").html.contains("Total reach"))
            if let action = try await RecommendationAction.query(on: t.db).first() {
                #expect(try await browser.get("/learning/actions/\(action.id!)").status == .ok)
            }
            // The issue asks for demo data with a theme that recurs: the warning must show on the demo.
            #expect(try await browser.get("/learning").html.contains("\(LearningDemo.recurringTheme) has come up"))
        }
    }

    @Test func demoLearningCoversEveryStatusAndARecurringTheme() async throws {
        try await withMASA { t in
            for (index, code) in ["Child A1", "Child A2", "Child A3", "Adult D", "Adult E", "Child A4"].enumerated() {
                let kind: ReviewKind = code.hasPrefix("Adult") ? .safeguardingAdultsReview : .lcspr
                try await LearningFixture.review(
                    t, code, kind: kind, decided: testToday.adding(months: -22 + index * 3).iso,
                    final: index < 5 ? testToday.adding(months: -16 + index * 3).iso : nil)
            }
            let seed = DemoSeed(
                db: t.db, today: testToday, years: 2,
                agencies: ["council": t.f.council, "police": t.f.police, "community": t.f.health],
                agencyOrder: [t.f.council, t.f.police, t.f.icb, t.f.health, t.f.school], users: [:])
            try await LearningDemo.seed(seed)
            let actions = try await RecommendationAction.query(on: t.db).all()
            #expect(Set(try actions.map { try $0.actionStatus }) == Set(RecommendationStatus.allCases))
            #expect(try actions.contains { try $0.isOverdue(today: testToday) })
            #expect(
                try actions.filter { try $0.actionStatus == .notAccepted }.allSatisfy { $0.notAcceptedReason != nil })
            #expect(
                try actions.filter { try $0.actionStatus.isImplemented }.allSatisfy {
                    $0.evidence != nil && $0.completedOn != nil
                })
            let perReview = Dictionary(grouping: try await Finding.query(on: t.db).all(), by: { $0.$review.id })
            #expect(perReview.count == 5 && perReview.values.allSatisfy { (2...4).contains($0.count) })
            let (taggings, _) = try await LearningQueries.taggings(on: t.db)
            let (recurring, _) = try await LearningQueries.recurring(taggings, on: t.db)
            #expect(recurring.contains { $0.theme == LearningDemo.recurringTheme })
            let products = try await LearningProduct.query(on: t.db).count(),
                records = try await Dissemination.query(on: t.db).count()
            #expect(products == 5 && records >= 5)
        }
    }
}
