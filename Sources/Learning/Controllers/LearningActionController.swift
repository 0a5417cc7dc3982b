import Fluent
import MASACore
import MASAWeb
import Reviews
import Vapor

/// One recommendation action with its progress, and the routes that add or change it.
enum LearningActionController {
    @Sendable static func show(req: Request) async throws -> Response {
        let action = try await RecommendationAction.find("actionID", in: req)
        let facts = try await LearningActionQueries.action(action, on: req.db)
        let user = try req.currentUser
        let page = LearningActionPage(facts: facts, today: req.today, canRead: user.can(.viewCaseReviews),
                                      canUpdate: user.can(.updateRecommendation, owningAgency: facts.ownerAgencyID),
                                      canManage: user.can(.manageCaseReviews))
        let crumbs = [Crumb("Learning", LearningPaths.home.path),
                      Crumb("Recommendations", LearningPaths.actions.path)]
        let chrome = try await req.chrome(title: facts.title, caption: "Action on a recommendation",
                                          breadcrumbs: crumbs)
        return try await req.renderPage(chrome, page.blocks())
    }

    @Sendable static func new(req: Request) async throws -> Response {
        var state = FormState()
        state.set("due", date: req.today.adding(months: 6))
        let recommendation = try await Recommendation.find("recommendationID", in: req)
        return try await LearningActionForm.render(req, state, recommendation: recommendation, action: nil)
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let recommendation = try await Recommendation.find("recommendationID", in: req)
        return try await LearningActionForm.save(req, recommendation: recommendation, action: nil)
    }

    @Sendable static func edit(req: Request) async throws -> Response {
        let action = try await RecommendationAction.find("actionID", in: req)
        var state = FormState()
        state.set("title", action.title)
        OwnedWork.fill(&state, agencyID: action.$ownerAgency.id, ownerName: action.ownerName, due: try action.dueDate)
        let recommendation = try await action.$recommendation.get(on: req.db)
        return try await LearningActionForm.render(req, state, recommendation: recommendation, action: action)
    }

    @Sendable static func update(req: Request) async throws -> Response {
        let action = try await RecommendationAction.find("actionID", in: req)
        let recommendation = try await action.$recommendation.get(on: req.db)
        return try await LearningActionForm.save(req, recommendation: recommendation, action: action)
    }
}
