import Fluent
import MASACore
import MASAWeb
import Reviews
import Vapor

/// Domestic homicide reviews: the list and one review with its link to a SAR or LCSPR about the same family.
enum DHRController {
    @Sendable static func list(req: Request) async throws -> Response {
        let list = ListQuery<DHRListSort>(req, default: .notified, descending: true)
        let facts = try await DHRQueries.list(list, on: req.db)
        let page = DHRListPage(facts: facts, canManage: try req.currentUser.can(.manageCaseReviews))
        let chrome = try await req.chrome(title: "Domestic homicide reviews", caption: "Case reviews",
                                          breadcrumbs: [Crumb("Case reviews", CaseReviewPaths.dashboard.path)])
        return try await req.renderPage(chrome, page.blocks())
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let dhr = try await DomesticHomicideReview.find("dhrID", in: req)
        let facts = try await DHRQueries.dhr(dhr, on: req.db)
        let page = DHRPage(facts: facts, canManage: try req.currentUser.can(.manageCaseReviews))
        let crumbs = [Crumb("Case reviews", CaseReviewPaths.dashboard.path),
                      Crumb("Domestic homicide reviews", AdultsPaths.dhrs.path)]
        let chrome = try await req.chrome(title: facts.code, caption: "Domestic homicide review", breadcrumbs: crumbs)
        return try await req.renderPage(chrome, page.blocks())
    }
}
