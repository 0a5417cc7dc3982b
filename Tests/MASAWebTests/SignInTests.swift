import Fluent
import Foundation
import MASACore
@testable import MASAWeb
import MASATestSupport
import Testing
import VaporTesting

@Suite("Signing in and out")
struct SignInTests {
    @Test func signedOutVisitorsAreSentToSignIn() async throws {
        try await withMASA { t in
            let response = try await t.anonymous().get("/agencies")
            #expect(response.status == .seeOther)
            #expect(response.location == "/sign-in?return=%2Fagencies")
        }
    }

    @Test func correctPasswordSignsInWhateverTheEmailCase() async throws {
        try await withMASA { t in
            let browser = t.anonymous()
            try await browser.get("/sign-in")
            let before = browser.cookie
            let response = try await browser.post(
                "/sign-in", [("email", "  Viewer@Fixture.EXAMPLE "), ("password", Fixture.password)])
            #expect(response.status == .seeOther)
            #expect(response.location == "/")
            #expect(browser.cookie != before, "a new session id is issued at sign-in")
            let home = try await browser.get("/")
            #expect(home.status == .ok)
            #expect(home.html.contains("Viewer Person"))
        }
    }

    @Test func wrongPasswordShowsTheErrorSummaryAndKeepsTheEmail() async throws {
        try await withMASA { t in
            let browser = t.anonymous()
            let response = try await browser.post(
                "/sign-in", [("email", "viewer@fixture.example"), ("password", "not-the-password")])
            #expect(response.status == .unprocessableEntity)
            #expect(response.html.contains("app-error-summary"))
            #expect(response.html.contains("Enter a correct email address and password"))
            #expect(response.html.contains("value=\"viewer@fixture.example\""))
            #expect(!response.html.contains("not-the-password"), "a password is never echoed back")
        }
    }

    @Test func blankFieldsAreNamed() async throws {
        try await withMASA { t in
            let response = try await t.anonymous().post("/sign-in", [("email", ""), ("password", "")])
            #expect(response.status == .unprocessableEntity)
            #expect(response.html.contains("Enter your email address"))
            #expect(response.html.contains("Enter your password"))
            #expect(response.html.contains("href=\"#email\""))
        }
    }

    @Test func unknownAccountGetsTheSameMessage() async throws {
        try await withMASA { t in
            let response = try await t.anonymous().post(
                "/sign-in", [("email", "nobody@fixture.example"), ("password", "whatever-it-is-here")])
            #expect(response.status == .unprocessableEntity)
            #expect(response.html.contains("Enter a correct email address and password"))
        }
    }

    @Test func fiveFailuresDelayTheGuesserAndTheAnswerIsTheSameForUnknownAccounts() async throws {
        try await withMASA { t in
            let browser = t.anonymous()
            for email in ["viewer@fixture.example", "nobody@fixture.example"] {
                for _ in 1...5 {
                    try await browser.post("/sign-in", [("email", email), ("password", "wrong-password-here")])
                }
            }
            let known = try await browser.post(
                "/sign-in", [("email", "viewer@fixture.example"), ("password", Fixture.password)])
            let unknown = try await browser.post(
                "/sign-in", [("email", "nobody@fixture.example"), ("password", Fixture.password)])
            #expect(known.status == .tooManyRequests && unknown.status == .tooManyRequests)
            #expect(known.html.contains("Too many attempts to sign in. Wait 1 minute, then try again."))
            #expect(Self.errorText(known.html) == Self.errorText(unknown.html), "no sign of which account exists")
            let actions = try await AuditEntry.query(on: t.db).all().map(\.action)
            #expect(actions.filter { $0 == "lock-out" }.count == 1, "the known account's lock-out is recorded")
            // A minute later the right password works, and the person hears of the failed attempts.
            t.app.clock = .fixed(testNow.addingTimeInterval(61))
            let later = try await browser.post(
                "/sign-in", [("email", "viewer@fixture.example"), ("password", Fixture.password)])
            #expect(later.status == .seeOther)
            #expect(try await browser.get("/").html.contains("There were 5 failed attempts to sign in to your account"))
        }
    }

    @Test func aPasswordLongerThanBcryptReadsNeverSignsIn() async throws {
        try await withMASA { t in
            let long = String(repeating: "a", count: 72)
            let user = try #require(try await User.find(t.f.users[.viewer], on: t.db))
            user.passwordHash = try t.app.password.hash(long)
            try await user.save(on: t.db)
            let extra = try await t.anonymous().post(
                "/sign-in", [("email", "viewer@fixture.example"), ("password", long + "zz")])
            #expect(extra.status == .unprocessableEntity, "bcrypt would have matched the first 72 bytes")
            #expect(PasswordPolicy.problem(with: String(repeating: "é", count: 40))?.contains("72 bytes") == true)
        }
    }

    static func errorText(_ html: String) -> String {
        html.components(separatedBy: "app-error-summary").dropFirst().first.map { String($0.prefix(400)) } ?? ""
    }

    @Test func disabledAccountsCannotSignIn() async throws {
        try await withMASA { t in
            let user = try #require(try await User.find(t.f.users[.viewer], on: t.db))
            user.isActive = false
            try await user.save(on: t.db)
            let response = try await t.anonymous().post(
                "/sign-in", [("email", "viewer@fixture.example"), ("password", Fixture.password)])
            #expect(response.status == .unprocessableEntity)
        }
    }

    @Test func signOutEndsTheSession() async throws {
        try await withMASA { t in
            let browser = try await t.browser(as: .viewer)
            let out = try await browser.post("/sign-out")
            #expect(out.location == "/sign-in")
            let after = try await browser.get("/")
            #expect(after.location == "/sign-in")
            let actions = try await AuditEntry.query(on: t.db).all().map(\.action)
            #expect(actions.contains("sign-in") && actions.contains("sign-out"))
        }
    }

    @Test func returnsToThePageAskedForButOnlyOnThisSite() async throws {
        try await withMASA { t in
            let browser = t.anonymous()
            let sent = try await browser.get("/agencies?sort=name")
            let page = try await browser.get(try #require(sent.location))
            #expect(page.html.contains("name=\"return\" value=\"/agencies?sort=name\""))
            let response = try await browser.post(
                "/sign-in",
                [
                    ("email", "viewer@fixture.example"), ("password", Fixture.password),
                    ("return", "/agencies?sort=name"),
                ])
            #expect(response.location == "/agencies?sort=name")
            let elsewhere = try await t.anonymous().post(
                "/sign-in",
                [
                    ("email", "viewer@fixture.example"),
                    ("password", Fixture.password), ("return", "//evil.example/"),
                ])
            #expect(elsewhere.location == "/")
            #expect(SignInController.safeReturn("//evil.example/") == "/")
            #expect(SignInController.safeReturn("https://evil.example/") == "/")
            #expect(SignInController.safeReturn(nil) == "/")
        }
    }
}
