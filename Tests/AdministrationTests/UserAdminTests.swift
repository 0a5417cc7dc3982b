import Fluent
import Foundation
@testable import Administration
import MASACore
import MASATestSupport
import MASAWeb
import Testing
import VaporTesting

@Suite("Users and roles")
struct UserAdminTests {
    @Test func administratorAddsAContributorWhoCanSignIn() async throws {
        try await withMASA { t in
            let admin = try await t.browser(as: .systemAdministrator)
            let response = try await admin.post(
                "/admin/users/new",
                [
                    ("name", "Ola Brook"), ("email", "Ola.Brook@Fixture.example"), ("agency", t.f.health.uuidString),
                    ("roles", "agency-contributor"), ("roles", "viewer"), ("password", "otter kettle lantern"),
                    ("active", "true"),
                ])
            #expect(response.status == .seeOther)
            let user = try #require(
                try await User.query(on: t.db).filter(\.$email == "ola.brook@fixture.example").first())
            #expect(try Set(user.roles) == [.agencyContributor, .viewer])
            #expect(user.$agency.id == t.f.health)
            let audit = try #require(
                try await AuditEntry.query(on: t.db).filter(\.$recordID == user.id!.uuidString).filter(
                    \.$action == "create"
                ).first())
            #expect(
                audit.changes.contains("(changed)") && !audit.changes.contains("$2"),
                "the password hash never enters the trail")
            let ola = TestBrowser(app: t.app)
            try await ola.signIn(email: "ola.brook@fixture.example", password: "otter kettle lantern")
            #expect(try await ola.get("/").html.contains("Ola Brook"))
        }
    }

    @Test func weakPasswordsDuplicatesAndMissingRolesAreRefused() async throws {
        try await withMASA { t in
            let admin = try await t.browser(as: .systemAdministrator)
            let before = try await User.query(on: t.db).count()
            let short = try await admin.post(
                "/admin/users/new", [("name", "A Person"), ("email", "a@fixture.example"), ("password", "short")])
            #expect(short.status == .unprocessableEntity)
            #expect(short.html.contains("Password must be 12 characters or more"))
            #expect(short.html.contains("Select at least one role"))
            #expect(!short.html.contains("value=\"short\""), "passwords are not redisplayed")
            let common = try await admin.post(
                "/admin/users/new",
                [
                    ("name", "A Person"), ("email", "a@fixture.example"), ("roles", "viewer"),
                    ("password", "password1234"),
                ])
            #expect(common.html.contains("too common"))
            let taken = try await admin.post(
                "/admin/users/new",
                [
                    ("name", "A Person"), ("email", "VIEWER@fixture.example"), ("roles", "viewer"),
                    ("password", "otter kettle lantern"),
                ])
            #expect(taken.html.contains("Another account already uses this email address"))
            let scoped = try await admin.post(
                "/admin/users/new",
                [
                    ("name", "A Person"), ("email", "b@fixture.example"), ("roles", "agency-contributor"),
                    ("password", "otter kettle lantern"),
                ])
            #expect(scoped.html.contains("Select the agency this contributor works for"))
            #expect(try await User.query(on: t.db).count() == before)
        }
    }

    @Test func administratorDisablesAndUnlocks() async throws {
        try await withMASA { t in
            let viewerID = try #require(t.f.users[.viewer])
            let viewer = try #require(try await User.find(viewerID, on: t.db))
            viewer.lockedUntil = testNow.addingTimeInterval(600)
            try await viewer.save(on: t.db)
            let admin = try await t.browser(as: .systemAdministrator)
            let edit = try await admin.get("/admin/users/\(viewerID)/edit")
            #expect(edit.html.contains("Unlock account"))
            #expect(try await admin.post("/admin/users/\(viewerID)/unlock").status == .seeOther)
            #expect(try await User.find(viewerID, on: t.db)?.lockedUntil == nil)
            let disable = try await admin.post(
                "/admin/users/\(viewerID)/edit",
                [("name", "Viewer Person"), ("email", "viewer@fixture.example"), ("roles", "viewer"), ("password", "")])
            #expect(disable.status == .seeOther)
            #expect(try await User.find(viewerID, on: t.db)?.isActive == false)
        }
    }
}

@Suite("Audit trail pages")
struct AuditPageTests {
    @Test func trailIsFilterableAndReadOnly() async throws {
        try await withMASA { t in
            let business = try await t.browser(as: .businessUnit)
            try await business.post("/agencies/new", [("name", "Audited Agency"), ("kind", "other")])
            let scrutineer = try await t.browser(as: .independentScrutineer)
            let all = try await scrutineer.get("/audit")
            #expect(all.status == .ok)
            #expect(all.html.contains("Business unit Person"))
            let filtered = try await scrutineer.get("/audit?user=\(t.f.users[.businessUnit]!)&record=agencies")
            #expect(filtered.html.contains("agencies") && !filtered.html.contains(">users<"))
            let entry = try #require(
                try await AuditEntry.query(on: t.db).filter(\.$recordType == "agencies").all().first {
                    $0.changes.contains("Audited Agency")
                })
            let detail = try await scrutineer.get("/audit/\(entry.id!)")
            #expect(detail.html.contains("Audited Agency"))
            #expect(
                try await scrutineer.post("/audit/\(entry.id!)").status == .notFound,
                "there is no way to change an entry")
            #expect(try await scrutineer.get("/audit/999999").status == .notFound)
        }
    }
}
