import Fluent
@testable import Governance
import MASACore
import MASATestSupport
import MASAWeb
import Testing

@Suite("Annual report: groups and meetings")
struct MeetingsReportSectionTests {
    static func group(
        _ t: TestContext, _ name: String, scope: Scope, planned: Int, active: Bool = true,
        meetings: [(String, MeetingStatus)]
    ) async throws {
        let group = Group()
        group.name = name; group.kind = GroupKind.subGroup.rawValue; group.scope = scope.rawValue
        group.purpose = "Purpose"; group.isActive = active
        try await group.create(on: t.db)
        try await GroupMeetingPlan(groupID: group.id!, year: FinancialYear(startYear: 2026), planned: planned)
            .create(on: t.db)
        for (date, status) in meetings {
            let meeting = Meeting()
            meeting.$group.id = group.id!; meeting.date = date; meeting.status = status.rawValue
            meeting.agenda = ""; meeting.notes = ""
            try await meeting.create(on: t.db)
        }
    }

    @Test func heldOfPlannedForTheGroupsThatServeTheReport() async throws {
        try await withMASA { t in
            try await Self.group(
                t, "Child Exploitation", scope: .children, planned: 4,
                meetings: [
                    ("2026-04-01", .held), ("2027-03-31", .held), ("2026-09-01", .cancelled), ("2026-03-31", .held),
                ])
            try await Self.group(t, "Adults Quality", scope: .adults, planned: 6, meetings: [("2026-05-01", .held)])
            try await Self.group(t, "All-age Executive", scope: .allAge, planned: 10, meetings: [("2026-06-01", .held)])
            try await Self.group(t, "Old Panel", scope: .children, planned: 3, active: false, meetings: [])
            let context = ReportContext(
                db: t.db, year: FinancialYear(startYear: 2026), scope: .children,
                today: testToday)
            let content = try await MeetingsReportSection.build(context)
            guard case .table(let table) = content.parts[1] else { Issue.record("a table"); return }
            #expect(
                table.rows == [
                    [.text("All-age Executive"), .count(1), .count(10), .share(part: 1, whole: 10)],
                    [.text("Child Exploitation"), .count(2), .count(4), .share(part: 2, whole: 4)],
                ],
                "the year's first and last days count; the year before, a cancelled meeting and adults' groups do not")
            guard case .sentence(let sentence) = content.parts[0] else { Issue.record("a sentence"); return }
            #expect(
                sentence.words(SmallNumberRule(), published: false)
                    == "In 2026/27 the partnership's 2 groups held 3 of the 14 meetings they planned.")
            #expect(
                sentence.words(SmallNumberRule(), published: true)
                    == "In 2026/27 the partnership's fewer than 6 groups held fewer than 6 of the 14 meetings they planned."
            )
        }
    }

    @Test func anAllAgeReportHoldsEveryActiveGroup() async throws {
        try await withMASA { t in
            try await Self.group(t, "Child Exploitation", scope: .children, planned: 4, meetings: [])
            try await Self.group(t, "Adults Quality", scope: .adults, planned: 6, meetings: [])
            let context = ReportContext(
                db: t.db, year: FinancialYear(startYear: 2026), scope: .allAge,
                today: testToday)
            let content = try await MeetingsReportSection.build(context)
            guard case .table(let table) = content.parts[1] else { Issue.record("a table"); return }
            #expect(table.rows.map { $0[0] } == [.text("Adults Quality"), .text("Child Exploitation")])
        }
    }
}
