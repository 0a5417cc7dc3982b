import Foundation
import MASACore
import Vapor

/// What the home page shows a person: each feature's cards for them, most pressing first.
package struct DashboardFacts: Sendable {
    package let userName: String
    package let roles: [Role]
    package let today: LocalDate
    package let cards: [DashboardCard]

    package init(userName: String, roles: [Role], today: LocalDate, cards: [DashboardCard]) {
        self.userName = userName
        self.roles = roles
        self.today = today
        self.cards = Self.ordered(cards)
    }

    /// The features' card sources run at the same time, so the page takes as long as the slowest card rather than
    /// the sum of them all.
    static func gather(_ req: Request, for user: CurrentUser) async throws -> DashboardFacts {
        let sources = req.application.registry.dashboardCards
        let cards = try await withThrowingTaskGroup(of: [DashboardCard].self) { group in
            for source in sources { group.addTask { try await source(req, user) } }
            return try await group.reduce(into: []) { $0 += $1 }
        }
        return DashboardFacts(userName: user.name, roles: user.roles, today: req.today, cards: cards)
    }

    /// Alerts with something to count first, then every card in its feature's order.
    static func ordered(_ cards: [DashboardCard]) -> [DashboardCard] {
        cards.sorted { ($0.isAlert && $0.count > 0 ? 0 : 1, $0.order) < ($1.isAlert && $1.count > 0 ? 0 : 1, $1.order) }
    }
}

/// The home page as blocks: who is signed in with which roles, then the cards, or a line saying nothing needs them.
package struct DashboardPage: Sendable {
    package let facts: DashboardFacts

    package init(facts: DashboardFacts) { self.facts = facts }

    package var caption: String { "Today is \(facts.today.long)" }

    package func blocks() -> [Block] {
        let roles = facts.roles.map(\.label).joined(separator: ", ")
        return [.hint("Signed in as \(facts.userName) (\(roles.isEmpty ? "no roles" : roles))."),
                facts.cards.isEmpty ? .paragraph("Nothing needs your attention.") : .cards(facts.cards)]
    }
}
