import Crypto
import Fluent
import Foundation
import Vapor

/// Single sign-on with OpenID Connect: the authorisation code flow with PKCE (S256), state and nonce.
/// `GET /sign-in/sso` sends the person to their organisation's provider; the provider sends them back to
/// `GET /sign-in/sso/callback`, where the code is exchanged, the ID token verified and the person matched to an
/// existing, active MASA account by email address. Accounts are never made here: an administrator adds people and
/// sets their roles in MASA.
struct SSOController {
    static let startPath = "/sign-in/sso"
    /// Ties an attempt to the browser that started it. Lax, because the provider's redirect back is a top-level
    /// navigation from another site, on which a Strict cookie would not be sent.
    static let browserCookie = "masa-sso"
    static let scope = "openid email profile"

    func boot(_ routes: any RoutesBuilder) {
        routes.get("sign-in", "sso", use: start)
        routes.get("sign-in", "sso", "callback", use: callback)
    }

    /// The sign-in page's way in, under the password form.
    static func signInPageBlocks(label: String, returnTo: String?) -> [Block] {
        var href = startPath
        if let returnTo, returnTo != "/",
           let encoded = returnTo.addingPercentEncoding(withAllowedCharacters: .alphanumerics) {
            href += "?return=" + encoded
        }
        let hint = "If your organisation has set up single sign-on for MASA, you can use your work account instead."
        return [.hint(hint), .buttons([.link(label, href, secondary: true)])]
    }

    func start(req: Request) async throws -> Response {
        guard let provider = req.application.oidcProvider else { throw Abort(.notFound) }
        if req.auth.has(CurrentUser.self) { return req.redirect(to: "/") }
        let now = req.now
        do {
            let document = try await provider.discoveryDocument(now: now, via: req.application.oidcTransport)
            // One browser secret for every attempt this browser makes, so two tabs do not undo each other.
            let kept = req.cookies[Self.browserCookie]?.string ?? ""
            let browser = kept.count >= 32 ? kept : RandomToken.make()
            let state = RandomToken.make(), nonce = RandomToken.make(), verifier = RandomToken.make()
            let target = SignInController.safeReturn(try? req.query.get(String.self, at: "return"))
            try await SSOAttempt.sweep(on: req.db, now: now)
            try await SSOAttempt(state: state, browser: browser, nonce: nonce, codeVerifier: verifier, returnTo: target,
                                 expiresAt: now.addingTimeInterval(SSOAttempt.lifetime)).create(on: req.db)
            let query = FormEncoding.query([
                ("response_type", "code"), ("client_id", provider.settings.clientID),
                ("redirect_uri", provider.settings.redirectURI), ("scope", Self.scope), ("state", state),
                ("nonce", nonce), ("code_challenge", Self.challenge(for: verifier)), ("code_challenge_method", "S256"),
            ])
            let endpoint = document.authorizationEndpoint
            let response = req.redirect(to: endpoint + (endpoint.contains("?") ? "&" : "?") + query)
            response.cookies[Self.browserCookie] = cookie(browser, req)
            return response
        } catch let failure as SSOFailure {
            return try await SSOPages.failed(req, failure)
        }
    }

    func callback(req: Request) async throws -> Response {
        guard let provider = req.application.oidcProvider else { throw Abort(.notFound) }
        do {
            if let error = try? req.query.get(String.self, at: "error") {
                // Nobody is signed in on this path, so the answer is shown even when the provider leaves out the
                // state (some do when the person cancels); an attempt it names is used up all the same.
                if let state = try? req.query.get(String.self, at: "state") {
                    try await SSOAttempt.find(state: state, on: req.db)?.delete(on: req.db)
                }
                throw SSOFailure.refused(error)
            }
            let attempt = try await claimAttempt(req)
            guard let code = try? req.query.get(String.self, at: "code"), !code.isEmpty else { throw SSOFailure.noCode }
            let transport = req.application.oidcTransport
            let token = try await provider.idToken(code: code, verifier: attempt.codeVerifier, now: req.now,
                                                   via: transport)
            let claims = try await provider.verify(token, nonce: attempt.nonce, now: req.now, via: transport)
            return try await signIn(req, claims: claims, returnTo: attempt.returnTo)
        } catch let failure as SSOFailure {
            return try await SSOPages.failed(req, failure)
        }
    }

    /// The attempt this callback finishes, used up whatever happens next: a state works once. (The provider also
    /// accepts each code only once, which covers two callbacks racing with the same state.)
    private func claimAttempt(_ req: Request) async throws -> SSOAttempt {
        guard let state = try? req.query.get(String.self, at: "state"), !state.isEmpty,
              let attempt = try await SSOAttempt.find(state: state, on: req.db) else { throw SSOFailure.attemptUnknown }
        try await attempt.delete(on: req.db)
        guard attempt.expiresAt > req.now else { throw SSOFailure.attemptExpired }
        guard let browser = req.cookies[Self.browserCookie]?.string,
              Digest.sha256Hex(browser) == attempt.browserHash else { throw SSOFailure.otherBrowser }
        return attempt
    }

    private func signIn(_ req: Request, claims: IDTokenClaims, returnTo: String) async throws -> Response {
        let email = claims.emailAddress.map(User.normalise(email:))
        var user: User?
        if let email { user = try await User.query(on: req.db).filter(\.$email == email).first() }
        guard let user, user.isActive else {
            let why = email == nil ? "the ID token had no email address" : "no active MASA account has that address"
            req.logger.notice("Single sign-on refused: \(why)")
            try await AuditTrail.record("sign-in-failed", recordID: "",
                                        actor: AuditActor(id: nil, label: "unknown account"),
                                        details: [SignInMethod.sso.auditDetail], at: req.now, on: req.db)
            return try await SSOPages.notSetUp(req)
        }
        try await req.completeSignIn(user, method: .sso)
        let response = req.redirect(to: SignInController.safeReturn(returnTo))
        response.cookies[Self.browserCookie] = cookie("", req, maxAge: 0)
        return response
    }

    private func cookie(_ value: String, _ req: Request, maxAge: Int = Int(SSOAttempt.lifetime)) -> HTTPCookies.Value {
        HTTPCookies.Value(string: value, maxAge: maxAge, path: Self.startPath,
                          isSecure: req.application.masaConfig.secureCookies, isHTTPOnly: true, sameSite: .lax)
    }

    /// PKCE's S256 challenge (RFC 7636 4.2): the verifier's SHA-256, base64url-encoded.
    static func challenge(for verifier: String) -> String {
        Base64URL.encode(SHA256.hash(data: Data(verifier.utf8)))
    }
}
