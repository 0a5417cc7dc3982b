import Fluent
import Foundation
@testable import Governance
import MASACore
import MASATestSupport
import MASAWeb
import Testing

/// A meeting, attendance, action or group value edited outside MASA into something that does not read fails the
/// pages that show it, naming the record, rather than showing 1 January 1970 or a default status.
@Suite("Governance values that cannot be read")
struct GovernanceStoredValueTests {
    typealias M = MeetingColumns

    @Test func aMeetingDateThatIsNoDateFailsItsPagesNamingTheMeeting() async throws {
        try await withMASA { t in
            let fixture = try await GovernanceFixture.make(t)
            let id = try fixture.meeting.requireID()
            try await t.overwrite(M.table, M.date, of: id, with: "2026-10-06 10:00")
            let meeting = try #require(try await Meeting.find(id, on: t.db))
            await expectUnreadable(M.table, M.date, of: id, value: "2026-10-06 10:00") { _ = try meeting.localDate }
            let browser = try await t.browser(as: .viewer)
            for path in ["/meetings", "/meetings/\(id)", "/groups/\(fixture.group.id!)", "/groups/attendance",
                         "/actions/\(fixture.action.id!)"] {
                let page = try await browser.get(path)
                expectErrorPage(page)
                #expect(!page.html.contains("1970"), "\(path) shows no guessed date")
            }
            #expect(try await t.api("/api/v1/meetings", token: t.apiToken([.viewPartnership])).status
                    == .internalServerError)
        }
    }

    @Test func anUnknownMeetingStatusFailsTheListsAndTheCountsNamingTheMeeting() async throws {
        try await withMASA { t in
            let fixture = try await GovernanceFixture.make(t)
            let id = try fixture.meeting.requireID()
            try await t.overwrite(M.table, M.status, of: id, with: "postponed")
            let meeting = try #require(try await Meeting.find(id, on: t.db))
            await expectUnreadable(M.table, M.status, of: id) { _ = try meeting.meetingStatus }
            await expectUnreadable(M.table, M.status, of: id) {
                _ = try await GovernanceQueries.heldAndCancelled(in: FinancialYear(containing: testToday), on: t.db)
            }
            let browser = try await t.browser(as: .viewer)
            for path in ["/meetings", "/meetings/\(id)", "/groups"] { expectErrorPage(try await browser.get(path)) }
        }
    }

    @Test func anUnknownAttendanceFailsTheMeetingAndTheFiguresNamingTheRow() async throws {
        try await withMASA { t in
            let fixture = try await GovernanceFixture.make(t)
            let row = try #require(try await Attendance.query(on: t.db).filter(\.$agency.$id == t.f.police).first())
            let id = try row.requireID()
            try await t.overwrite(AttendanceColumns.table, AttendanceColumns.kind, of: id, with: "sent a deputy")
            await expectUnreadable(AttendanceColumns.table, AttendanceColumns.kind, of: id) {
                _ = try await AttendanceFigures.agencies(in: FinancialYear(containing: testToday), on: t.db)
            }
            let browser = try await t.browser(as: .viewer)
            for path in ["/meetings/\(fixture.meeting.id!)", "/groups/attendance"] {
                let page = try await browser.get(path)
                expectErrorPage(page)
                #expect(!page.html.contains("Did not attend"), "no guessed absence")
            }
        }
    }

    @Test func anActionsStatusAndDatesThatDoNotReadFailItsPagesNamingTheAction() async throws {
        try await withMASA { t in
            let fixture = try await GovernanceFixture.make(t)
            let id = try fixture.action.requireID()
            let browser = try await t.browser(as: .viewer)
            typealias A = ActionColumns
            let changes: [(FieldKey, String, String?)] = [
                (A.status, "finished", "open"), (A.due, "end of term", "2026-11-01"),
                (A.completedOn, "2026-02-30", nil),
            ]
            for (column, value, original) in changes {
                try await t.overwrite(A.table, column, of: id, with: value)
                let action = try #require(try await Action.find(id, on: t.db))
                await expectUnreadable(A.table, column, of: id) {
                    _ = (try action.isOverdue(today: testToday), try action.completedDate)
                }
                for path in ["/actions?status=all", "/actions/\(id)", "/meetings/\(fixture.meeting.id!)"]
                    where column != A.completedOn || path == "/actions/\(id)" {
                    expectErrorPage(try await browser.get(path))
                }
                if let original { try await t.overwrite(A.table, column, of: id, with: original) }
                else { try await t.overwriteWithNull(A.table, column, of: id) }
            }
            #expect(try await browser.get("/actions/\(id)").status == .ok, "each value put back reads again")
        }
    }

    @Test func aProgressNoteThatDoesNotReadFailsTheActionNamingTheNote() async throws {
        try await withMASA { t in
            let fixture = try await GovernanceFixture.make(t)
            let update = try await fixture.addProgressNote(t)
            let id = try update.requireID()
            typealias U = ActionUpdateColumns
            try await t.overwrite(U.table, U.statusAfter, of: id, with: "nearly")
            let stored = try #require(try await ActionUpdate.find(id, on: t.db))
            await expectUnreadable(U.table, U.statusAfter, of: id) { _ = try stored.actionStatus }
            expectErrorPage(try await t.browser(as: .viewer).get("/actions/\(fixture.action.id!)"))
            try await t.overwrite(U.table, U.statusAfter, of: id, with: ActionStatus.inProgress.rawValue)
            try await t.overwrite(U.table, U.date, of: id, with: "last Tuesday")
            let undated = try #require(try await ActionUpdate.find(id, on: t.db))
            await expectUnreadable(U.table, U.date, of: id) { _ = try undated.localDate }
            let token = try await t.apiToken([.viewPartnership])
            #expect(try await t.api("/api/v1/actions", token: token).status == .internalServerError)
        }
    }

    @Test func aGroupsKindScopeOrReviewDateThatDoesNotReadFailsItsPagesNamingTheGroup() async throws {
        try await withMASA { t in
            let fixture = try await GovernanceFixture.make(t)
            let id = try fixture.group.requireID()
            let browser = try await t.browser(as: .businessUnit)
            typealias G = GroupColumns
            let changes = [
                (G.kind, "committee", GroupKind.subGroup.rawValue), (G.scope, "everyone", Scope.allAge.rawValue),
                (G.termsNextReview, "next spring", "2026-11-01"),
            ]
            for (column, value, original) in changes {
                try await t.overwrite(G.table, column, of: id, with: value)
                let group = try #require(try await Group.find(id, on: t.db))
                await expectUnreadable(G.table, column, of: id) {
                    _ = (try group.groupKind, try group.groupScope, try group.terms(today: testToday))
                }
                for path in ["/groups", "/groups/\(id)"] { expectErrorPage(try await browser.get(path)) }
                if column == G.termsNextReview {
                    expectErrorPage(try await browser.get("/groups/\(id)/edit"))
                    expectErrorPage(try await browser.get("/"))
                }
                try await t.overwrite(G.table, column, of: id, with: original)
            }
            #expect(try await browser.get("/groups").status == .ok)
        }
    }
}
