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
            #expect(response.location == "/sign-in")
        }
    }

    @Test func correctPasswordSignsInWhateverTheEmailCase() async throws {
        try await withMASA { t in
            let browser = t.anonymous()
            try await browser.get("/sign-in")
            let before = browser.cookie
            let response = try await browser.post("/sign-in", [("email", "  Viewer@Fixture.EXAMPLE "), ("password", Fixture.password)])
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
            let response = try await browser.post("/sign-in", [("email", "viewer@fixture.example"), ("password", "not-the-password")])
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
            let response = try await t.anonymous().post("/sign-in", [("email", "nobody@fixture.example"), ("password", "whatever-it-is-here")])
            #expect(response.status == .unprocessableEntity)
            #expect(response.html.contains("Enter a correct email address and password"))
        }
    }

    @Test func fiveFailuresLockTheAccountForFifteenMinutes() async throws {
        try await withMASA { t in
            let browser = t.anonymous()
            for _ in 1...5 {
                try await browser.post("/sign-in", [("email", "viewer@fixture.example"), ("password", "wrong-password-here")])
            }
            let locked = try await browser.post("/sign-in", [("email", "viewer@fixture.example"), ("password", Fixture.password)])
            #expect(locked.status == .unprocessableEntity)
            #expect(locked.html.contains("locked"))
            let user = try #require(try await User.query(on: t.db).filter(\.$email == "viewer@fixture.example").first())
            #expect(user.lockedUntil == testNow.addingTimeInterval(15 * 60))
            let actions = try await AuditEntry.query(on: t.db).all().map(\.action)
            #expect(actions.filter { $0 == "sign-in-failed" }.count == 4)
            #expect(actions.contains("lock-out"))
            #expect(actions.contains("sign-in-refused-locked"))
            // Fifteen minutes later the right password works again.
            t.app.clock = .fixed(testNow.addingTimeInterval(15 * 60 + 1))
            let later = try await browser.post("/sign-in", [("email", "viewer@fixture.example"), ("password", Fixture.password)])
            #expect(later.status == .seeOther)
        }
    }

    @Test func disabledAccountsCannotSignIn() async throws {
        try await withMASA { t in
            let user = try #require(try await User.find(t.f.users[.viewer], on: t.db))
            user.isActive = false
            try await user.save(on: t.db)
            let response = try await t.anonymous().post("/sign-in", [("email", "viewer@fixture.example"), ("password", Fixture.password)])
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
            try await browser.get("/agencies?sort=name")
            let response = try await browser.post("/sign-in", [("email", "viewer@fixture.example"), ("password", Fixture.password)])
            #expect(response.location == "/agencies?sort=name")
            #expect(SignInController.safeReturn("//evil.example/") == "/")
            #expect(SignInController.safeReturn("https://evil.example/") == "/")
            #expect(SignInController.safeReturn(nil) == "/")
        }
    }
}
