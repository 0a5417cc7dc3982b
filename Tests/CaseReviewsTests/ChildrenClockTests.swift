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

@Suite("Children's statutory clocks")
struct ChildrenClockTests {
    typealias D = ChildrenTestData

    func context(_ t: TestContext, today: LocalDate = testToday) async throws -> ClockContext {
        ClockContext(
            db: t.db, today: today, calendar: try await t.app.workingDayCalendar(on: t.db),
            settings: try await CaseReviewSettings.current(on: t.db))
    }

    func clocks(
        _ incident: SeriousIncident, _ review: RapidReview? = nil, today: LocalDate = testToday,
        calendar: WorkingDayCalendar = .englandAndWales, notification: Bool = true
    ) throws -> IncidentClocks {
        try IncidentClocks(incident, review, today: today, calendar: calendar, startsAtNotification: notification)
    }

    @Test func thePanelMustBeNotifiedWithinFiveWorkingDaysOfBecomingAware() async throws {
        try await withMASA { t in
            let onTime = try await D.incident(t, code: "Child T1", panel: D.date(2026, 11, 9))
            #expect(try clocks(onTime).panel.due == D.date(2026, 11, 9) && clocks(onTime).panel.state == .met)
            let late = try await D.incident(
                t, code: "Child T2", panel: D.date(2026, 11, 10), partners: D.date(2026, 11, 10))
            #expect(try clocks(late).panel.state == .metLate && clocks(late).partners.state == .metLate)
            let missing = try await D.incident(t, code: "Child T3", panel: nil, partners: nil)
            #expect(try clocks(missing).panel.state == .overdue && clocks(missing).partners.state == .overdue)
            #expect(try clocks(missing, today: D.date(2026, 11, 9)).panel.state == .dueToday)
        }
    }

    @Test func theRapidReviewClockStartsWhereThePartnershipSays() async throws {
        try await withMASA { t in
            let incident = try await D.incident(t)
            #expect(
                try clocks(incident).rapidReview?.due == D.date(2026, 11, 26),
                "15 working days from notification on 5 November")
            #expect(
                try clocks(incident, notification: false).rapidReview?.due == D.date(2026, 11, 30),
                "from partners informed on 9 November")
            let byDefault = try await ChildrenRoutes.clocks(try await context(t))
            #expect(byDefault.first { $0.type == IncidentClocks.rapidReviewType }?.clock.due == D.date(2026, 11, 26))
            // The fixture has saved settings already: change them, as the settings page does.
            try await SettingValues.set(CaseReviewSettings.rapidReviewStart, to: "partners-aware", on: t.db)
            let chosen = try await ChildrenRoutes.clocks(try await context(t))
            #expect(chosen.first { $0.type == IncidentClocks.rapidReviewType }?.clock.due == D.date(2026, 11, 30))
            let page = try await t.browser(as: .independentScrutineer).get("/case-reviews/incidents/\(incident.id!)")
            #expect(page.html.contains("the date the partners were informed") && page.html.contains("30 November 2026"))
        }
    }

    @Test func beforeNotificationTheRapidReviewClockRunsFromBecomingAware() async throws {
        try await withMASA { t in
            let incident = try await D.incident(t, panel: nil)
            #expect(try clocks(incident).rapidReview?.due == D.date(2026, 11, 23))
        }
    }

    @Test func completedButNotSentIsItsOwnWarning() async throws {
        try await withMASA { t in
            let incident = try await D.incident(t)
            let review = try await D.rapidReview(t, incident, completed: D.date(2026, 11, 16))
            #expect(try clocks(incident, review).status == .completedNotSent)
            #expect(try clocks(incident, review).rapidReview?.state == .running, "not complete until sent")
            let items = try await ChildrenRoutes.clocks(try await context(t))
            let item = try #require(items.first { $0.type == IncidentClocks.rapidReviewType })
            #expect(item.warning == "Completed but not sent to the Panel" && item.needsAttention)
            #expect(item.href == "/case-reviews/incidents/\(incident.id!)/rapid-review" && item.code == "Child T1")
            review.sentToPanelOn = "2026-11-27"
            #expect(try clocks(incident, review, today: D.date(2026, 11, 27)).status == .sentLate)
        }
    }

    @Test func aBankHolidayInsideTheFifteenWorkingDaysMovesTheDueDate() async throws {
        try await withMASA { t in
            let christmas = try await D.incident(
                t, code: "Child T8", aware: D.date(2026, 12, 10), panel: D.date(2026, 12, 14))
            // Without holidays 4 January 2027; Christmas Day, Boxing Day (substitute Monday 28th) and New Year's Day
            // move it.
            #expect(try clocks(christmas, today: D.date(2026, 12, 15)).rapidReview?.due == D.date(2027, 1, 7))
            let incident = try await D.incident(t)
            try await HolidayAdjustmentRecord(date: D.date(2026, 11, 20), adding: "One-off holiday").create(on: t.db)
            let items = try await ChildrenRoutes.clocks(try await context(t))
            let clock = try #require(
                items.first { $0.code == "Child T1" && $0.type == IncidentClocks.rapidReviewType }?.clock)
            #expect(
                clock.due == D.date(2026, 11, 27), "the one-off holiday on Friday 20 November pushes 26 to 27 November")
            let page = try await t.browser(as: .independentScrutineer).get(
                "/case-reviews/incidents/\(incident.id!)/rapid-review")
            #expect(page.html.contains("27 November 2026"))
        }
    }

    @Test func publicationClocksAreReportedForChildrensReviewsOnly() async throws {
        try await withMASA { t in
            for (code, kind) in [
                ("Child P1", ReviewKind.lcspr), ("Child P2", .nationalReview), ("Adult P3", .safeguardingAdultsReview),
                ("Child P4", .seriousCaseReview),
            ] {
                let review = Review()
                review.code = code; review.kind = kind.rawValue; review.summary = "s"; review.decidedOn = "2026-04-01";
                review.decidedNotToPublish = false
                try await review.create(on: t.db)
            }
            let items = try await ChildrenRoutes.clocks(try await context(t))
            let publication = items.filter { $0.type == "Review published (6 calendar months)" }
            #expect(Set(publication.map(\.code)) == ["Child P1", "Child P4"])
            #expect(
                publication.allSatisfy {
                    $0.clock.due == D.date(2026, 10, 1) && $0.clock.state == .overdue
                        && $0.href.hasPrefix("/case-reviews/reviews/")
                })
            #expect(Set(items.map(\.type)) == ["Review published (6 calendar months)"])
        }
    }
}
