import Fluent
import Foundation
@testable import Governance
import MASACore
import MASATestSupport
import MASAWeb
import Testing
import VaporTesting

@Suite("Meetings and attendance")
struct MeetingTests {
    @Test func recordAHeldMeetingWithAttendance() async throws {
        try await withMASA { t in
            let fixture = try await GovernanceFixture.make(t)
            let browser = try await t.browser(as: .groupMember)
            let form = try await browser.get("/groups/\(fixture.group.id!)/meetings/new")
            #expect(form.status == .ok)
            #expect(
                form.html.contains("Testshire Police") && !form.html.contains("Testshire Academy"),
                "asks about member agencies only")
            let response = try await browser.post(
                "/groups/\(fixture.group.id!)/meetings/new",
                [
                    ("date-day", "12"), ("date-month", "11"), ("date-year", "2026"), ("status", "held"),
                    ("quorate", "yes"),
                    ("agenda", "Minutes\nPerformance\n\nRisks"), ("notes", "Good discussion"),
                    ("attendance-\(t.f.council)", "attended"),
                    ("people-\(t.f.council)", "Ann Example, Head of Service"),
                    ("attendance-\(t.f.police)", "apologies"), ("attendance-\(t.f.health)", "absent"),
                ])
            #expect(response.status == .seeOther)
            let meeting = try #require(try await Meeting.query(on: t.db).filter(\.$date == "2026-11-12").first())
            #expect(meeting.agendaItems == ["Minutes", "Performance", "Risks"] && meeting.isQuorate == true)
            let rows = try await Attendance.query(on: t.db).filter(\.$meeting.$id == meeting.id!).all()
            #expect(rows.count == 3)
            #expect(rows.first { $0.$agency.id == t.f.council }?.people == "Ann Example, Head of Service")
            let page = try await browser.get(response.location!)
            #expect(page.html.contains("Meeting of 12 November 2026 recorded"))
            #expect(page.html.contains("Apologies") && page.html.contains("Did not attend"))
        }
    }

    @Test func impossibleMeetingsAreRefused() async throws {
        try await withMASA { t in
            let fixture = try await GovernanceFixture.make(t)
            let browser = try await t.browser(as: .businessUnit)
            let before = try await Meeting.query(on: t.db).count()
            let future = try await browser.post(
                "/groups/\(fixture.group.id!)/meetings/new",
                [
                    ("date-day", "1"), ("date-month", "12"), ("date-year", "2026"), ("status", "held"),
                    ("attendance-\(t.f.council)", "attended"),
                ])
            #expect(future.status == .unprocessableEntity)
            #expect(future.html.contains("A meeting on a future date cannot have been held yet"))
            let nobody = try await browser.post(
                "/groups/\(fixture.group.id!)/meetings/new",
                [
                    ("date-day", "1"), ("date-month", "11"), ("date-year", "2026"), ("status", "held"),
                ])
            #expect(nobody.html.contains("A held meeting needs at least one agency marked as attended"))
            let noDate = try await browser.post(
                "/groups/\(fixture.group.id!)/meetings/new", [("date-day", "1"), ("status", "scheduled")])
            #expect(noDate.html.contains("Date of the meeting must include a month and a year"))
            #expect(try await Meeting.query(on: t.db).count() == before)
        }
    }

    @Test func changingAttendanceUpdatesTheRows() async throws {
        try await withMASA { t in
            let fixture = try await GovernanceFixture.make(t)
            let browser = try await t.browser(as: .businessUnit)
            let edit = try await browser.get("/meetings/\(fixture.meeting.id!)/edit")
            #expect(edit.html.contains("value=\"DI Example\""))
            let response = try await browser.post(
                "/meetings/\(fixture.meeting.id!)/edit",
                [
                    ("date-day", "6"), ("date-month", "10"), ("date-year", "2026"), ("status", "held"),
                    ("quorate", "unknown"),
                    ("attendance-\(t.f.council)", "attended"), ("people-\(t.f.council)", "Ann Example"),
                    ("attendance-\(t.f.police)", "attended"), ("people-\(t.f.police)", "DI Example"),
                    ("attendance-\(t.f.health)", "absent"),
                ])
            #expect(response.status == .seeOther)
            let police = try await Attendance.query(on: t.db).filter(\.$meeting.$id == fixture.meeting.id!).filter(
                \.$agency.$id == t.f.police
            ).first()
            #expect(police?.kind == "attended")
            #expect(try await Attendance.query(on: t.db).filter(\.$meeting.$id == fixture.meeting.id!).count() == 3)
        }
    }

    @Test func meetingListFiltersAndShowPageListsEverything() async throws {
        try await withMASA { t in
            let fixture = try await GovernanceFixture.make(t)
            let browser = try await t.browser(as: .viewer)
            let list = try await browser.get("/meetings?status=held")
            #expect(list.html.contains("6 October 2026"))
            #expect(!(try await browser.get("/meetings?status=cancelled")).html.contains("6 October 2026"))
            let page = try await browser.get("/meetings/\(fixture.meeting.id!)")
            #expect(page.html.contains("Ann Example") && page.html.contains("Circulate the audit findings"))
            #expect(!page.html.contains("Record a decision"), "viewers cannot record")
        }
    }

    @Test func decisionsAreRecorded() async throws {
        try await withMASA { t in
            let fixture = try await GovernanceFixture.make(t)
            let browser = try await t.browser(as: .businessUnit)
            let blank = try await browser.post("/meetings/\(fixture.meeting.id!)/decisions/new", [("summary", "  ")])
            #expect(blank.status == .unprocessableEntity && blank.html.contains("Enter the decision"))
            let response = try await browser.post(
                "/meetings/\(fixture.meeting.id!)/decisions/new", [("summary", "Agreed the audit programme")])
            #expect(response.status == .seeOther)
            #expect(
                try await browser.get("/meetings/\(fixture.meeting.id!)").html.contains("Agreed the audit programme"))
        }
    }

    @Test func attendancePageGivesHeldOfPlannedAndAgencyRates() async throws {
        try await withMASA { t in
            _ = try await GovernanceFixture.make(t)
            let browser = try await t.browser(as: .viewer)
            let page = try await browser.get("/groups/attendance?year=2026/27")
            #expect(page.html.contains("1/11"))
            let council = page.html.components(separatedBy: "Testshire Council").last ?? ""
            #expect(council.prefix(900).contains("100%"))
            let police = page.html.components(separatedBy: "Testshire Police").last ?? ""
            #expect(police.prefix(900).contains("0%"))
            let bad = try await browser.get("/groups/attendance?year=2026/99")
            #expect(bad.status == .ok && bad.html.contains("is not a financial year"))
            // 2024/25 is measured by its own plan, and the group set none before 2026/27: not today's eleven.
            let earlier = try await browser.get("/groups/attendance?year=2024/25")
            #expect(earlier.html.contains("0/0") && !earlier.html.contains("0/11"))
        }
    }
}

/// A group member records the meetings, decisions and actions of their own agency's groups, and no others.
@Suite("Group member scope")
struct GroupMemberScopeTests {
    @Test func aGroupTheirAgencyDoesNotSitOnIsRefused() async throws {
        try await withMASA { t in
            let ours = try await GovernanceFixture.make(t)
            let other = Group()
            other.name = "Police Only"; other.kind = GroupKind.subGroup.rawValue; other.scope = Scope.allAge.rawValue
            other.purpose = "x"; other.isActive = true
            try await other.create(on: t.db)
            try await GroupMembership(groupID: other.id!, agencyID: t.f.police, from: GovernanceFixture.joined)
                .create(on: t.db)
            let member = try await t.browser(as: .groupMember)
            #expect(try await member.get("/groups/\(other.id!)/meetings/new").status == .forbidden)
            let post = try await member.post(
                "/groups/\(other.id!)/meetings/new",
                [
                    ("date-day", "2"), ("date-month", "11"),
                    ("date-year", "2026"), ("status", "held"),
                ])
            #expect(post.status == .forbidden)
            #expect(try await Meeting.query(on: t.db).filter(\.$group.$id == other.id!).count() == 0)
            #expect(try await member.get("/groups/\(ours.group.id!)/meetings/new").status == .ok)
            #expect(try await member.get("/meetings/\(ours.meeting.id!)/edit").status == .ok)
        }
    }

    @Test func onlyManagersGiveAnActionToAnotherAgency() async throws {
        try await withMASA { t in
            let fixture = try await GovernanceFixture.make(t, actionAgency: t.f.council)
            let member = try await t.browser(as: .groupMember)
            let take = try await member.post(
                "/actions/\(fixture.action.id!)/edit",
                [
                    ("title", "Circulate the audit findings"), ("ownerAgency", t.f.health.uuidString),
                    ("ownerName", "Me"),
                    ("due-day", "1"), ("due-month", "12"), ("due-year", "2026"),
                ])
            #expect(take.status == .unprocessableEntity)
            #expect(
                take.html.contains(
                    "Only the business unit or a statutory partner lead can give an action to another agency"))
            let stored = try #require(try await Action.find(fixture.action.id, on: t.db))
            #expect(stored.$ownerAgency.id == t.f.council)
            let business = try await t.browser(as: .businessUnit)
            let moved = try await business.post(
                "/actions/\(fixture.action.id!)/edit",
                [
                    ("title", "Circulate the audit findings"), ("ownerAgency", t.f.health.uuidString),
                    ("ownerName", "Hal"),
                    ("due-day", "1"), ("due-month", "12"), ("due-year", "2026"),
                ])
            #expect(moved.status == .seeOther)
        }
    }
}
