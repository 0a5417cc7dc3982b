import Fluent
import Foundation
@testable import Governance
import MASACore
import MASATestSupport
@testable import MASAWeb
import Testing

/// The meetings list, a meeting's page, the actions list and an action's page as page models.
@Suite("Governance meeting and action page models")
struct GovernanceMeetingPageModelTests {
    static func action(_ title: String, due: String, status: ActionStatus = .open) -> ActionTable.Row {
        ActionTable.Row(id: UUID(), title: title, agencyName: "Testshire Police", ownerName: "Pat Owner",
                        due: PageModel.date(due), status: status)
    }

    @Test func theMeetingsQueryFiltersByStatusAndReadsTheGroupNames() async throws {
        try await withMASA { t in
            let fixture = try await GovernanceFixture.make(t)
            let held = PageModel.list(t, "/meetings?status=held", default: MeetingController.Sort.date,
                                      descending: true, keep: ["group", "status"])
            let facts = try await MeetingListFacts.read(held, on: t.db)
            #expect(facts.meetings.items.map(\.id) == [fixture.meeting.id!] && facts.groups.count == 1)
            let cancelled = PageModel.list(t, "/meetings?status=cancelled", default: MeetingController.Sort.date,
                                           descending: true, keep: ["group", "status"])
            #expect(try await MeetingListFacts.read(cancelled, on: t.db).meetings.items.isEmpty)
        }
    }

    @Test func theMeetingsListNamesEachGroupAndKeepsTheFilters() async throws {
        try await withMASA(fixture: false) { t in
            let board = NamedRecord(id: UUID(), name: "Board")
            let list = PageModel.list(t, "/meetings?group=\(board.id)", default: MeetingController.Sort.date,
                                      descending: true, keep: ["group", "status"])
            let row = MeetingListQuery.Row(id: UUID(), groupID: board.id, date: PageModel.date("2026-10-06"),
                                           status: .cancelled)
            let facts = MeetingListFacts(meetings: ListPageFacts(list: list, items: [row],
                                                                 metadata: PageMetadata(page: 1, per: 25, total: 1)),
                                         groups: [board])
            let blocks = MeetingListPage(facts: facts).blocks(csrf: "token")
            #expect(PageModel.text(blocks).contains("6 October 2026 Board Cancelled"))
            #expect(PageModel.html(blocks).contains("<option value=\"\(board.id)\" selected"))
        }
    }

    @Test func theMeetingQueryReadsAttendanceByAgencyAndTheActionsAgreed() async throws {
        try await withMASA { t in
            let fixture = try await GovernanceFixture.make(t)
            let facts = try await MeetingFacts.read(try await Meeting.find(fixture.meeting.id, on: t.db)!, on: t.db)
            #expect(facts.title == "Quality Assurance: 6 October 2026")
            #expect(facts.attendance.map(\.agency) == ["Testshire Council", "Testshire Police"])
            #expect(facts.attendance.map(\.kind) == [.attended, .apologies] && facts.agenda == ["Minutes", "Audit"])
            #expect(facts.actions.map(\.agencyName) == ["Testshire Community Health"] && facts.decisions.isEmpty)
        }
    }

    @Test func aMeetingsPageShowsWhatHappenedAndOffersChangesOnlyToThoseWhoMay() {
        let facts = MeetingFacts(
            id: UUID(), groupID: UUID(), groupName: "Board", date: PageModel.date("2026-10-06"), status: .held,
            isQuorate: true, agenda: ["Minutes", "Audit"], notes: "",
            attendance: [.init(agency: "Testshire Police", kind: .absent, people: "")],
            decisions: ["Adopt the audit plan"], actions: [Self.action("Circulate the findings", due: "2026-11-01")])
        let text = PageModel.text(MeetingPage(facts: facts, canManage: true, today: testToday).blocks())
        #expect(text.contains("Quorate Yes Agenda 1. Minutes 2. Audit"))
        #expect(text.contains("Change meeting and attendance Record a decision Add an action"))
        #expect(text.contains("Testshire Police Did not attend") && text.contains("Adopt the audit plan"))
        #expect(text.contains("Circulate the findings Testshire Police Pat Owner") && text.contains("Overdue"))
        let viewer = PageModel.text(MeetingPage(facts: facts, canManage: false, today: testToday).blocks())
        #expect(!viewer.contains("Record a decision"))
    }

    @Test func theActionsQueryKeepsOutstandingActionsAndReadsTheViewersAgency() async throws {
        try await withMASA { t in
            _ = try await GovernanceFixture.make(t)
            let mine = PageModel.list(t, "/actions?agency=mine", default: ActionController.Sort.due,
                                      keep: ["status", "agency", "group"])
            let health = try await ActionListFacts.read(mine, viewerAgency: t.f.health, today: testToday, on: t.db)
            #expect(health.actions.items.map(\.title) == ["Circulate the audit findings"])
            #expect(health.title == "Our actions")
            #expect(health.agencies.count == 5)
            let police = try await ActionListFacts.read(mine, viewerAgency: t.f.police, today: testToday, on: t.db)
            #expect(police.actions.items.isEmpty)
            let done = PageModel.list(t, "/actions?status=done", default: ActionController.Sort.due,
                                      keep: ["status", "agency", "group"])
            let none = try await ActionListFacts.read(done, viewerAgency: nil, today: testToday, on: t.db)
            #expect(none.actions.items.isEmpty && none.title == "Actions")
        }
    }

    @Test func theActionsListOffersMyAgencyOnlyToPeopleWithOne() async throws {
        try await withMASA(fixture: false) { t in
            let list = PageModel.list(t, "/actions?status=overdue", default: ActionController.Sort.due,
                                      keep: ["status", "agency", "group"])
            let police = AgencySummary(id: UUID(), name: "Testshire Police", contributesToBudget: true, isActive: true)
            let facts = ActionListFacts(actions: ListPageFacts(
                list: list, items: [Self.action("Train staff", due: "2026-11-01")],
                metadata: PageMetadata(page: 1, per: 25, total: 1)), agencies: [police], today: testToday)
            let withAgency = PageModel.html(ActionListPage(facts: facts, viewerHasAgency: true).blocks(csrf: "t"))
            #expect(withAgency.contains("My agency&#39;s actions") && withAgency.contains("value=\"overdue\" selected"))
            let without = ActionListPage(facts: facts, viewerHasAgency: false).blocks(csrf: "t")
            #expect(!PageModel.html(without).contains("My agency"))
            #expect(PageModel.text(without).contains("Train staff Testshire Police Pat Owner"))
        }
    }

    @Test func theActionQueryReadsWhereItWasAgreedAndItsProgressNewestFirst() async throws {
        try await withMASA { t in
            let fixture = try await GovernanceFixture.make(t)
            try await fixture.addProgressNote(t)
            let facts = try await ActionFacts.read(try await Action.find(fixture.action.id, on: t.db)!, on: t.db)
            #expect(facts.ownerAgencyID == t.f.health && facts.ownerAgencyName == "Testshire Community Health")
            #expect(facts.groupName == "Quality Assurance" && facts.meetingDate == PageModel.date("2026-10-06"))
            #expect(facts.updates.map(\.note) == ["Findings drafted"] && facts.updates.first?.status == .inProgress)
        }
    }

    @Test func anActionsPageMarksItOverdueAndOffersOnlyTheButtonsThePersonMayUse() {
        let facts = ActionFacts(
            id: UUID(), title: "Train staff", status: .inProgress, ownerAgencyID: UUID(),
            ownerAgencyName: "Testshire Police", ownerName: "Pat Owner", due: PageModel.date("2026-11-01"),
            groupName: "Board", meetingID: UUID(), meetingDate: PageModel.date("2026-10-06"), evidence: nil,
            completed: nil, droppedReason: nil,
            updates: [.init(date: PageModel.date("2026-11-10"), author: "Pat Owner", note: "Booked",
                            status: .inProgress)])
        let owner = PageModel.text(ActionPage(facts: facts, today: testToday, canUpdate: true, canManage: false)
            .blocks())
        #expect(owner.contains("Status Overdue Owner Pat Owner, Testshire Police"))
        #expect(owner.contains("Agreed at Board, 6 October 2026"))
        #expect(owner.contains("Update progress") && !owner.contains("Change this action"))
        #expect(owner.contains("Pat Owner Booked In progress"))
        let viewer = PageModel.text(ActionPage(facts: facts, today: PageModel.date("2026-10-20"), canUpdate: false,
                                               canManage: false).blocks())
        #expect(viewer.contains("Status In progress") && !viewer.contains("Update progress"))
    }
}
