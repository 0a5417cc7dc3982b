@testable import AdultReviews
@testable import CaseReviews
@testable import ChildrenReviews
@testable import Learning
@testable import MASAWeb
@testable import Reviews
import Foundation
import MASACore
import MASATestSupport
import Testing

/// The case reviews dashboard as a page model: what the query function reads and what the blocks show.
@Suite("Clocks dashboard page model")
struct ClockDashboardPageModelTests {
    typealias D = ChildrenTestData

    @Test func theDashboardQueryReadsTheClocksAndTheYearsCounts() async throws {
        try await withMASA { t in
            _ = try await D.incident(t)
            try await AdultTest.referral(t.db, agency: t.f.council, decision: .noReview)
            let review = try await LearningFixture.review(t, "Child A")
            let recommendation = try await LearningFixture.recommendation(t, review, "Escalate sooner")
            try await LearningFixture.action(t, recommendation, "Train staff", agency: t.f.police, due: "2026-10-01")
            let facts = try await ClockDashboardQueries.dashboard(try await PageModel.clocks(t))
            #expect(facts.today == testToday && facts.year.label == "2026/27")
            #expect(Set(facts.clocks.map(\.code)) == ["Child T1", "Adult R1", "Child A"])
            #expect(facts.referralsByAgency.map(\.agency) == ["Testshire Council"])
            #expect(facts.sarDecisions == ["no-review": 1] && facts.rapidReviewDecisions.isEmpty)
            #expect(facts.openActions.map(\.agency) == ["Testshire Police"] && facts.openActions.first?.overdue == 1)
        }
    }

    @Test func theDashboardWarnsOfClocksNeedingAttentionMostUrgentFirst() {
        let calendar = PageModel.calendar
        func item(_ code: String, start: String, done: String? = nil) -> ClockItem {
            ClockItem(ClockRules.panelNotified, code: code, href: "/\(code)",
                      clock: StatutoryClock(start: PageModel.date(start), limit: 5, unit: .workingDays,
                                            completed: done.map(PageModel.date), today: testToday,
                                            calendar: calendar),
                      warning: nil)
        }
        let facts = ClockDashboardFacts(
            today: testToday, year: FinancialYear(containing: testToday),
            clocks: [item("Child B", start: "2026-11-16"), item("Child A", start: "2026-11-02"),
                     item("Child C", start: "2026-11-02", done: "2026-11-04")],
            referralsByAgency: [(agency: "Testshire Council", referrals: 2)], rapidReviewDecisions: [:],
            sarDecisions: ["commission": 1], openActions: [])
        let page = ClockDashboardPage(facts: facts)
        let text = PageModel.text(page.blocks())
        #expect(page.caption == "Today is 18 November 2026")
        #expect(text.contains("1 statutory clock needs attention: overdue, due today, or completed but not sent."))
        let overdue = text.range(of: "Child A Panel notified"), running = text.range(of: "Child B Panel notified")
        #expect(overdue.map { first in running.map { first.lowerBound < $0.lowerBound } ?? false } == true,
                "overdue before running")
        #expect(!text.contains("Child C Panel notified (5 working days) 9 November"), "met clocks are not open")
        #expect(text.contains("Panel notified (5 working days) Statutory guidance: Working Together to Safeguard "
                              + "Children 2023 (the duty to notify: Children Act 2004 s16C) 1 0 1"),
                "this year: one on time, one overdue, and where the limit comes from")
        #expect(text.contains("SAR referrals by referring agency, 2026/27") && text.contains("Testshire Council 2"))
        #expect(text.contains("SAR referral Commission a safeguarding adults review 1"))
        #expect(text.contains("No recommendation actions are open."))
        let calm = ClockDashboardFacts(today: testToday, year: facts.year, clocks: [], referralsByAgency: [],
                                       rapidReviewDecisions: [:], sarDecisions: [:], openActions: [])
        let quiet = PageModel.text(ClockDashboardPage(facts: calm).blocks())
        #expect(!quiet.contains("attention") && quiet.contains("No clocks are running."))
    }
}
