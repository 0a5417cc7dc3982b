import Fluent
import Foundation
@testable import MASAWeb
import MASATestSupport
import Testing
import VaporTesting

/// The whole exchange through the app, with `TestIdentityProvider` answering for the organisation.
@Suite("Single sign-on")
struct SingleSignOnTests {
    /// Presses the button: returns the state and nonce sent to the provider.
    static func start(_ browser: TestBrowser, _ path: String = "/sign-in/sso") async throws
        -> (state: String, nonce: String, challenge: String) {
        let response = try await browser.get(path)
        #expect(response.status == .seeOther)
        let location = try #require(response.location.flatMap(URLComponents.init(string:)))
        #expect(location.host == "login.test.example" && location.path == "/tenant-1/authorize")
        let query = Dictionary((location.queryItems ?? []).map { ($0.name, $0.value ?? "") }, uniquingKeysWith: { $1 })
        #expect(query["client_id"] == TestIdentityProvider.clientID && query["response_type"] == "code")
        #expect(query["redirect_uri"] == "https://masa.test.example/sign-in/sso/callback")
        #expect(query["scope"] == "openid email profile" && query["code_challenge_method"] == "S256")
        return (try #require(query["state"]), try #require(query["nonce"]), try #require(query["code_challenge"]))
    }

    static func withProvider(_ body: (TestContext, TestIdentityProvider) async throws -> Void) async throws {
        let provider = try await TestIdentityProvider.make()
        try await withMASA(singleSignOn: TestIdentityProvider.settings) { t in
            t.app.oidcTransport = provider
            try await body(t, provider)
        }
    }

    @Test func anExistingAccountSignsInAndGoesWhereItWasGoing() async throws {
        try await Self.withProvider { t, provider in
            let browser = t.anonymous()
            let page = try await browser.get("/sign-in?return=%2Fagencies")
            #expect(page.html.contains("href=\"/sign-in/sso?return=%2Fagencies\""))
            #expect(page.html.contains("Sign in with your organisation&#39;s account"), "the button (HTML-escaped)")
            let (state, nonce, challenge) = try await Self.start(browser, "/sign-in/sso?return=%2Fagencies")
            #expect(try await SessionRecordRow.query(on: t.db).count() == 0, "pressing the button stores no session")
            provider.willIssue("code-1", nonce: nonce, email: " Viewer@Fixture.EXAMPLE")
            let back = try await browser.get("/sign-in/sso/callback?code=code-1&state=\(state)")
            #expect(back.status == .seeOther && back.location == "/agencies")
            #expect(try await browser.get("/").html.contains("Viewer Person"))
            let sent = try #require(provider.state.withLockedValue { $0.tokenRequests.first })
            #expect(sent["code_verifier"].map(SSOController.challenge(for:)) == challenge, "PKCE verifier matches")
            let headers = provider.state.withLockedValue { $0.tokenHeaders.first }
            #expect(headers?["Authorization"]?.hasPrefix("Basic ") == true, "client_secret_basic when allowed")
            let entry = try #require(try await AuditEntry.query(on: t.db).filter(\.$action == "sign-in").first())
            #expect(entry.recordID == t.f.users[.viewer]?.uuidString)
            #expect(AuditTrail.decodeChanges(entry.changes).map(\.after) == ["sso"])
            // The hook for two-factor sign-in: the session says how the person signed in.
            let row = try #require(try await SessionRecordRow.query(on: t.db).first())
            #expect(row.data.contains(#""signInMethod":"sso""#))
        }
    }

    @Test func unknownPeopleAreToldToAskTheirAdministrator() async throws {
        try await Self.withProvider { t, provider in
            let browser = t.anonymous()
            let (state, nonce, _) = try await Self.start(browser)
            provider.willIssue("c", nonce: nonce, email: "stranger@else.example")
            let page = try await browser.get("/sign-in/sso/callback?code=c&state=\(state)")
            #expect(page.status == .forbidden)
            #expect(page.html.contains("Your organisation&#39;s account is not set up in MASA"))
            #expect(!page.html.contains("stranger@else.example"), "nothing more is revealed")
            #expect(try await SessionRecordRow.query(on: t.db).count() == 0)
            let failed = try await AuditEntry.query(on: t.db).filter(\.$action == "sign-in-failed").all()
            #expect(failed.count == 1 && failed[0].actorLabel == "unknown account")
        }
    }

    @Test func disabledAccountsCannotSignInThisWayEither() async throws {
        try await Self.withProvider { t, provider in
            let user = try #require(try await User.find(t.f.users[.viewer], on: t.db))
            user.isActive = false
            try await user.save(on: t.db)
            let browser = t.anonymous()
            let (state, nonce, _) = try await Self.start(browser)
            provider.willIssue("c", nonce: nonce)
            #expect(try await browser.get("/sign-in/sso/callback?code=c&state=\(state)").status == .forbidden)
        }
    }

    @Test func unknownStateMissingBrowserCookieAndReusedStateAreRefused() async throws {
        try await Self.withProvider { t, provider in
            let browser = t.anonymous()
            let unknown = try await browser.get("/sign-in/sso/callback?code=c&state=made-up")
            #expect(unknown.status == .badRequest && unknown.html.contains("Your sign-in could not be completed"))
            // A callback link started in one browser and opened in another (login CSRF) signs nobody in.
            let (state, nonce, _) = try await Self.start(browser)
            provider.willIssue("c", nonce: nonce)
            let elsewhere = try await t.anonymous().get("/sign-in/sso/callback?code=c&state=\(state)")
            #expect(elsewhere.status == .badRequest)
            #expect(provider.state.withLockedValue { $0.tokenRequests.isEmpty }, "the code was never exchanged")
            // A state works once: the attempt is used up even though it failed, and a good one cannot be replayed.
            #expect(try await browser.get("/sign-in/sso/callback?code=c&state=\(state)").status == .badRequest)
            let again = try await Self.start(browser)
            provider.willIssue("d", nonce: again.nonce)
            #expect(try await browser.get("/sign-in/sso/callback?code=d&state=\(again.state)").status == .seeOther)
            let replay = try await t.anonymous().get("/sign-in/sso/callback?code=d&state=\(again.state)")
            #expect(replay.status == .badRequest)
            #expect(try await SessionRecordRow.query(on: t.db).count() == 1, "only the one good sign-in")
        }
    }

    @Test func anAttemptExpiresAfterTenMinutes() async throws {
        try await Self.withProvider { t, provider in
            let browser = t.anonymous()
            let (state, nonce, _) = try await Self.start(browser)
            provider.willIssue("c", nonce: nonce)
            t.app.clock = .fixed(testNow.addingTimeInterval(601))
            let late = try await browser.get("/sign-in/sso/callback?code=c&state=\(state)")
            #expect(late.status == .badRequest && late.html.contains("longer than 10 minutes"))
        }
    }

    @Test func providerProblemsArePlainPagesNever500s() async throws {
        try await Self.withProvider { t, provider in
            let browser = t.anonymous()
            var attempt = try await Self.start(browser)
            let cancelled = try await browser.get("/sign-in/sso/callback?error=access_denied&state=\(attempt.state)")
            #expect(cancelled.status == .badRequest && cancelled.html.contains("You were not signed in"))
            attempt = try await Self.start(browser)
            var claims = TestIdentityProvider.claims(nonce: attempt.nonce, now: testNow)
            claims.nonce = "someone-else's"
            provider.willIssue("c", claims)
            let badToken = try await browser.get("/sign-in/sso/callback?code=c&state=\(attempt.state)")
            #expect(badToken.status == .badGateway && badToken.html.contains("could not accept"))
            attempt = try await Self.start(browser)
            let unknownCode = try await browser.get("/sign-in/sso/callback?code=nope&state=\(attempt.state)")
            #expect(unknownCode.status == .badGateway)
            #expect(try await SessionRecordRow.query(on: t.db).count() == 0)
        }
    }

    @Test func aProviderThatDoesNotAnswerGetsAPageSayingSo() async throws {
        try await Self.withProvider { t, provider in
            provider.state.withLockedValue { $0.down = true }
            let down = try await t.anonymous().get("/sign-in/sso")
            #expect(down.status == .badGateway && down.html.contains("is not answering"))
            #expect(down.html.contains("href=\"/sign-in\""), "the way back to the sign-in page")
        }
    }

    @Test func keysAreFetchedAgainForANewKeyAtMostOnceAMinute() async throws {
        try await Self.withProvider { t, provider in
            provider.state.withLockedValue { $0.published = ["ec-1"] }
            let browser = t.anonymous()
            var attempt = try await Self.start(browser)
            provider.willIssue("a", nonce: attempt.nonce)
            // Signed with rsa-1, which the provider has not published yet, and the keys were only just fetched.
            #expect(try await browser.get("/sign-in/sso/callback?code=a&state=\(attempt.state)").status == .badGateway)
            provider.state.withLockedValue { $0.published = ["ec-1", "rsa-1"] }
            t.app.clock = .fixed(testNow.addingTimeInterval(61))
            attempt = try await Self.start(browser)
            provider.willIssue("b", nonce: attempt.nonce)
            #expect(try await browser.get("/sign-in/sso/callback?code=b&state=\(attempt.state)").status == .seeOther)
            #expect(provider.state.withLockedValue { $0.keySetFetches } == 2)
        }
    }

    @Test func withoutSettingsThereIsNoButtonAndNoRoute() async throws {
        try await withMASA { t in
            let page = try await t.anonymous().get("/sign-in")
            #expect(page.status == .ok && !page.html.contains("/sign-in/sso"))
            let start = try await t.anonymous().get("/sign-in/sso")
            #expect(start.status == .notFound)
        }
    }
}
