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

/// Case reviews through the API: the clocks the pages work out, behind the case review permission, every read
/// recorded; recommendation actions readable as the learning pages are.
@Suite("Case review API")
struct CaseReviewAPITests {
    @Test func incidentsCarryTheClocksThePagesShow() async throws {
        try await withMASA { t in
            let incident = try await ChildrenTestData.incident(t)
            let done = ChildrenTestData.date(2026, 11, 16)
            let review = try await ChildrenTestData.rapidReview(t, incident, completed: done)
            let token = try await t.apiToken([.viewCaseReviews])
            let body = try await t.api("/api/v1/serious-incidents/\(incident.id!)", token: token).json["data"]
            let context = ClockContext(
                db: t.db, today: testToday, calendar: try await t.app.workingDayCalendar(on: t.db),
                settings: try await CaseReviewSettings.current(on: t.db))
            let clocks = try IncidentClocks(incident, review, context)
            #expect(body?["panel_clock"]?["due"]?.string == clocks.panel.due.iso)
            #expect(body?["panel_clock"]?["state"]?.string == "met")
            #expect(body?["partners_clock"]?["state"]?.string == clocks.partners.state.rawValue)
            #expect(body?["partners_clock"]?["completed"]?.string == "2026-11-09")
            #expect(body?["rapid_review_clock"]?["due"]?.string == clocks.rapidReview?.due.iso)
            #expect(
                body?["rapid_review_status"]?.string == "completed-not-sent", "the state partnerships most often miss")
            #expect(body?["rapid_review_id"]?.string == review.id!.uuidString)
            let rapid = try await t.api("/api/v1/rapid-reviews/\(review.id!)", token: token).json["data"]
            #expect(rapid?["status"]?.string == "completed-not-sent" && rapid?["incident_code"]?.string == "Child T1")
            #expect(rapid?["rationale_a"]?.string == "a" && rapid?["completed_on"]?.string == done.iso)
            let views = try await AuditEntry.query(on: t.db).filter(\.$action == "view").all()
            #expect(Set(views.map(\.recordType)) == ["api/v1/serious-incidents", "api/v1/rapid-reviews"])
        }
    }

    @Test func reviewsAndRecommendationsNeedTheCaseReviewPermissionAndActionsDoNot() async throws {
        try await withMASA { t in
            let review = try await LearningFixture.review(t, "Child U1")
            let recommendation = try await LearningFixture.recommendation(t, review, "Share chronologies")
            let action = try await LearningFixture.action(
                t, recommendation, "Chronology template", agency: t.f.health,
                due: "2026-10-01")
            let partnership = try await t.apiToken([.viewPartnership])
            #expect(try await t.api("/api/v1/recommendations", token: partnership).status == .forbidden)
            #expect(try await t.api("/api/v1/reviews", token: partnership).status == .forbidden)
            let actions = try await t.api("/api/v1/recommendation-actions", token: partnership).json["data"]
            #expect(actions?[0]?["overdue"]?.bool == true && actions?[0]?["review_code"]?.string == "Child U1")

            let reviews = try await t.apiToken([.viewCaseReviews])
            let listed = try await t.api("/api/v1/reviews", token: reviews).json["data"]?[0]
            #expect(
                listed?["stage"]?.string == "decided" && listed?["publication_clock"]?["state"]?.string == "overdue",
                "decided June 2025: six months have passed with nothing published")
            let recommendations = try await t.api("/api/v1/recommendations?review=\(review.id!)", token: reviews).json
            let first = try #require(recommendations["data"]?[0])
            #expect(first["text"]?.string == "Share chronologies" && first["implemented"]?.bool == false)
            #expect(first["actions"]?.array?.compactMap { $0["id"]?.string } == [action.id!.uuidString])
        }
    }
}
