@testable import CaseReviews
@testable import ChildrenReviews
@testable import Reviews
import Fluent
import Foundation
import MASACore
import MASATestSupport
import MASAWeb
import Testing
import VaporTesting

/// Notifications that need no rapid review get no 15-day clock and no way to record or commission one.
@Suite("Notifications that need no rapid review")
struct ChildrenNotificationKindTests {
    typealias D = ChildrenTestData

    static func notifyDeath(_ t: TestContext, status: String, code: String) async throws -> SeriousIncident {
        let response = try await t.browser(as: .businessUnit).post(
            "/case-reviews/incidents/new",
            D.with(
                D.incidentForm(code: code),
                [
                    ("childStatus", status), ("lookedAfterDeath", status == "looked-after" ? "true" : ""),
                    ("abuseCertainty", "not-suspected"), ("abuseTypes", ""),
                ]))
        #expect(response.status == .seeOther, "\(response.body.string.prefix(300))")
        return try #require(try await SeriousIncident.query(on: t.db).filter(\.$code == code).first())
    }

    @Test func deathsNeedingNoRapidReviewHaveNoClockNoFormAndNoCommissioning() async throws {
        try await withMASA { t in
            let lookedAfter = try await Self.notifyDeath(t, status: "looked-after", code: "Child N1")
            let careLeaver = try await Self.notifyDeath(t, status: "care-leaver", code: "Child N2")
            let manager = try await t.browser(as: .businessUnit)
            for incident in [lookedAfter, careLeaver] {
                let id = try incident.requireID()
                let page = try await manager.get("/case-reviews/incidents/\(id)")
                #expect(page.status == .ok)
                #expect(page.html.contains("No rapid review needed") && !page.html.contains("Rapid review sent (15"))
                #expect(page.html.contains("Panel notified (5 working days)"), "the notification clock still runs")
                let rapid = try await manager.get("/case-reviews/incidents/\(id)/rapid-review")
                #expect(rapid.status == .ok && !rapid.html.contains("Start the rapid review"))
                #expect(!rapid.html.contains("Commission the review"))
                for path in ["rapid-review/edit", "rapid-review/agency-summaries/new"] {
                    let refused = try await manager.get("/case-reviews/incidents/\(id)/\(path)")
                    #expect(refused.status == .conflict, "\(path)")
                    #expect(refused.html.contains("needs no rapid review") || refused.html.contains("no rapid review"))
                }
                let posted = try await manager.post("/case-reviews/incidents/\(id)/rapid-review/commission", [])
                #expect(posted.status == .conflict)
            }
            #expect(try await RapidReview.query(on: t.db).count() == 0, "nothing of a rapid review was recorded")
            let context = ClockContext(
                db: t.db, today: testToday, calendar: try await t.app.workingDayCalendar(on: t.db),
                settings: try await CaseReviewSettings.current(on: t.db))
            let clocks = try await ChildrenRoutes.clocks(context)
            #expect(clocks.filter { $0.rule == ClockRules.rapidReviewSent }.isEmpty)
            #expect(clocks.filter { $0.rule == ClockRules.panelNotified }.count == 2)
        }
    }

    @Test func aCareLeaversSeriousHarmIsNotAChildsNotification() async throws {
        try await withMASA { t in
            let response = try await t.browser(as: .businessUnit).post(
                "/case-reviews/incidents/new",
                D.with(
                    D.incidentForm(code: "Child N3"), [("childStatus", "care-leaver"), ("harm", "seriously-harmed")]))
            #expect(response.status == .unprocessableEntity)
            #expect(response.html.contains("death is notified: serious harm to a care leaver aged 18 or over"))
            #expect(try await SeriousIncident.query(on: t.db).count() == 0)
        }
    }

    @Test func aSeriousIncidentStillHasItsRapidReview() async throws {
        try await withMASA { t in
            let incident = try await D.incident(t)
            let page = try await t.browser(as: .businessUnit).get(
                "/case-reviews/incidents/\(incident.id!)/rapid-review")
            #expect(page.html.contains("Start the rapid review") && page.html.contains("15 working days"))
            #expect(page.html.contains("Child Safeguarding Practice Review Panel guidance"), "the clock's source")
        }
    }
}
