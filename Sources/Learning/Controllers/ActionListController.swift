import Fluent
import MASACore
import MASAWeb
import Reviews
import Vapor

/// Every recommendation action across reviews, filtered by agency ("my agency" for contributors), status or overdue,
/// with what each agency owes.
enum ActionListController {
    @Sendable static func list(req: Request) async throws -> Response {
        let list = ListQuery<ActionListSort>(req, default: .due, keep: ["status", "agency"])
        let user = try req.currentUser
        let facts = try await ActionListQueries.actions(list, myAgency: user.agencyID, today: req.today, on: req.db)
        let page = ActionListPage(facts: facts, today: req.today, canRead: user.can(.viewCaseReviews),
                                  hasAgency: user.agencyID != nil)
        let chrome = try await req.chrome(title: page.title, breadcrumbs: [Crumb("Learning", LearningPaths.home.path)])
        return try await req.renderPage(chrome, page.blocks(csrf: req.csrfToken))
    }
}
