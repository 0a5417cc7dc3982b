import Fluent
import MASACore
import MASAWeb
import Reviews
import Vapor

/// The SAR referral pages: the list with each one's acknowledgement clock and s44 basis, and one referral.
enum SARReferralController {
    @Sendable static func list(req: Request) async throws -> Response {
        let list = ListQuery<SARReferralListSort>(req, default: .received, descending: true)
        let facts = try await AdultsQueries.referrals(list, try await ClockContext.make(req))
        let page = SARReferralListPage(facts: facts, canManage: try req.currentUser.can(.manageCaseReviews))
        let chrome = try await req.chrome(title: "SAR referrals", caption: "Case reviews",
                                          breadcrumbs: [Crumb("Case reviews", CaseReviewPaths.dashboard.path)])
        return try await req.renderPage(chrome, page.blocks())
    }

    @Sendable static func show(req: Request) async throws -> Response {
        try await render(req, try await SARReferral.find("referralID", in: req))
    }

    /// Also shown again, with the reason, when commissioning is refused.
    static func render(_ req: Request, _ referral: SARReferral, errors: [PageChrome.ErrorLink] = [],
                       status: HTTPStatus = .ok) async throws -> Response {
        let facts = try await AdultsQueries.referral(referral, try await ClockContext.make(req))
        let page = SARReferralPage(facts: facts, canManage: try req.currentUser.can(.manageCaseReviews))
        let crumbs = [Crumb("Case reviews", CaseReviewPaths.dashboard.path),
                      Crumb("SAR referrals", AdultsPaths.referrals.path)]
        let chrome = try await req.chrome(title: facts.code, caption: "SAR referral", breadcrumbs: crumbs,
                                          errors: errors)
        return try await req.renderPage(chrome, page.blocks(csrf: req.csrfToken), status: status)
    }
}
