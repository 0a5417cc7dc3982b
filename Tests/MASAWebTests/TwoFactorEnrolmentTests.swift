import Fluent
import Foundation
import MASACore
@testable import MASAWeb
import MASATestSupport
import Testing
import VaporTesting

@Suite("Setting up two-factor sign-in")
struct TwoFactorEnrolmentTests {
    @Test func aCodeWorkedOutFromTheKeyShownSetsItUpAndTheRecoveryCodesShowOnce() async throws {
        try await withMASA { t in
            let browser = try await t.browser(as: .viewer)
            let page = try await browser.get("/account/two-factor")
            #expect(page.status == .ok)
            #expect(page.html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\"")
                    && page.html.contains("role=\"img\""),
                    "the QR code is drawn in the page, by the server")
            let shown = try #require(TwoFactorPage.secrets(in: page.html).first)
            #expect(shown.split(separator: " ").allSatisfy { $0.count == 4 } && shown.count == 39, "8 groups of 4")
            #expect(try await User.find(t.f.users[.viewer], on: t.db)?.totpSecret == nil, "nothing stored yet")

            let totp = try #require(TOTPSecret(base32: shown))
            let code = totp.code(step: TOTPSecret.step(at: testNow))
            let confirmed = try await browser.post("/account/two-factor", [("code", code)])
            #expect(confirmed.status == .seeOther)
            #expect(confirmed.location == "/account/two-factor/recovery-codes")
            let codesPage = try await browser.get("/account/two-factor/recovery-codes")
            let codes = TwoFactorPage.secrets(in: codesPage.html)
            #expect(codes.count == 10)
            #expect(codesPage.html.contains("You will not be shown these codes again"))
            let again = try await browser.get("/account/two-factor/recovery-codes")
            #expect(again.location == "/account/two-factor", "shown once")

            let user = try #require(try await User.find(t.f.users[.viewer], on: t.db))
            #expect(user.totpSecret == totp.base32 && user.twoFactorEnrolledAt == testNow)
            let hashes = try await RecoveryCode.query(on: t.db).filter(\.$user.$id == user.id!).all().map(\.codeHash)
            let plain = codes.map { $0.replacingOccurrences(of: "-", with: "").uppercased() }
            #expect(hashes.count == 10 && hashes.allSatisfy { !codes.contains($0) && !plain.contains($0) },
                    "only hashes are kept")
            let status = try await browser.get("/account/two-factor")
            #expect(status.html.contains("Set up on 18 November 2026") && status.html.contains("10 of 10"))
            #expect(TwoFactorPage.secrets(in: status.html).isEmpty, "the key is never shown again")

            let entries = try await AuditEntry.query(on: t.db).all()
            #expect(entries.contains { $0.action == "two-factor-enrolled" && $0.recordID == user.id!.uuidString })
            #expect(!entries.contains { entry in
                entry.changes.contains(totp.base32) || plain.contains { entry.changes.contains($0) }
            },
                    "neither the key nor a code enters the audit trail")
            #expect(entries.contains {
                $0.recordType == "users" && $0.changes.contains("totpSecret") && $0.changes.contains("(changed)")
            })
        }
    }

    @Test func aWrongCodeIsRefusedClearlyAndNothingIsLost() async throws {
        try await withMASA { t in
            let browser = try await t.browser(as: .viewer)
            let shown = try #require(TwoFactorPage.secrets(in: try await browser.get("/account/two-factor").html).first)
            let totp = try #require(TOTPSecret(base32: shown))
            let right = totp.code(step: TOTPSecret.step(at: testNow))
            let wrong = String(format: "%06d", (Int(right)! + 500_000) % 1_000_000)
            let refused = try await browser.post("/account/two-factor", [("code", wrong)])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.html.contains("app-error-summary") && refused.html.contains("The code is not correct"))
            #expect(refused.html.contains("value=\"\(wrong)\""), "what was typed is kept")
            #expect(TwoFactorPage.secrets(in: refused.html).first == shown, "the same key, so the app still matches")
            #expect(refused.html.contains("role=\"img\""))
            let letters = try await browser.post("/account/two-factor", [("code", "12ab56")])
            #expect(letters.html.contains("Enter the code as 6 digits"))
            let blank = try await browser.post("/account/two-factor", [("code", "")])
            #expect(blank.html.contains("Enter the 6-digit code from your authenticator app"))
            #expect(try await User.find(t.f.users[.viewer], on: t.db)?.totpSecret == nil)
            #expect(try await RecoveryCode.query(on: t.db).count() == 0)
            // The key shown all along still works.
            #expect(try await browser.post("/account/two-factor", [("code", right)]).status == .seeOther)
        }
    }

    @Test func requiredRolesAreSentToSetItUpBeforeAnythingElse() async throws {
        try await withMASA { t in
            try await t.requireTwoFactor(true)
            let business = t.anonymous()
            #expect(try await business.submitPassword(Fixture.email(.businessUnit)).location == "/account/two-factor")
            for path in ["/", "/agencies", "/settings"] {
                #expect(try await business.get(path).location == "/account/two-factor", "\(path)")
            }
            #expect(try await business.get("/account/two-factor").html.contains("Your role needs two-factor sign-in"))
            let write = try await business.post("/agencies/new", [("name", "Sneaky"), ("kind", "other")])
            #expect(write.location == "/account/two-factor")
            _ = try await business.enrolTwoFactor(at: testNow)
            #expect(try await business.get("/agencies").status == .ok, "set up, everything opens")

            // Roles without case review or administration access are not made to.
            let viewer = t.anonymous()
            #expect(try await viewer.submitPassword(Fixture.email(.viewer)).location == "/")
            #expect(try await viewer.get("/agencies").status == .ok)
            let lead = try await t.anonymous().submitPassword(Fixture.email(.statutoryPartnerLead))
            #expect(lead.location == "/account/two-factor", "case review access needs it")
        }
    }

    @Test func withTheSettingOffTheyGoStraightIn() async throws {
        try await withMASA { t in
            try await t.requireTwoFactor(true)
            try await t.requireTwoFactor(false)
            let admin = t.anonymous()
            #expect(try await admin.submitPassword(Fixture.email(.systemAdministrator)).location == "/")
            #expect(try await admin.get("/admin/users").status == .ok)
        }
    }

    @Test func aRealInstallationRequiresItTheDemoDoesNot() async throws {
        #expect(try SettingValues.empty.flag(.requireTwoFactor), "the default, before anyone saves settings")
        try await withMASA(fixture: false) { t in
            try await DemoPartnership.seed(t.app, years: 1)
            #expect(try await SettingValues.load(on: t.db).flag(.requireTwoFactor) == false)
            let business = TestBrowser(app: t.app)
            try await business.signIn(email: "business@northmere.example", password: DemoPartnership.password)
            #expect(try await business.get("/agencies").status == .ok)
        }
    }
}
