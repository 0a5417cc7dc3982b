import Foundation
@testable import MASAWeb
import MASATestSupport
import Testing
import VaporTesting

extension LogSecrecyTests {
    /// Single sign-on passes codes, states, nonces, tokens, a client secret and email addresses around; none of
    /// them reaches the log, whether the sign-in works or fails.
    @Test func singleSignOnLogsNoCodeStateTokenSecretOrEmail() async throws {
        LogCapture.install()
        try await SingleSignOnTests.withProvider { t, provider in
            t.app.logger.logLevel = .trace
            LogCapture.start()
            var secrets = [TestIdentityProvider.secret, "viewer@fixture.example", "hidden.person@else.example"]
            let cases: [(code: String, email: String, nonceMatches: Bool)] = [
                ("code-Kq3vX9", "viewer@fixture.example", true), ("code-Lw7pZ2", "hidden.person@else.example", true),
                ("code-Mx5rY8", "viewer@fixture.example", false),
            ]
            for (code, email, nonceMatches) in cases {
                let browser = t.anonymous()
                let attempt = try await SingleSignOnTests.start(browser)
                secrets += [code, attempt.state, attempt.nonce]
                var claims = TestIdentityProvider.claims(nonce: attempt.nonce, now: testNow, email: email)
                if !nonceMatches { claims.nonce = "nonce-Zz9" }
                provider.willIssue(code, claims)
                _ = try await browser.get("/sign-in/sso/callback?code=\(code)&state=\(attempt.state)")
            }
            let text = LogCapture.stop()
            #expect(text.contains("Single sign-on refused") && text.contains("nonce does not match"),
                    "the capture sees the failures' lines")
            for secret in secrets { #expect(!text.contains(secret), "\(secret.prefix(3))…") }
            #expect(!text.contains("eyJ"), "no JWT (they all begin with a base64 '{\"')")
        }
    }
}
