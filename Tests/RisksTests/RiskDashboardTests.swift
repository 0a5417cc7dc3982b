import Fluent
import Foundation
import MASACore
import MASATestSupport
import MASAWeb
@testable import Risks
import Testing
import VaporTesting

@Suite("Risk dashboard cards")
struct RiskDashboardTests {
    @Test func cardsCountDueRisksAndTheQuarterlyReview() async throws {
        try await withMASA { t in
            let make = RiskMaker(t: t)
            let reviewed = try await make.risk(1, "Reviewed", score: (3, 3), reviews: [("2026-10-02", (3, 3))])
            try await make.risk(2, "Due", score: (3, 3), reviews: [("2026-07-02", (3, 3))])
            try await make.risk(3, "Closed", score: (1, 3), status: .closed)
            let unit = try await t.browser(as: .businessUnit).get("/")
            #expect(unit.html.contains("Risks due for review") && unit.html.contains("href=\"/risks?review=due\""))
            #expect(unit.html.contains("Open or tolerated risk not yet reviewed in Q3 2026/27."))
            #expect(
                unit.html.contains("Quarterly independent review")
                    && unit.html.contains("Not yet recorded for Q3 2026/27."))
            let viewer = try await t.browser(as: .viewer).get("/")
            #expect(
                viewer.html.contains("Risks due for review") && !viewer.html.contains("Quarterly independent review"))
            // One risk's independent review is not the register's: the card waits for the register review.
            try await make.review(reviewed, "2026-11-02", score: (3, 3), independent: true)
            #expect(try await t.browser(as: .independentScrutineer).get("/").html
                .contains("Not yet recorded for Q3 2026/27."))
            try await make.registerReview("2026-11-02", considering: [reviewed])
            let scrutineer = try await t.browser(as: .independentScrutineer).get("/")
            #expect(scrutineer.html.contains("Recorded for Q3 2026/27 by Dr Ruth Adeyemi on 2 November 2026."))
        }
    }

    @Test func cardWordsAndAlerts() {
        let schedule = RiskReviewSchedule(today: testToday)
        #expect(RiskDashboard.dueCard(0, schedule).isAlert == false)
        #expect(
            RiskDashboard.dueCard(0, schedule).body == "Every open or tolerated risk has been reviewed in Q3 2026/27.")
        #expect(
            RiskDashboard.dueCard(3, schedule).isAlert
                && RiskDashboard.dueCard(3, schedule).body.hasPrefix("Open or tolerated risks"))
        let missing = RiskDashboard.independentCard(nil, schedule)
        #expect(missing.count == 0 && missing.isAlert)
        let done = RiskDashboard.independentCard(
            RegisterReviewFact(date: testToday, scrutineerName: "Dr Ruth Adeyemi", considered: 9, challenged: 2),
            schedule)
        #expect(done.count == 1 && !done.isAlert)
        #expect(done.body == "Recorded for Q3 2026/27 by Dr Ruth Adeyemi on 18 November 2026.")
    }
}
