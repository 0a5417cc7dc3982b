import Fluent
import Foundation
@testable import Governance
import MASACore
import MASATestSupport
@testable import MASAWeb
import Testing
import VaporTesting

/// Membership with dates and plans by year, through the product's own forms and its migrations.
@Suite("Membership history and meeting plans")
struct MembershipHistoryTests {
    static func members(_ t: TestContext, _ group: Group) async throws -> [GroupMembership] {
        try await GroupMembership.query(on: t.db).filter(\.$group.$id == group.id!).sort(\.$from).all()
    }

    @Test func removingAMemberEndsItsMembershipTodayAndKeepsTheRow() async throws {
        try await withMASA { t in
            let fixture = try await GovernanceFixture.make(t)
            let browser = try await t.browser(as: .businessUnit)
            let response = try await browser.post(
                "/groups/\(fixture.group.id!)/edit",
                [
                    ("name", "Quality Assurance"), ("kind", "sub-group"), ("scope", "all-age"),
                    ("purpose", "Assurance"),
                    ("planned", "11"), ("members", t.f.council.uuidString), ("members", t.f.police.uuidString),
                    ("active", "true"),
                ])
            #expect(response.status == .seeOther)
            let health = try #require(try await Self.members(t, fixture.group).first { $0.$agency.id == t.f.health })
            #expect(health.to == testToday.iso && health.from == GovernanceFixture.joined.iso)
            #expect(try await browser.get("/groups/\(fixture.group.id!)").html.contains("Membership history"))
            let facts = try await GroupFacts.read(fixture.group, today: testToday.adding(days: 1), on: t.db)
            #expect(facts.agencies == ["Testshire Council", "Testshire Police"], "health has left")
            #expect(facts.memberships.count == 3, "and stays in the history")
        }
    }

    @Test func theMembershipPageChangesDatesAndAddsAnEarlierMembership() async throws {
        try await withMASA { t in
            let fixture = try await GovernanceFixture.make(t)
            let browser = try await t.browser(as: .businessUnit)
            let path = "/groups/\(fixture.group.id!)/members"
            #expect(try await browser.get(path).status == .ok)
            let rows = try await Self.members(t, fixture.group)
            var fields = rows.flatMap { row -> [(String, String)] in
                [("from-\(row.id!)-day", "1"), ("from-\(row.id!)-month", "4"), ("from-\(row.id!)-year", "2020")]
            }
            let police = try #require(rows.first { $0.$agency.id == t.f.police })
            fields += [
                ("to-\(police.id!)-day", "31"), ("to-\(police.id!)-month", "10"), ("to-\(police.id!)-year", "2026"),
                ("newAgency", t.f.school.uuidString), ("newFrom-day", "5"), ("newFrom-month", "1"),
                ("newFrom-year", "2026"),
            ]
            let response = try await browser.post(path, fields)
            #expect(Exchange(response) == Exchange(status: 303, location: "/groups/\(fixture.group.id!)"))
            #expect(Exchange(try await browser.get(response.location!)).banner == "Membership dates saved")
            let after = try await Self.members(t, fixture.group)
            #expect(after.first { $0.$agency.id == t.f.police }?.to == "2026-10-31")
            #expect(after.first { $0.$agency.id == t.f.school }?.from == "2026-01-05")
        }
    }

    @Test func overlappingOrBackwardsDatesAreRefusedAndNothingIsSaved() async throws {
        try await withMASA { t in
            let fixture = try await GovernanceFixture.make(t)
            let browser = try await t.browser(as: .businessUnit)
            let rows = try await Self.members(t, fixture.group)
            let council = try #require(rows.first { $0.$agency.id == t.f.council })
            var fields = rows.flatMap { row -> [(String, String)] in
                [("from-\(row.id!)-day", "1"), ("from-\(row.id!)-month", "4"), ("from-\(row.id!)-year", "2020")]
            }
            fields += [
                ("to-\(council.id!)-day", "1"), ("to-\(council.id!)-month", "1"), ("to-\(council.id!)-year", "2019"),
                ("newAgency", t.f.police.uuidString), ("newFrom-day", "1"), ("newFrom-month", "9"),
                ("newFrom-year", "2026"),
            ]
            let response = try await browser.post("/groups/\(fixture.group.id!)/members", fields)
            #expect(
                Exchange(response)
                    == Exchange(
                        status: 422, title: "Membership dates",
                        errors: [
                            "#to-\(council.id!) The date Testshire Council left must be on or after the date it joined",
                            "#newFrom An agency cannot sit on the group twice at once: these dates overlap another "
                                + "membership of the same agency",
                        ]))
            #expect(response.html.contains("value=\"2019\""), "what was typed is kept")
            let after = try await Self.members(t, fixture.group)
            #expect(after.count == 3 && after.allSatisfy { $0.to == nil && $0.from == GovernanceFixture.joined.iso })
        }
    }

    @Test func aYearsPlanIsSetWithoutChangingAnyOther() async throws {
        try await withMASA { t in
            let fixture = try await GovernanceFixture.make(t)
            let browser = try await t.browser(as: .businessUnit)
            let path = "/groups/\(fixture.group.id!)/plans"
            let bad = try await browser.post(path, [("year", "2025-27"), ("planned", "60")])
            #expect(
                Exchange(bad)
                    == Exchange(
                        status: 422, title: "Meetings planned by year",
                        errors: [
                            "#year Enter the financial year as two years, for example 2025/26",
                            "#planned Meetings planned that year must be between 0 and 52",
                        ]))
            #expect(try await GroupMeetingPlan.query(on: t.db).count() == 1)
            let saved = try await browser.post(path, [("year", "2025/26"), ("planned", "9")])
            #expect(Exchange(saved) == Exchange(status: 303, location: "/groups/\(fixture.group.id!)"))
            #expect(Exchange(try await browser.get(saved.location!)).banner == "2025/26: 9 meetings planned")
            let plans = try await MembershipQueries.plans(of: fixture.group.id!, on: t.db).map {
                ($0.yearStart, $0.planned)
            }
            #expect(plans.map(\.0) == [2026, 2025] && plans.map(\.1) == [11, 9])
            #expect(try await t.browser(as: .viewer).get(path).status == .forbidden)
        }
    }

    @Test func theMigrationsCarryTodaysPlanAndDateEveryMember() async throws {
        try await withMASA { t in
            let fixture = try await GovernanceFixture.make(t)
            let db = t.db
            let old = Meeting()
            old.$group.id = fixture.group.id!; old.date = "2024-05-02"; old.status = "held"; old.agenda = ""
            old.notes = ""
            try await old.create(on: db)
            // A plan older than any clock this runs under, so going back to one figure finds 11.
            try await MembershipQueries.setPlan(11, for: fixture.group.id!, in: FinancialYear(startYear: 2020), on: db)
            try await AddMembershipDates().revert(on: db)
            try await AddYearlyMeetingPlans().revert(on: db)
            try await AddYearlyMeetingPlans().prepare(on: db)
            try await AddMembershipDates().prepare(on: db)
            let current = FinancialYear(containing: LocalDate(Date())).startYear
            let years = try await MembershipQueries.plans(of: fixture.group.id!, on: db).map(\.yearStart)
            #expect(Set(years) == Set([2024, 2026, current]), "the years with meetings and the current year")
            #expect(try await MembershipQueries.plans(of: fixture.group.id!, on: db).allSatisfy { $0.planned == 11 })
            let members = try await Self.members(t, fixture.group)
            #expect(members.count == 3)
            #expect(members.allSatisfy { $0.from == "2024-05-02" && $0.to == nil }, "from the earliest meeting")
        }
    }
}
