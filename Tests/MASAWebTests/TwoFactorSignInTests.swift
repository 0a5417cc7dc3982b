import Fluent
import Foundation
import MASACore
@testable import MASAWeb
import MASATestSupport
import Testing
import VaporTesting

@Suite("Signing in with two-factor sign-in")
struct TwoFactorSignInTests {
    static let email = Fixture.email(.viewer)

    /// The viewer, with two-factor sign-in set up (using this step's code), signed out again and back on the sign-in
    /// page.
    static func enrolledViewer(_ t: TestContext) async throws -> (TestBrowser, TwoFactorHolder) {
        let browser = try await t.browser(as: .viewer)
        let holder = try await browser.enrolTwoFactor(at: testNow)
        try await browser.post("/sign-out")
        try await browser.get("/sign-in")
        return (browser, holder)
    }

    @Test func thePasswordAloneNoLongerSignsIn() async throws {
        try await withMASA { t in
            let (browser, holder) = try await Self.enrolledViewer(t)
            let password = try await browser.post("/sign-in", [("email", Self.email), ("password", Fixture.password)])
            #expect(password.status == .seeOther && password.location == "/sign-in/code")
            #expect(try await browser.get("/").location == "/sign-in", "not signed in yet")
            let codePage = try await browser.get("/sign-in/code")
            #expect(codePage.status == .ok && codePage.html.contains("autocomplete=\"one-time-code\""))
            let cookieBefore = browser.cookie
            // The step after the one used to set it up: the clock stands still in tests, and one step of drift is
            // allowed.
            let signedIn = try await browser.post("/sign-in/code", [("code", holder.code(at: testNow, steps: 1))])
            #expect(signedIn.status == .seeOther && signedIn.location == "/")
            #expect(browser.cookie != cookieBefore, "the session is renewed after the second factor")
            #expect(try await browser.get("/").html.contains("Viewer Person"))
            let actions = try await AuditEntry.query(on: t.db).sort(\.$id).all().map(\.action)
                .filter { $0.hasPrefix("sign-") }
            #expect(actions.suffix(3) == ["sign-out", "sign-in-password-accepted", "sign-in"])
        }
    }

    @Test func aCodeIsGoodOnceAndWrongOnesCountTowardsTheLockOut() async throws {
        try await withMASA { t in
            let (browser, holder) = try await Self.enrolledViewer(t)
            let setUpCode = holder.code(at: testNow)
            let reusedAtOnce = try await browser.signIn(email: Self.email, password: Fixture.password, code: setUpCode)
            #expect(reusedAtOnce.status == .unprocessableEntity, "the code that set it up has been used")
            #expect(reusedAtOnce.html.contains("That code has already been used"))
            let next = holder.code(at: testNow, steps: 1)
            #expect(try await browser.post("/sign-in/code", [("code", next)]).location == "/")
            try await browser.get("/")
            try await browser.post("/sign-out")
            let again = try await browser.signIn(email: Self.email, password: Fixture.password, code: next)
            #expect(again.status == .unprocessableEntity && again.html.contains("already been used"))
            let user = try #require(try await User.find(t.f.users[.viewer], on: t.db))
            #expect(user.failedAttempts == 1, "counted from the last good sign-in")
            let typo = try await browser.post("/sign-in/code", [("code", "12345")])
            #expect(typo.html.contains("Enter the 6-digit code from your authenticator app, or a recovery code"))
            #expect(try await User.find(t.f.users[.viewer], on: t.db)?.failedAttempts == 1, "a slip, not a guess")
            for _ in 1...4 { try await browser.post("/sign-in/code", [("code", "000000")]) }
            let locked = try #require(try await User.find(t.f.users[.viewer], on: t.db))
            #expect(locked.lockedUntil == testNow.addingTimeInterval(15 * 60))
            #expect(try await browser.get("/sign-in/code").location == "/sign-in", "the wait is over once locked")
            let actions = try await AuditEntry.query(on: t.db).all().map(\.action)
            #expect(actions.filter { $0 == "two-factor-failed" }.count == 5 && actions.contains("lock-out"))
            // The lock-out stops the password too.
            let password = try await browser.post("/sign-in", [("email", Self.email), ("password", Fixture.password)])
            #expect(password.status == .unprocessableEntity && password.html.contains("locked"))
        }
    }

    @Test func aRecoveryCodeWorksOnceOnly() async throws {
        try await withMASA { t in
            let (browser, holder) = try await Self.enrolledViewer(t)
            let recovery = holder.recoveryCodes[3].uppercased()
            let signedIn = try await browser.signIn(email: Self.email, password: Fixture.password, code: recovery)
            #expect(signedIn.location == "/")
            #expect(try await browser.get("/").html.contains("You signed in with a recovery code. You have 9 left"))
            #expect(try await RecoveryCodes.remaining(for: t.f.users[.viewer]!, on: t.db) == 9)
            #expect(try await AuditEntry.query(on: t.db).filter(\.$action == "recovery-code-used").count() == 1)
            try await browser.post("/sign-out")
            let again = try await browser.signIn(email: Self.email, password: Fixture.password, code: recovery)
            #expect(again.status == .unprocessableEntity && again.html.contains("The code is not correct"))
            #expect(try await User.find(t.f.users[.viewer], on: t.db)?.failedAttempts == 1)
            #expect(try await browser.post("/sign-in/code", [("code", holder.recoveryCodes[4])]).location == "/")
        }
    }

    @Test func thePasswordStepRunsOutAfterFiveMinutes() async throws {
        try await withMASA { t in
            let (browser, holder) = try await Self.enrolledViewer(t)
            try await browser.post("/sign-in", [("email", Self.email), ("password", Fixture.password)])
            try await browser.get("/sign-in/code")
            let later = testNow.addingTimeInterval(5 * 60 + 1)
            t.setClock(later)
            let late = try await browser.post("/sign-in/code", [("code", holder.code(at: later))])
            #expect(late.status == .seeOther && late.location == "/sign-in", "a right code, but too late")
            let signInPage = try await browser.get("/sign-in")
            #expect(signInPage.html.contains("You took more than 5 minutes to enter your code"))
            #expect(try await browser.get("/").location == "/sign-in")
            #expect(try await browser.get("/sign-in/code").location == "/sign-in", "the wait is forgotten")
            // Within the five minutes it works.
            try await browser.post("/sign-in", [("email", Self.email), ("password", Fixture.password)])
            try await browser.get("/sign-in/code")
            let inTime = later.addingTimeInterval(4 * 60)
            t.setClock(inTime)
            #expect(try await browser.post("/sign-in/code", [("code", holder.code(at: inTime))]).location == "/")
        }
    }

    @Test func theCodePageNeedsThePasswordFirst() async throws {
        try await withMASA { t in
            let browser = t.anonymous()
            let page = try await browser.get("/sign-in/code")
            let posted = try await browser.post("/sign-in/code", [("code", "123456")])
            #expect(page.location == "/sign-in" && posted.location == "/sign-in")
        }
    }
}
