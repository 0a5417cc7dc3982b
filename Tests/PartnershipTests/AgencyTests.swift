import Fluent
import Foundation
import MASACore
import MASATestSupport
import MASAWeb
@testable import Partnership
import Testing
import VaporTesting

@Suite("Agencies")
struct AgencyTests {
    @Test func listShowsEveryAgencySortedAndFiltered() async throws {
        try await withMASA { t in
            let browser = try await t.browser(as: .viewer)
            let page = try await browser.get("/agencies")
            #expect(page.status == .ok)
            let names = [
                "Testshire Academy", "Testshire Community Health", "Testshire Council", "Testshire ICB",
                "Testshire Police",
            ]
            let table = String(page.html[page.html.range(of: "<table")!.lowerBound...])
            let positions = names.map { table.range(of: $0)!.lowerBound }
            #expect(positions == positions.sorted(), "alphabetical by default")
            let reversed = try await browser.get("/agencies?sort=name&order=desc")
            #expect(
                reversed.html.range(of: "Testshire Police")!.lowerBound
                    < reversed.html.range(of: "Testshire Academy")!.lowerBound)
            #expect(reversed.html.contains("aria-sort=\"descending\""))
            let schools = try await browser.get("/agencies?kind=education-setting")
            #expect(schools.html.contains("Testshire Academy") && !schools.html.contains("Testshire Police"))
            #expect(!page.html.contains("Add an agency"), "viewers see no add button")
        }
    }

    @Test func listPaginatesAtTwentyFive() async throws {
        try await withMASA { t in
            for n in 1...30 {
                try await Agency(name: "Extra agency \(String(format: "%02d", n))", kind: .other).create(on: t.db)
            }
            let browser = try await t.browser(as: .viewer)
            let first = try await browser.get("/agencies")
            #expect(first.html.contains("Showing 1 to 25 of 35"))
            let second = try await browser.get("/agencies?sort=name&order=asc&page=2")
            #expect(second.html.contains("Showing 26 to 35 of 35"))
            #expect(second.html.contains("Testshire Police"))
        }
    }

    @Test func businessUnitAddsAnAgency() async throws {
        try await withMASA { t in
            let browser = try await t.browser(as: .businessUnit)
            #expect(try await browser.get("/agencies/new").status == .ok)
            let response = try await browser.post(
                "/agencies/new",
                [
                    ("name", "Testshire Homes"), ("kind", "relevant-agency"),
                    ("budget", "true"), ("active", "true"), ("contactEmail", ""),
                ])
            #expect(response.status == .seeOther)
            let agency = try #require(try await Agency.query(on: t.db).filter(\.$name == "Testshire Homes").first())
            #expect(agency.contributesToBudget && agency.isActive && !agency.isStatutoryPartner)
            #expect(response.location == "/agencies/\(agency.id!)")
            let shown = try await browser.get(response.location!)
            #expect(shown.html.contains("Testshire Homes added"), "the success banner follows the redirect")
            let audit = try await AuditEntry.query(on: t.db).filter(\.$recordType == "agencies").filter(
                \.$action == "create"
            ).all()
            #expect(audit.contains { $0.recordID == agency.id!.uuidString && $0.actorLabel == "Business unit Person" })
        }
    }

    @Test func badInputIsExplainedAndNothingIsSaved() async throws {
        try await withMASA { t in
            let browser = try await t.browser(as: .businessUnit)
            let before = try await Agency.query(on: t.db).count()
            let blank = try await browser.post("/agencies/new", [("name", " "), ("kind", "")])
            #expect(blank.status == .unprocessableEntity)
            #expect(
                blank.html.contains("Enter the agency&#39;s name") || blank.html.contains("Enter the agency's name"))
            #expect(blank.html.contains("Select the type of agency"))
            let duplicate = try await browser.post(
                "/agencies/new", [("name", "testshire POLICE"), ("kind", "police"), ("contactEmail", "not-an-email")])
            #expect(duplicate.html.contains("already exists"))
            #expect(duplicate.html.contains("Enter an email address in the correct format"))
            #expect(duplicate.html.contains("value=\"testshire POLICE\""), "what was typed is kept")
            let fourth = try await browser.post(
                "/agencies/new", [("name", "Fourth Partner"), ("kind", "statutory-partner"), ("statutory", "true")])
            #expect(fourth.html.contains("Three agencies are already marked as statutory partners"))
            let badKind = try await browser.post("/agencies/new", [("name", "Odd"), ("kind", "spaceship")])
            #expect(badKind.status == .unprocessableEntity)
            #expect(try await Agency.query(on: t.db).count() == before)
        }
    }

    @Test func editingChangesOnlyWhatChangedAndIsAudited() async throws {
        try await withMASA { t in
            let browser = try await t.browser(as: .systemAdministrator)
            let form = try await browser.get("/agencies/\(t.f.school)/edit")
            #expect(form.html.contains("value=\"Testshire Academy\""))
            let response = try await browser.post(
                "/agencies/\(t.f.school)/edit",
                [("name", "Testshire Academy Trust"), ("kind", "education-setting"), ("active", "true")])
            #expect(response.status == .seeOther)
            let entry = try #require(
                try await AuditEntry.query(on: t.db).filter(\.$recordID == t.f.school.uuidString).filter(
                    \.$action == "update"
                ).first())
            let changes = AuditTrail.decodeChanges(entry.changes)
            #expect(
                changes.contains(
                    AuditTrail.Change(field: "name", before: "Testshire Academy", after: "Testshire Academy Trust")))
            #expect(!changes.contains { $0.field == "kind" })
        }
    }

    @Test func unknownAgencyIsNotFound() async throws {
        try await withMASA { t in
            let browser = try await t.browser(as: .businessUnit)
            #expect(try await browser.get("/agencies/\(UUID())/edit").status == .notFound)
            #expect(
                try await browser.post("/agencies/\(UUID())/edit", [("name", "X"), ("kind", "other")]).status
                    == .notFound)
        }
    }
}

@Suite("Partnership profile")
struct ProfileTests {
    @Test func profileShowsAndSaves() async throws {
        try await withMASA { t in
            let browser = try await t.browser(as: .businessUnit)
            let page = try await browser.get("/partnership")
            #expect(page.html.contains("Testshire Safeguarding Partnership"))
            #expect(page.html.contains("2026/27"))
            #expect(!page.html.contains("Exactly three agencies"), "the fixture has three statutory partners")
            let bad = try await browser.post(
                "/partnership/edit",
                [
                    ("name", "Testshire Partnership"), ("area", "Testshire"), ("vision", "Safe"),
                    ("scope", "all-age"), ("year", "2026/28"),
                ])
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.html.contains("Financial year must look like 2025/26"))
            let good = try await browser.post(
                "/partnership/edit",
                [
                    ("name", "Testshire Partnership"), ("area", "Testshire"), ("vision", "Safe"),
                    ("scope", "children"), ("year", "2026-27"),
                ])
            #expect(good.status == .seeOther)
            let profile = try #require(try await PartnershipProfile.current(on: t.db))
            #expect(
                profile.name == "Testshire Partnership" && profile.scope == "children"
                    && profile.currentYearStart == 2026)
            #expect(try await browser.get("/").html.contains("Testshire Partnership"), "the header shows the new name")
        }
    }
}
