import MASACore
import Vapor

/// The home page: each feature's cards for this person, most pressing first.
enum DashboardController {
    @Sendable static func show(req: Request) async throws -> Response {
        let page = DashboardPage(facts: try await DashboardFacts.gather(req, for: try req.currentUser))
        let chrome = try await req.chrome(title: "Dashboard", caption: page.caption)
        return try await req.renderPage(chrome, page.blocks())
    }
}
