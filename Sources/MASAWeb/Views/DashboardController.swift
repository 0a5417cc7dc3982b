import MASACore
import Vapor

/// The home page: each feature's cards for this person, most pressing first.
enum DashboardController {
    @Sendable static func show(req: Request) async throws -> Response {
        let user = try req.currentUser
        var cards: [DashboardCard] = []
        for feature in req.application.features {
            cards += try await feature.dashboardCards(for: req, user: user)
        }
        cards.sort { ($0.isAlert && $0.count > 0 ? 0 : 1, $0.order) < ($1.isAlert && $1.count > 0 ? 0 : 1, $1.order) }
        let roles = user.roles.map(\.label).joined(separator: ", ")
        let chrome = try await req.chrome(title: "Dashboard", caption: "Today is \(req.today.long)")
        var blocks: [Block] = [.hint("Signed in as \(user.name) (\(roles.isEmpty ? "no roles" : roles)).")]
        blocks.append(cards.isEmpty ? .paragraph("Nothing needs your attention.") : .cards(cards))
        return try await req.renderPage(chrome, blocks)
    }
}
