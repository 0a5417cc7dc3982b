@testable import AdultReviews
@testable import CaseReviews
@testable import ChildrenReviews
@testable import Learning
@testable import Reviews
import Fluent
import Foundation
import MASACore
import MASATestSupport
import MASAWeb
import Testing
import VaporTesting

@Suite("SAR acknowledgement and publication clocks")
struct AdultClockTests {
    func context(_ t: TestContext) async throws -> ClockContext {
        ClockContext(
            db: t.db, today: testToday, calendar: try await t.app.workingDayCalendar(on: t.db),
            settings: try await CaseReviewSettings.current(on: t.db))
    }

    @Test func acknowledgementStatesOverFiveWorkingDays() async throws {
        try await withMASA { t in
            // Today is Wednesday 18 November 2026; five working days from the receipt date, which is day 0.
            try await AdultTest.referral(t.db, agency: t.f.council, code: "Adult C1", received: "2026-11-10")
            try await AdultTest.referral(t.db, agency: t.f.council, code: "Adult C2", received: "2026-11-11")
            try await AdultTest.referral(t.db, agency: t.f.council, code: "Adult C3", received: "2026-11-16")
            try await AdultTest.referral(
                t.db, agency: t.f.council, code: "Adult C4", received: "2026-11-02", acknowledged: "2026-11-09")
            try await AdultTest.referral(
                t.db, agency: t.f.council, code: "Adult C5", received: "2026-11-02", acknowledged: "2026-11-10")
            let items = try await AdultsRoutes.clocks(try await context(t))
            let states = Dictionary(uniqueKeysWithValues: items.map { ($0.code, $0.clock.state) })
            #expect(
                states == [
                    "Adult C1": .overdue, "Adult C2": .dueToday, "Adult C3": .running, "Adult C4": .met,
                    "Adult C5": .metLate,
                ])
            #expect(items.allSatisfy { $0.type == "SAR referral acknowledged (5 working days)" })
            #expect(items.first { $0.code == "Adult C1" }?.clock.due == LocalDate(year: 2026, month: 11, day: 17))
            let page = try await t.browser(as: .independentScrutineer).get("/case-reviews/sar-referrals")
            #expect(
                page.html.contains(">Overdue<") && page.html.contains(">Due today<") && page.html.contains(">Met late<")
            )
        }
    }

    @Test func theSettingChangesTheLimit() async throws {
        try await withMASA { t in
            let referral = try await AdultTest.referral(
                t.db, agency: t.f.council, code: "Adult C1", received: "2026-11-10")
            // The fixture has saved settings already: change them, as the settings page does.
            try await SettingValues.set(CaseReviewSettings.sarAcknowledgementDays, to: "7", on: t.db)
            let items = try await AdultsRoutes.clocks(try await context(t))
            #expect(items.count == 1)
            #expect(items[0].type == "SAR referral acknowledged (7 working days)")
            #expect(items[0].clock.state == .running && items[0].clock.due == LocalDate(year: 2026, month: 11, day: 19))
            let page = try await t.browser(as: .independentScrutineer).get(
                "/case-reviews/sar-referrals/\(referral.id!)")
            #expect(
                page.html.contains("7 working days from receipt")
                    && page.html.contains(">Running</strong> Due 19 November 2026"))
        }
    }

    @Test func publicationClocksOfSARsOnly() async throws {
        try await withMASA { t in
            try await AdultTest.review(t.db, code: "Adult Q1", kind: .safeguardingAdultsReview, decided: "2026-06-01")
            try await AdultTest.review(t.db, code: "Child Q2", kind: .lcspr, decided: "2026-05-10")
            let items = try await AdultsRoutes.clocks(try await context(t))
            #expect(items.map(\.code) == ["Adult Q1"])
            #expect(items[0].type == "SAR final report agreed (6 calendar months)" && items[0].clock.state == .running)
            #expect(items[0].rule.source == .guidance && items[0].rule.unconfirmed, "a target in guidance, not a duty")
            #expect(items[0].clock.due == LocalDate(year: 2026, month: 12, day: 1))
            #expect(items[0].href.hasPrefix("/case-reviews/reviews/"))
        }
    }
}
