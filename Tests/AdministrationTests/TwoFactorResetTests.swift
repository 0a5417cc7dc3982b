import Fluent
import Foundation
@testable import Administration
import MASACore
import MASATestSupport
@testable import MASAWeb
import Testing
import VaporTesting

@Suite("Resetting someone's two-factor sign-in")
struct TwoFactorResetTests {
    @Test func anAdministratorResetsItAfterConfirmingAndTheTrailSaysWho() async throws {
        try await withMASA { t in
            let viewerID = try #require(t.f.users[.viewer])
            let viewer = try await t.browser(as: .viewer)
            _ = try await viewer.enrolTwoFactor(at: testNow)
            let admin = try await t.browser(as: .systemAdministrator)
            let edit = try await admin.get("/admin/users/\(viewerID)/edit")
            #expect(edit.html.contains("Set up on 18 November 2026"))
            #expect(edit.html.contains("href=\"/admin/users/\(viewerID)/reset-two-factor\""))
            let confirm = try await admin.get("/admin/users/\(viewerID)/reset-two-factor")
            #expect(confirm.status == .ok && confirm.html.contains("Reset two-factor sign-in for Viewer Person?"))
            #expect(try await User.find(viewerID, on: t.db)?.hasTwoFactor == true, "asking changes nothing")

            let reset = try await admin.post("/admin/users/\(viewerID)/reset-two-factor")
            #expect(reset.status == .seeOther && reset.location == "/admin/users/\(viewerID)/edit")
            let user = try #require(try await User.find(viewerID, on: t.db))
            #expect(user.totpSecret == nil && user.totpLastStep == nil && user.twoFactorEnrolledAt == nil)
            #expect(try await RecoveryCode.query(on: t.db).filter(\.$user.$id == viewerID).count() == 0)
            let entry = try #require(
                try await AuditEntry.query(on: t.db).filter(\.$action == "two-factor-reset")
                    .first())
            #expect(entry.recordID == viewerID.uuidString && entry.actorID == t.f.users[.systemAdministrator])
            #expect(try await admin.get("/admin/users/\(viewerID)/edit").html.contains("is reset"))
            #expect(try await viewer.get("/").location?.hasPrefix("/sign-in") == true, "their sessions end with it")

            // The password alone signs them in again, ready to set it up anew.
            #expect(try await t.anonymous().submitPassword(Fixture.email(.viewer)).location == "/")
        }
    }

    @Test func thereIsNothingToResetForSomeoneWithoutIt() async throws {
        try await withMASA { t in
            let viewerID = try #require(t.f.users[.viewer])
            let admin = try await t.browser(as: .systemAdministrator)
            let edit = try await admin.get("/admin/users/\(viewerID)/edit")
            #expect(edit.html.contains("Not set up") && !edit.html.contains("reset-two-factor"))
            let nothing = try await admin.get("/admin/users/\(viewerID)/reset-two-factor")
            #expect(nothing.location == "/admin/users/\(viewerID)/edit")
            let business = try await t.browser(as: .businessUnit)
            #expect(try await business.post("/admin/users/\(viewerID)/reset-two-factor").status == .forbidden)
        }
    }

    @Test func theSettingIsSavedFromTheSettingsPage() async throws {
        try await withMASA { t in
            let admin = try await t.browser(as: .systemAdministrator)
            let page = try await admin.get("/settings")
            #expect(
                page.html.contains(
                    "Require two-factor authentication for administrators, the business unit and "
                        + "case review roles"))
            let fields = [
                ("rapidReviewStart", "notification"), ("sarDays", "5"), ("sarMonths", "6"), ("noticeDays", "7"),
                ("themeThreshold", "3"), ("themeWindow", "24"), ("smallNumberLimit", "5"),
            ]
            #expect(try await admin.post("/settings", fields + [("requireTwoFactor", "true")]).status == .seeOther)
            #expect(try await SettingValues.load(on: t.db).flag(.requireTwoFactor))
            #expect(try await admin.get("/settings").location == "/account/two-factor", "at once, for its setter too")
            _ = try await admin.enrolTwoFactor(at: testNow)
            let ticked = "name=\"requireTwoFactor\" type=\"checkbox\" value=\"true\" checked"
            #expect(try await admin.get("/settings").html.contains(ticked))
            #expect(try await admin.post("/settings", fields).status == .seeOther)
            #expect(try await SettingValues.load(on: t.db).flag(.requireTwoFactor) == false)
        }
    }
}
