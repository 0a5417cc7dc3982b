import Fluent
import Foundation
@testable import Governance
import MASACore
import MASATestSupport
import MASAWeb
import Testing
import VaporTesting

@Suite("Actions")
struct ActionTests {
    @Test func addAnActionAtAMeeting() async throws {
        try await withMASA { t in
            let fixture = try await GovernanceFixture.make(t)
            let browser = try await t.browser(as: .statutoryPartnerLead)
            let early = try await browser.post(
                "/meetings/\(fixture.meeting.id!)/actions/new",
                [
                    ("title", "Report return rates"), ("ownerAgency", t.f.school.uuidString),
                    ("ownerName", "Sue Example"),
                    ("due-day", "1"), ("due-month", "10"), ("due-year", "2026"),
                ])
            #expect(early.status == .unprocessableEntity)
            #expect(early.html.contains("The due date must be on or after the meeting"))
            let response = try await browser.post(
                "/meetings/\(fixture.meeting.id!)/actions/new",
                [
                    ("title", "Report return rates"), ("ownerAgency", t.f.school.uuidString),
                    ("ownerName", "Sue Example"),
                    ("due-day", "15"), ("due-month", "1"), ("due-year", "2027"),
                ])
            #expect(response.status == .seeOther)
            let action = try #require(
                try await Action.query(on: t.db).filter(\.$title == "Report return rates").first())
            #expect(action.status == "open" && action.due == "2027-01-15" && action.$group.id == fixture.group.id!)
        }
    }

    @Test func overdueActionsStandOutOnTheListAndDashboard() async throws {
        try await withMASA { t in
            _ = try await GovernanceFixture.make(t)
            let browser = try await t.browser(as: .businessUnit)
            let list = try await browser.get("/actions?status=overdue")
            #expect(list.html.contains("Circulate the audit findings") && list.html.contains("Overdue"))
            let home = try await browser.get("/")
            let card = home.html.components(separatedBy: "Overdue actions").dropFirst().first ?? ""
            #expect(card.prefix(200).contains(">1<"))
            #expect(home.html.contains("app-card--alert"))
        }
    }

    @Test func contributorSeesAndUpdatesTheirOwnAgencysActions() async throws {
        try await withMASA { t in
            let fixture = try await GovernanceFixture.make(t)
            let contributor = try await t.browser(as: .agencyContributor)
            let home = try await contributor.get("/")
            #expect(
                home.html.contains("Our agency&#39;s open actions") || home.html.contains("Our agency's open actions"))
            let mine = try await contributor.get("/actions?agency=mine")
            #expect(mine.html.contains("Our actions") && mine.html.contains("Circulate the audit findings"))
            let id = fixture.action.id!
            let missingEvidence = try await contributor.post(
                "/actions/\(id)/progress", [("status", "done"), ("note", "Sent to all members")])
            #expect(missingEvidence.status == .unprocessableEntity)
            #expect(missingEvidence.html.contains("Enter the evidence that the action is done"))
            let done = try await contributor.post(
                "/actions/\(id)/progress",
                [("status", "done"), ("note", "Sent to all members"), ("evidence", "Email of 10 November")])
            #expect(done.status == .seeOther)
            let action = try #require(try await Action.find(id, on: t.db))
            #expect(
                action.status == "done" && action.completedOn == "2026-11-18"
                    && action.evidence == "Email of 10 November")
            #expect(
                try await ActionUpdate.query(on: t.db).filter(\.$action.$id == id).first()?.authorName
                    == "Agency contributor Person")
        }
    }

    @Test func contributorCannotTouchAnotherAgencysAction() async throws {
        try await withMASA { t in
            let fixture = try await GovernanceFixture.make(t, actionAgency: t.f.police)
            let contributor = try await t.browser(as: .agencyContributor)
            #expect(try await contributor.get("/actions/\(fixture.action.id!)/progress").status == .forbidden)
            let response = try await contributor.post(
                "/actions/\(fixture.action.id!)/progress", [("status", "done"), ("note", "x"), ("evidence", "y")])
            #expect(response.status == .forbidden)
            #expect(try await Action.find(fixture.action.id!, on: t.db)?.status == "open")
            #expect(!(try await contributor.get("/actions/\(fixture.action.id!)")).html.contains("Update progress"))
        }
    }

    @Test func droppingNeedsAReason() async throws {
        try await withMASA { t in
            let fixture = try await GovernanceFixture.make(t)
            let browser = try await t.browser(as: .businessUnit)
            let id = fixture.action.id!
            let noReason = try await browser.post(
                "/actions/\(id)/progress", [("status", "dropped"), ("note", "No longer needed")])
            #expect(noReason.html.contains("Enter why the action is being dropped"))
            let dropped = try await browser.post(
                "/actions/\(id)/progress",
                [("status", "dropped"), ("note", "No longer needed"), ("reason", "Superseded")])
            #expect(dropped.status == .seeOther)
            let page = try await browser.get("/actions/\(id)")
            #expect(page.html.contains("Superseded") && page.html.contains("Dropped"))
            #expect(!(try await browser.get("/actions?status=overdue")).html.contains("Circulate the audit findings"))
        }
    }

    @Test func unknownActionIsNotFound() async throws {
        try await withMASA { t in
            let browser = try await t.browser(as: .businessUnit)
            #expect(try await browser.get("/actions/\(UUID())").status == .notFound)
            #expect(
                try await browser.post("/actions/\(UUID())/progress", [("status", "open"), ("note", "x")]).status
                    == .notFound)
        }
    }
}
