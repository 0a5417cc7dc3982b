import MASACore
import Vapor

/// The home page: each feature's cards for this person, most pressing first. The features' card queries run at
/// the same time, so the page takes as long as the slowest card rather than the sum of them all.
enum DashboardController {
    @Sendable static func show(req: Request) async throws -> Response {
        let user = try req.currentUser
        let sources = req.application.registry.dashboardCards
        var cards = try await withThrowingTaskGroup(of: [DashboardCard].self) { group in
            for source in sources { group.addTask { try await source(req, user) } }
            return try await group.reduce(into: []) { $0 += $1 }
        }
        cards.sort { ($0.isAlert && $0.count > 0 ? 0 : 1, $0.order) < ($1.isAlert && $1.count > 0 ? 0 : 1, $1.order) }
        let roles = user.roles.map(\.label).joined(separator: ", ")
        let chrome = try await req.chrome(title: "Dashboard", caption: "Today is \(req.today.long)")
        var blocks: [Block] = [.hint("Signed in as \(user.name) (\(roles.isEmpty ? "no roles" : roles)).")]
        blocks.append(cards.isEmpty ? .paragraph("Nothing needs your attention.") : .cards(cards))
        return try await req.renderPage(chrome, blocks)
    }
}
