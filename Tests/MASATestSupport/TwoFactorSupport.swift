import Fluent
import Foundation
import MASACore
import MASAWeb
import Testing
import Vapor
import VaporTesting

extension TestContext {
    /// The fixture starts with two-factor sign-in not required; tests of it turn it on.
    package func requireTwoFactor(_ required: Bool) async throws {
        try await SettingValues.set(.requireTwoFactor, to: required ? "true" : "false", on: db)
    }

    /// Moves the app's clock, for waits that run out.
    package func setClock(_ instant: Date) { app.clock = .fixed(instant) }
}

/// What a person with two-factor sign-in holds: the app (its secret) and the recovery codes they wrote down.
package struct TwoFactorHolder: Sendable {
    package let totp: TOTPSecret
    package let recoveryCodes: [String]

    /// The code the app shows at `instant`, or `steps` steps later.
    package func code(at instant: Date, steps: Int64 = 0) -> String {
        totp.code(step: TOTPSecret.step(at: instant) + steps)
    }
}

extension TestBrowser {
    /// Sets up two-factor sign-in through its pages, as a person would: the key is read from the page, the code
    /// worked out from it, and the recovery codes read from the page that shows them.
    package func enrolTwoFactor(at instant: Date) async throws -> TwoFactorHolder {
        let page = try await get(TwoFactorPaths.enrol)
        let shown = try #require(TwoFactorPage.secrets(in: page.html).first, "the key is shown for typing in")
        let totp = try #require(TOTPSecret(base32: shown))
        let confirmed = try await post(TwoFactorPaths.enrol, [("code", totp.code(step: TOTPSecret.step(at: instant)))])
        #expect(confirmed.status == .seeOther && confirmed.location == TwoFactorPaths.recoveryCodes)
        let codes = TwoFactorPage.secrets(in: try await get(TwoFactorPaths.recoveryCodes).html)
        #expect(codes.count == 10)
        return TwoFactorHolder(totp: totp, recoveryCodes: codes)
    }

    /// The sign-in page, then the fixture's password for `email`: the response says where the password leads.
    package func submitPassword(_ email: String,
                               password: String = Fixture.password) async throws -> TestingHTTPResponse {
        try await get("/sign-in")
        return try await post("/sign-in", [("email", email), ("password", password)])
    }

    /// Password, then (when asked) the code; ends on whichever page the code step redirects to.
    @discardableResult
    package func signIn(email: String, password: String, code: String) async throws -> TestingHTTPResponse {
        let first = try await submitPassword(email, password: password)
        #expect(first.location == TwoFactorPaths.signInCode, "a code is asked for after the password")
        // Following the redirect, as a browser does: the session was renewed, and the form's token with it.
        try await get(TwoFactorPaths.signInCode)
        return try await post(TwoFactorPaths.signInCode, [("code", code)])
    }
}

/// Reading the two-factor pages as a person reads them.
package enum TwoFactorPage {
    /// Everything shown in the "copy exactly" typeface, in page order: the key, or the recovery codes.
    package static func secrets(in html: String) -> [String] {
        html.components(separatedBy: "<code class=\"app-secret\">").dropFirst()
            .compactMap { $0.components(separatedBy: "</code>").first }
    }
}
