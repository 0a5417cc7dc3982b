import Fluent
import MASACore
import MASAWeb
import Reviews
import Vapor

/// Recommendations with their actions (read with the reviews they come from), and the actions on their own, as the
/// learning pages show them to everyone who reads the partnership.
package enum LearningAPI {
    typealias P = CaseReviewAPIPaths

    package static func register(_ registry: inout FeatureRegistry) {
        registry.apiList(
            P.recommendations, .viewCaseReviews, "Recommendations by review, with their actions",
            query: [review]
        ) { req, paging in
            var query = Recommendation.query(on: req.db).sort(\.$review.$id).sort(\.$position).sort(\.$id)
            if let review = try APIQuery.id("review", on: req) { query = query.filter(\.$review.$id == review) }
            let page = try await paging.fetch(query)
            return APIItems(try await recommendations(page.items, on: req), total: page.total)
        }
        registry.apiItem(P.recommendation(.key), .viewCaseReviews, "One recommendation with its actions") { req in
            try await recommendations([try await Recommendation.find("recommendationID", in: req)], on: req)[0]
        }
        registry.apiList(
            P.recommendationActions, .viewPartnership, "Recommendation actions by due date, with progress",
            query: [status, agency]
        ) { req, paging in
            var query = RecommendationAction.query(on: req.db).with(\.$ownerAgency)
                .sort(\.$due).sort(\.$title).sort(\.$id)
            if let status = try APIQuery.value("status", RecommendationStatus.self, on: req) {
                query = query.filter(\.$status == status.rawValue)
            }
            if let agency = try APIQuery.id("owner_agency", on: req) {
                query = query.filter(\.$ownerAgency.$id == agency)
            }
            let page = try await paging.fetch(query)
            return APIItems(try await actions(page.items, on: req), total: page.total)
        }
        registry.apiItem(
            P.recommendationAction(.key), .viewPartnership,
            "One recommendation action with progress"
        ) { req in
            let action = try await RecommendationAction.find("actionID", in: req)
            try await action.$ownerAgency.load(on: req.db)
            return try await actions([action], on: req)[0]
        }
    }

    static let review = APIQueryParameter("review", .uuid, "Only this review's recommendations")
    static let status = APIQueryParameter("status", .values(RecommendationStatus.self), "Only actions with this status")
    static let agency = APIQueryParameter("owner_agency", .uuid, "Only actions this agency owns")

    static func recommendations(
        _ recommendations: [Recommendation],
        on req: Request
    ) async throws -> [RecommendationDTO] {
        let ids = try recommendations.map { try $0.requireID() }
        let reviews = try await CaseReviewRows.byID(Review.self, recommendations.map { $0.$review.id }, on: req.db)
        // By due date within each recommendation, as the review page lists them.
        let loaded = try await LearningQueries.actions(for: ids, on: req.db).values.flatMap { $0 }
        let byRecommendation = Dictionary(
            grouping: try await actions(loaded, on: req, recommendations: recommendations),
            by: \.recommendationID)
        return try recommendations.map { recommendation in
            try RecommendationDTO(
                recommendation, reviewCode: reviews[recommendation.$review.id]?.code ?? "",
                actions: byRecommendation[try recommendation.requireID()] ?? [])
        }
    }

    /// Actions (owner agency loaded) with their review, recommendation and updates: a fixed number of queries for
    /// a whole page.
    static func actions(
        _ actions: [RecommendationAction], on req: Request,
        recommendations known: [Recommendation] = []
    ) async throws -> [RecommendationActionDTO] {
        let ids = try actions.map { try $0.requireID() }
        guard !ids.isEmpty else { return [] }
        let reviews = try await CaseReviewRows.byID(Review.self, actions.map { $0.$review.id }, on: req.db)
        var recommendations = Dictionary(uniqueKeysWithValues: known.compactMap { r in r.id.map { ($0, r) } })
        let missing = actions.map { $0.$recommendation.id }.filter { recommendations[$0] == nil }
        recommendations.merge(try await CaseReviewRows.byID(Recommendation.self, missing, on: req.db)) { a, _ in a }
        let updates = try await RecommendationActionUpdate.query(on: req.db).filter(\.$action.$id ~~ ids)
            .sort(\.$date).sort(\.$id).all()
        let byAction = Dictionary(grouping: updates, by: { $0.$action.id })
        return try actions.map { action in
            try RecommendationActionDTO(
                action, review: reviews[action.$review.id],
                recommendation: recommendations[action.$recommendation.id],
                updates: byAction[try action.requireID()] ?? [], today: req.today)
        }
    }
}
