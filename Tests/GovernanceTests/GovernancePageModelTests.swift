import Fluent
import Foundation
@testable import Governance
import MASACore
import MASATestSupport
@testable import MASAWeb
import Testing

/// The groups list, a group's page, the membership matrix and the attendance page as page models: what each query
/// function reads, and what the blocks show built from a model made by hand.
@Suite("Governance group page models")
struct GovernancePageModelTests {
    static let year = FinancialYear(containing: testToday)

    static func group(_ name: String, active: Bool = true, chair: String? = nil) -> GroupListQuery.Row {
        GroupListQuery.Row(id: UUID(), name: name, kind: .subGroup, scope: .children, chairName: chair,
                           chairAgencyName: chair.map { _ in "Testshire Police" }, terms: .overdue,
                           plannedThisYear: 4, isActive: active)
    }

    @Test func theGroupsQueryReadsThePageAndTheYearsMeetings() async throws {
        try await withMASA { t in
            let fixture = try await GovernanceFixture.make(t)
            let list = PageModel.list(t, "/groups", default: GroupController.Sort.name)
            let facts = try await GroupListFacts.read(list, today: testToday, on: t.db)
            #expect(facts.year.label == "2026/27")
            #expect(facts.groups.items.map(\.name) == ["Quality Assurance"])
            #expect(facts.groups.items.first?.terms == .overdue, "its review fell due on 1 November")
            #expect(facts.counts[fixture.group.id!]?.held == 1 && facts.groups.metadata.total == 1)
        }
    }

    @Test func theGroupsListOffersAddingOnlyToThoseWhoMayAndSaysWhoNoLongerMeets() async throws {
        try await withMASA(fixture: false) { t in
            let active = Self.group("Quality Assurance", chair: "Chris Chair")
            let old = Self.group("Old Board", active: false)
            let facts = GroupListFacts(year: Self.year, groups: ListPageFacts(
                list: PageModel.list(t, "/groups", default: GroupController.Sort.name), items: [active, old],
                metadata: PageMetadata(page: 1, per: 25, total: 2)), counts: [active.id: (held: 3, cancelled: 1)])
            let text = PageModel.text(GroupListPage(facts: facts, canManage: true).blocks())
            #expect(text.contains("Add a group Membership matrix Attendance"))
            #expect(text.contains("Quality Assurance Sub-group Children Chris Chair Testshire Police 3/4 "
                                  + "Review overdue"))
            #expect(text.contains("Old Board No longer meets") && text.contains("No chair"))
            #expect(text.contains("Held of planned 2026/27"))
            let viewer = PageModel.text(GroupListPage(facts: facts, canManage: false).blocks())
            #expect(!viewer.contains("Add a group") && viewer.contains("Membership matrix"))
        }
    }

    @Test func theGroupQueryReadsMembersChairsAndRecentMeetings() async throws {
        try await withMASA { t in
            let fixture = try await GovernanceFixture.make(t)
            fixture.group.chairName = "Chris Chair"
            fixture.group.$chairAgency.id = t.f.police
            try await fixture.group.save(on: t.db)
            let group = try await Group.find(fixture.group.id, on: t.db)!
            let facts = try await GroupFacts.read(group, today: testToday, on: t.db)
            #expect(facts.agencies == ["Testshire Community Health", "Testshire Council", "Testshire Police"])
            #expect(facts.chair == ["Chris Chair", "Testshire Police"] && facts.deputy.isEmpty)
            #expect(facts.meetings.map(\.status) == [.held] && facts.terms == .overdue)
        }
    }

    @Test func aGroupsPageShowsItsDetailsAndOnlyTheButtonsThePersonMayUse() {
        let facts = GroupFacts(id: UUID(), name: "Quality Assurance", kind: .subGroup, scope: .allAge,
                               purpose: "Assurance", chair: ["Chris Chair", "Testshire Police"], deputy: [],
                               lastReviewed: nil, nextReview: PageModel.date("2026-11-01"), terms: .overdue,
                               year: Self.year, plannedThisYear: 11,
                               agencies: ["Testshire Council", "Testshire Police"], memberships: [], plans: [],
                               meetings: [MeetingListQuery.Row(id: UUID(), groupID: UUID(),
                                                               date: PageModel.date("2026-10-06"), status: .held)])
        let text = PageModel.text(GroupPage(facts: facts, canRecordMeetings: true, canManage: false).blocks())
        #expect(text.contains("Chair Chris Chair, Testshire Police"))
        #expect(text.contains("Next review due Review overdue 1 November 2026"))
        #expect(text.contains("Member agencies Testshire Council, Testshire Police"))
        #expect(text.contains("Record a meeting") && !text.contains("Change this group"))
        #expect(text.contains("6 October 2026 Held"))
        let viewer = PageModel.text(GroupPage(facts: facts, canRecordMeetings: false, canManage: false).blocks())
        #expect(!viewer.contains("Record a meeting"))
        let none = GroupFacts(id: facts.id, name: facts.name, kind: .subGroup, scope: .allAge, purpose: "", chair: [],
                              deputy: [], lastReviewed: nil, nextReview: nil, terms: .notRecorded,
                              year: Self.year, plannedThisYear: 4, agencies: [], memberships: [], plans: [],
                              meetings: [])
        #expect(PageModel.text(GroupPage(facts: none, canRecordMeetings: false, canManage: true).blocks())
            .contains("Change this group Change membership dates Change meeting plans Recent meetings "
                + "No meetings recorded yet."))
    }

    @Test func theMatrixQueryReadsActiveAgenciesAndGroupsAndEveryMembership() async throws {
        try await withMASA { t in
            let fixture = try await GovernanceFixture.make(t)
            let facts = try await MembershipMatrixFacts.read(today: testToday, on: t.db)
            #expect(facts.groups.map(\.name) == ["Quality Assurance"] && facts.agencies.count == 5)
            #expect(facts.memberships[t.f.police] == [fixture.group.id!] && facts.memberships[t.f.school] == nil)
        }
    }

    @Test func theMatrixMarksMembersAndCountsTheirGroups() {
        let board = NamedRecord(id: UUID(), name: "Board"), audit = NamedRecord(id: UUID(), name: "Audit")
        let police = AgencySummary(id: UUID(), name: "Testshire Police", contributesToBudget: true, isActive: true)
        let school = AgencySummary(id: UUID(), name: "Testshire Academy", contributesToBudget: false, isActive: true)
        let facts = MembershipMatrixFacts(groups: [board, audit], agencies: [police, school],
                                          memberships: [police.id: [board.id, audit.id, UUID()]])
        let text = PageModel.text(MembershipMatrixPage(facts: facts).blocks())
        #expect(text.contains("Agency Contributes to budget Board Audit Groups"))
        #expect(text.contains("Testshire Police Yes Member Member 3"), "an inactive group still counts")
        #expect(text.contains("Testshire Academy No – – 0"))
    }

    @Test func theAttendanceQueryReadsTheYearsGroupsAndAgencies() async throws {
        try await withMASA { t in
            let fixture = try await GovernanceFixture.make(t)
            let facts = try await AttendanceFacts.read(year: Self.year, problem: nil, on: t.db)
            #expect(facts.groups.map(\.group.name) == ["Quality Assurance"] && facts.groups.first?.planned == 11)
            #expect(facts.counts[fixture.group.id!]?.held == 1)
            let council = try #require(facts.agencies.first { $0.name == "Testshire Council" })
            #expect(council.rate.attended == 1 && council.rate.expected == 1 && council.groups == 1)
        }
    }

    @Test func theAttendancePageWarnsOfAnUnreadableYearAndShowsBothTables() {
        let group = NamedRecord(id: UUID(), name: "Board")
        let facts = AttendanceFacts(
            year: Self.year, problem: "\"2026\" is not a financial year; showing 2026/27. Write years like 2025/26.",
            counts: [group.id: (held: 2, cancelled: 1)], groups: [AttendanceFigures.GroupRow(group: group, planned: 4)],
            agencies: [AttendanceFigures.AgencyRow(
                name: "Testshire Police", groups: 1,
                rate: AttendanceStatistics.AgencyRate(attended: 0, apologies: 0, expected: 0))])
        let blocks = AttendancePage(facts: facts).blocks(csrf: "token")
        let text = PageModel.text(blocks)
        #expect(text.contains("\"2026\" is not a financial year; showing 2026/27."))
        #expect(text.contains("Meetings held of planned, 2026/27") && text.contains("Board 2/4 1"))
        #expect(text.contains("Testshire Police 1 0 0 0 No meetings"))
        #expect(PageModel.html(blocks).contains("value=\"2026/27\""), "the chooser keeps the year shown")
        let calm = AttendanceFacts(year: Self.year, problem: nil, counts: [:], groups: [], agencies: [])
        let empty = PageModel.text(AttendancePage(facts: calm).blocks(csrf: "token"))
        #expect(!empty.contains("not a financial year") && empty.contains("No groups yet."))
    }
}
