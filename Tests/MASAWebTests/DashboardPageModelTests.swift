import Foundation
import MASACore
import MASATestSupport
@testable import MASAWeb
import Testing

/// The home page as a page model: the cards gathered for a person, and what the blocks show.
@Suite("Dashboard page model")
struct DashboardPageModelTests {
    static func card(_ title: String, count: Int, alert: Bool = false, order: Int) -> DashboardCard {
        DashboardCard(title: title, count: count, body: "About \(title)", href: "/\(order)", isAlert: alert,
                      order: order)
    }

    @Test func theDashboardGathersEveryFeaturesCardsForThePerson() async throws {
        try await withMASA { t in
            let account = try await User.find(t.f.users[.businessUnit], on: t.db)!
            let user = try CurrentUser(account, agencyName: nil)
            let facts = try await DashboardFacts.gather(PageModel.request(t), for: user)
            #expect(facts.userName == "Business unit Person" && facts.roles == [.businessUnit])
            #expect(facts.today == testToday && !facts.cards.isEmpty)
            let pressing = facts.cards.prefix { $0.isAlert && $0.count > 0 }
            #expect(facts.cards.dropFirst(pressing.count).allSatisfy { !($0.isAlert && $0.count > 0) })
        }
    }

    @Test func alertsWithSomethingToCountComeFirstThenTheFeaturesOrder() {
        let facts = DashboardFacts(userName: "Ann", roles: [.viewer, .groupMember], today: testToday, cards: [
            Self.card("Groups", count: 3, order: 1), Self.card("Overdue actions", count: 2, alert: true, order: 5),
            Self.card("Overdue clocks", count: 0, alert: true, order: 2),
        ])
        #expect(facts.cards.map(\.title) == ["Overdue actions", "Groups", "Overdue clocks"])
        let page = DashboardPage(facts: facts)
        #expect(page.caption == "Today is 18 November 2026")
        let text = PageModel.text(page.blocks())
        #expect(text.hasPrefix("Signed in as Ann (Viewer, Group member)."))
        #expect(text.contains("About Overdue actions") && !text.contains("Nothing needs your attention."))
        let quiet = DashboardFacts(userName: "Bea", roles: [], today: testToday, cards: [])
        #expect(PageModel.text(DashboardPage(facts: quiet).blocks())
            == "Signed in as Bea (no roles). Nothing needs your attention.")
    }
}
