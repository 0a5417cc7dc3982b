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
import Vapor

/// Reviews, findings, recommendations and actions made directly, for the learning tests.
enum LearningFixture {
    @discardableResult
    static func review(
        _ t: TestContext, _ code: String, kind: ReviewKind = .lcspr, summary: String = "A review.",
        decided: String = "2025-06-02", final: String? = nil
    ) async throws -> Review {
        let r = Review()
        r.code = code
        r.kind = kind.rawValue
        r.summary = summary
        r.decidedOn = decided
        r.finalOn = final
        r.decidedNotToPublish = false
        try await r.create(on: t.db)
        return r
    }

    @discardableResult
    static func finding(_ t: TestContext, _ review: Review, _ text: String, position: Int = 1) async throws -> Finding {
        let f = Finding()
        f.$review.id = review.id!
        f.text = text
        f.position = position
        try await f.create(on: t.db)
        return f
    }

    @discardableResult
    static func recommendation(
        _ t: TestContext, _ review: Review, _ text: String, finding: Finding? = nil, position: Int = 1
    ) async throws -> Recommendation {
        let r = Recommendation()
        r.$review.id = review.id!
        r.$finding.id = finding?.id
        r.text = text
        r.position = position
        try await r.create(on: t.db)
        return r
    }

    @discardableResult
    static func action(
        _ t: TestContext, _ recommendation: Recommendation, _ title: String, agency: UUID, due: String = "2027-03-31",
        status: RecommendationStatus = .notStarted, evidence: String? = nil, reason: String? = nil,
        completed: String? = nil
    ) async throws -> RecommendationAction {
        let a = RecommendationAction()
        a.$recommendation.id = recommendation.id!
        a.$review.id = recommendation.$review.id
        a.title = title
        a.$ownerAgency.id = agency
        a.ownerName = "Pat Owner"
        a.due = due
        a.status = status.rawValue
        a.evidence = evidence
        a.notAcceptedReason = reason
        a.completedOn = completed
        try await a.create(on: t.db)
        return a
    }

    @discardableResult
    static func theme(_ t: TestContext, _ name: String, on reviews: [Review] = []) async throws -> Theme {
        let theme = Theme(name: name)
        try await theme.create(on: t.db)
        for review in reviews { try await ReviewTheme(review: review.id!, theme: theme.id!).create(on: t.db) }
        return theme
    }

    /// The review page belongs to another part of the feature; this stands in for it, showing only our blocks.
    static func installReviewProbe(_ t: TestContext) {
        t.app.get("test-review", ":reviewID") { req async throws -> Response in
            let review = try await Review.find("reviewID", in: req)
            return try await req.renderPage(
                try await req.chrome(title: review.code), try await ReviewLearningSection().blocks(for: review, req))
        }
    }
}
