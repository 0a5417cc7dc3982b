import Fluent
import Foundation
@testable import Governance
import MASACore
import MASATestSupport
import MASAWeb
import Testing

/// The attendance page's agency figures are counted in SQL; these are the same figures worked out by hand, and by
/// `AttendanceStatistics` (the definition) from the same meetings, at the edges of the financial year.
@Suite("Attendance by agency, counted in SQL")
struct AttendanceFiguresTests {
    let year = FinancialYear(label: "2026/27")!

    /// Quality Assurance (council, police, health, school) meets on the year's first and last days, and either side
    /// of them, once cancelled and once scheduled; the Board (council, police) once. ICB sits only on a group that
    /// never met. School is no longer active; Fire sits on nothing.
    func partnership(_ t: TestContext) async throws -> [AttendanceStatistics.MeetingRecord] {
        let qa = try await group("Quality Assurance", members: [t.f.council, t.f.police, t.f.health, t.f.school], t)
        let board = try await group("Board", members: [t.f.council, t.f.police], t)
        _ = try await group("Learning", members: [t.f.icb], t)
        let school = try #require(try await Agency.find(t.f.school, on: t.db))
        school.isActive = false
        try await school.save(on: t.db)
        try await Agency(name: "Testshire Fire", kind: .relevantAgency).create(on: t.db)
        let (council, police, health) = (t.f.council, t.f.police, t.f.health)
        return [
            try await meeting(qa, "2026-03-31", .held, [council: .attended, police: .attended], t),
            try await meeting(qa, "2026-04-01", .held, [council: .attended, police: .apologies, health: .attended,
                                                        t.f.school: .attended], t),
            try await meeting(qa, "2026-06-10", .cancelled, [council: .attended, health: .attended], t),
            try await meeting(qa, "2026-07-01", .scheduled, [:], t),
            try await meeting(board, "2026-09-01", .held, [council: .attended, police: .attended], t),
            try await meeting(qa, "2027-03-31", .held, [council: .attended, police: .absent], t),
            try await meeting(qa, "2027-04-01", .held, [police: .attended, health: .attended], t),
        ]
    }

    @Test func eachAgencysFiguresAreTheWorkedOnes() async throws {
        try await withMASA { t in
            _ = try await partnership(t)
            let rows = try await AttendanceFigures.agencies(in: year, on: t.db)
            #expect(rows.map(\.name) == ["Testshire Community Health", "Testshire Council", "Testshire ICB",
                                         "Testshire Police"], "active agencies on a group, by name")
            let byName = Dictionary(uniqueKeysWithValues: rows.map { ($0.name, $0) })
            let worked: [String: (groups: Int, expected: Int, attended: Int, apologies: Int, percentage: Int?)] = [
                "Testshire Council": (2, 3, 3, 0, 100), "Testshire Police": (2, 3, 1, 1, 33),
                "Testshire Community Health": (1, 2, 1, 0, 50), "Testshire ICB": (1, 0, 0, 0, nil),
            ]
            for (name, figures) in worked {
                let row = try #require(byName[name])
                #expect(row.groups == figures.groups, "\(name) groups")
                #expect(row.rate.expected == figures.expected, "\(name) held meetings")
                #expect(row.rate.attended == figures.attended, "\(name) attended")
                #expect(row.rate.apologies == figures.apologies, "\(name) apologies")
                #expect(row.rate.percentage == figures.percentage, "\(name) rate")
            }
        }
    }

    @Test func theSQLFiguresEqualTheStatisticsWorkedOutInSwift() async throws {
        try await withMASA { t in
            let records = try await partnership(t)
            try await Self.changeMemberships(t)
            let memberships = try await GroupMembership.query(on: t.db).all()
            let agencies = try await AgencySummary.all(activeOnly: true, on: t.db)
            let rows = try await AttendanceFigures.agencies(in: year, on: t.db)
            for row in rows {
                let agency = try #require(agencies.first { $0.name == row.name })
                let periods = try memberships.filter { $0.$agency.id == agency.id }.map { try $0.period }
                #expect(row.rate == AttendanceStatistics.agencyRate(agency: agency.id.uuidString, memberships: periods,
                                                                    meetings: records, year: year), "\(row.name)")
            }
        }
    }

    @Test func theYearBeforeCountsOnlyItsOwnMeetings() async throws {
        try await withMASA { t in
            _ = try await partnership(t)
            let rows = try await AttendanceFigures.agencies(in: year.previous, on: t.db)
            let council = try #require(rows.first { $0.name == "Testshire Council" })
            #expect(council.rate == AttendanceStatistics.AgencyRate(attended: 1, apologies: 0, expected: 1))
        }
    }

    /// Health left Quality Assurance at the end of December 2026; the police joined it on 1 June 2026.
    static func changeMemberships(_ t: TestContext) async throws {
        let qa = try #require(try await Group.query(on: t.db).filter(\.$name == "Quality Assurance").first())
        let rows = try await GroupMembership.query(on: t.db).filter(\.$group.$id == qa.id!).all()
        for row in rows where row.$agency.id == t.f.health || row.$agency.id == t.f.police {
            if row.$agency.id == t.f.health { row.to = "2026-12-31" } else { row.from = "2026-06-01" }
            try await row.save(on: t.db)
        }
    }

    @Test func anAgencyIsExpectedOnlyAtMeetingsHeldWhileItWasAMember() async throws {
        try await withMASA { t in
            _ = try await partnership(t)
            try await Self.changeMemberships(t)
            let rows = try await AttendanceFigures.agencies(in: year, on: t.db)
            let byName = Dictionary(uniqueKeysWithValues: rows.map { ($0.name, $0) })
            // Health: 1 April 2026 only (attended); the 31 March 2027 meeting came after it left.
            #expect(byName["Testshire Community Health"]?.rate == .init(attended: 1, apologies: 0, expected: 1))
            // Police: not yet a member on 1 April 2026, so its apologies then do not count; Board and 31 March.
            #expect(byName["Testshire Police"]?.rate == .init(attended: 1, apologies: 0, expected: 2))
            let before = try await AttendanceFigures.agencies(in: year.previous, on: t.db)
            let police = try #require(before.first { $0.name == "Testshire Police" })
            #expect(police.groups == 1 && police.rate.expected == 0, "in 2025/26 the police sat on the Board only")
        }
    }

    @Test func eachYearIsMeasuredAgainstItsOwnPlan() async throws {
        try await withMASA { t in
            _ = try await partnership(t)
            let qa = try #require(try await Group.query(on: t.db).filter(\.$name == "Quality Assurance").first())
            try await MembershipQueries.setPlan(10, for: qa.id!, in: year.previous, on: t.db)
            try await MembershipQueries.setPlan(12, for: qa.id!, in: year, on: t.db)
            let plan = { (year: FinancialYear) in
                try await AttendanceFigures.groups(in: year, on: t.db).first { $0.group.id == qa.id }?.planned
            }
            let (last, this, next) = (try await plan(year.previous), try await plan(year), try await plan(year.next))
            #expect(last == 10 && this == 12)
            #expect(next == 12, "a year with no plan of its own keeps the last one")
            let early = try await plan(FinancialYear(startYear: 2020))
            #expect(early == 0, "nothing was planned before the first plan")
        }
    }

    private func group(_ name: String, members: [UUID], _ t: TestContext) async throws -> UUID {
        let group = Group()
        group.name = name; group.kind = GroupKind.subGroup.rawValue; group.scope = Scope.allAge.rawValue
        group.purpose = "Assurance"; group.isActive = true
        try await group.create(on: t.db)
        for agency in members {
            try await GroupMembership(groupID: group.id!, agencyID: agency, from: GovernanceFixture.joined)
                .create(on: t.db)
        }
        return try group.requireID()
    }

    private func meeting(_ group: UUID, _ date: String, _ status: MeetingStatus, _ attendance: [UUID: AttendanceKind],
                         _ t: TestContext) async throws -> AttendanceStatistics.MeetingRecord {
        let meeting = Meeting()
        meeting.$group.id = group; meeting.date = date; meeting.status = status.rawValue
        meeting.agenda = ""; meeting.notes = ""
        try await meeting.create(on: t.db)
        for (agency, kind) in attendance {
            try await Attendance(meetingID: meeting.id!, agencyID: agency, kind: kind, people: "").create(on: t.db)
        }
        func agencies(_ kind: AttendanceKind) -> Set<String> {
            Set(attendance.filter { $0.value == kind }.map(\.key.uuidString))
        }
        return AttendanceStatistics.MeetingRecord(groupID: group.uuidString, date: LocalDate(iso: date)!,
                                                  status: status, attendingAgencies: agencies(.attended),
                                                  apologisingAgencies: agencies(.apologies))
    }
}
