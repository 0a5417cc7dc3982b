import Fluent
import Foundation
@testable import Governance
import MASACore
import MASATestSupport
import MASAWeb
import Testing
import VaporTesting

@Suite("Groups and membership")
struct GroupTests {
    @Test func listShowsHeldOfPlannedAndTermsOfReference() async throws {
        try await withMASA { t in
            _ = try await GovernanceFixture.make(t)
            let page = try await t.browser(as: .viewer).get("/groups")
            #expect(page.status == .ok)
            #expect(page.html.contains("Quality Assurance"))
            #expect(page.html.contains("1/11"), "one meeting held of eleven planned in 2026/27")
            #expect(page.html.contains("Review overdue"))
            #expect(!page.html.contains("Add a group"))
        }
    }

    @Test func businessUnitAddsAGroupWithMembers() async throws {
        try await withMASA { t in
            let browser = try await t.browser(as: .businessUnit)
            #expect(try await browser.get("/groups/new").status == .ok)
            let response = try await browser.post(
                "/groups/new",
                [
                    ("name", "Complex Safeguarding"), ("kind", "sub-group"), ("scope", "children"),
                    ("purpose", "Exploitation"),
                    ("chairName", "Chris Chair"), ("chairAgency", t.f.police.uuidString), ("deputyName", "Dee Deputy"),
                    ("deputyAgency", t.f.council.uuidString),
                    ("termsLastReviewed-day", "1"), ("termsLastReviewed-month", "9"),
                    ("termsLastReviewed-year", "2026"),
                    ("termsNextReview-day", "1"), ("termsNextReview-month", "9"), ("termsNextReview-year", "2027"),
                    ("planned", "6"), ("members", t.f.police.uuidString), ("members", t.f.school.uuidString),
                    ("active", "true"),
                ])
            #expect(response.status == .seeOther)
            let group = try #require(try await Group.query(on: t.db).filter(\.$name == "Complex Safeguarding").first())
            #expect(group.termsNextReview == "2027-09-01")
            let plans = try await MembershipQueries.plans(of: group.id!, on: t.db)
            #expect(plans.map(\.yearStart) == [2026] && plans.map(\.planned) == [6], "this year's plan")
            let members = try await GroupMembership.query(on: t.db).filter(\.$group.$id == group.id!).all().map(
                \.$agency.id)
            #expect(Set(members) == [t.f.police, t.f.school])
            let page = try await browser.get(response.location!)
            #expect(page.html.contains("Complex Safeguarding added"))
            #expect(page.html.contains("Testshire Academy"))
        }
    }

    @Test func badGroupInputIsExplained() async throws {
        try await withMASA { t in
            let browser = try await t.browser(as: .businessUnit)
            let before = try await Group.query(on: t.db).count()
            let response = try await browser.post(
                "/groups/new",
                [
                    ("name", ""), ("kind", ""), ("planned", "sixty"), ("chairAgency", t.f.police.uuidString),
                    ("deputyAgency", t.f.police.uuidString),
                    ("termsLastReviewed-day", "1"), ("termsLastReviewed-month", "9"),
                    ("termsLastReviewed-year", "2026"),
                    ("termsNextReview-day", "31"), ("termsNextReview-month", "2"), ("termsNextReview-year", "2027"),
                ])
            #expect(response.status == .unprocessableEntity)
            for message in [
                "Enter the group&#39;s name", "Select the kind of group", "Select whom the group covers",
                "Enter the group&#39;s purpose",
                "The deputy chair must come from a different agency from the chair", "must be a real date",
                "Meetings planned this year must be a whole number",
            ] {
                #expect(
                    response.html.contains(message)
                        || response.html.contains(message.replacingOccurrences(of: "&#39;", with: "'")), "\(message)")
            }
            #expect(try await Group.query(on: t.db).count() == before)
        }
    }

    @Test func editingMembersAddsAndEndsEachOneAudited() async throws {
        try await withMASA { t in
            let fixture = try await GovernanceFixture.make(t)
            let browser = try await t.browser(as: .businessUnit)
            let form = try await browser.get("/groups/\(fixture.group.id!)/edit")
            #expect(form.html.contains("value=\"\(t.f.health.uuidString)\" checked"))
            let response = try await browser.post(
                "/groups/\(fixture.group.id!)/edit",
                [
                    ("name", "Quality Assurance"), ("kind", "sub-group"), ("scope", "all-age"),
                    ("purpose", "Assurance"), ("planned", "11"),
                    ("members", t.f.council.uuidString), ("members", t.f.school.uuidString), ("active", "true"),
                ])
            #expect(response.status == .seeOther)
            let members = try await GroupMembership.query(on: t.db).filter(\.$group.$id == fixture.group.id!).all().map(
                \.$agency.id)
            #expect(Set(members) == [t.f.council, t.f.police, t.f.health, t.f.school], "leavers keep their rows")
            let current = try await MembershipQueries.members(of: fixture.group.id!, on: testToday.adding(days: 1),
                                                              on: t.db)
            #expect(Set(current) == [t.f.council, t.f.school])
            let audit = try await AuditEntry.query(on: t.db).filter(\.$recordType == "group_memberships").all()
            #expect(
                audit.filter { $0.action == "update" }.count == 2 && audit.filter { $0.action == "create" }.count == 4)
        }
    }

    @Test func membershipMatrixShowsWhoSitsWhere() async throws {
        try await withMASA { t in
            _ = try await GovernanceFixture.make(t)
            let page = try await t.browser(as: .viewer).get("/groups/membership")
            #expect(page.status == .ok)
            let row = page.html.components(separatedBy: "Testshire Police").dropFirst().first ?? ""
            #expect(row.prefix(400).contains("Member"))
            let schoolRow = page.html.components(separatedBy: "Testshire Academy").dropFirst().first ?? ""
            #expect(!schoolRow.prefix(300).contains("Member"))
        }
    }

    @Test func unknownGroupIsNotFound() async throws {
        try await withMASA { t in
            let browser = try await t.browser(as: .businessUnit)
            #expect(try await browser.get("/groups/\(UUID())").status == .notFound)
            #expect(try await browser.get("/groups/\(UUID())/meetings/new").status == .notFound)
        }
    }
}
