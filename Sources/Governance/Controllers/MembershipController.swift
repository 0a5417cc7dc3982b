import Fluent
import MASACore
import MASAWeb
import Vapor

/// Which agencies sit on which groups, and which contribute to the budget: the arrangements document's
/// relevant-agency matrix, kept live.
enum MembershipController {
    @Sendable static func matrix(req: Request) async throws -> Response {
        let page = MembershipMatrixPage(facts: try await MembershipMatrixFacts.read(today: req.today, on: req.db))
        let chrome = try await req.chrome(title: "Membership matrix",
                                          breadcrumbs: [Crumb("Groups", GovernancePaths.groups.path)])
        return try await req.renderPage(chrome, page.blocks())
    }
}
