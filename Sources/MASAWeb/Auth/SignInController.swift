import Fluent
import MASACore
import Vapor

/// Sign-in and sign-out. Repeated failures slow the guesser down (`SignInThrottle`); every outcome is audited.
/// Someone with two-factor sign-in goes on to `SignInCodeController` after the password.
struct SignInController {
    func boot(_ routes: any RoutesBuilder) {
        routes.get("sign-in", use: show)
        routes.post("sign-in", use: signIn)
        routes.post("sign-out", use: signOut)
    }

    func show(req: Request) async throws -> Response {
        if req.auth.has(CurrentUser.self) { return req.redirect(to: "/") }
        var state = FormState()
        state.set("return", (try? req.query.get(String.self, at: "return")).map(Self.safeReturn))
        return try await Self.render(req, state)
    }

    static func render(_ req: Request, _ state: FormState, status: HTTPStatus = .ok) async throws -> Response {
        var form = FormView(action: "/sign-in", submit: "Sign in", csrf: req.csrfToken, fields: [
            .text("email", "Email address", width: "20", autocomplete: "email", kind: .email, state),
            .text("password", "Password", width: "20", autocomplete: "current-password", kind: .password, state),
        ])
        // Where the person was going, carried in the form rather than a session: looking at the sign-in page
        // creates no session.
        if let target = state.value("return"), target != "/" {
            form.hidden = [HiddenValue(name: "return", value: target)]
        }
        let chrome = try await req.chrome(title: "Sign in", errors: state.errorLinks)
        var timedOut = false
        if req.hasLiveSession, req.session.data[Self.timedOutKey] != nil {
            timedOut = true
            req.session.data[Self.timedOutKey] = nil
        }
        let notice = "You took more than 5 minutes to enter your code. Enter your email address and password again."
        var blocks: [Block] = (timedOut ? [.inset(notice)] : []) + [.form(form)]
        if let sso = req.application.masaConfig.singleSignOn {
            blocks += SSOController.signInPageBlocks(label: sso.label, returnTo: state.value("return"))
        }
        return try await req.renderPage(chrome, blocks, status: status)
    }

    func signIn(req: Request) async throws -> Response {
        var reader = FormReader(req)
        let email = reader.text("email", missing: "Enter your email address")
        let password = reader.text("password", missing: "Enter your password")
        guard let email, let password else {
            return try await Self.render(req, reader.state, status: .unprocessableEntity)
        }
        let now = req.now, address = req.signInAddress
        if let until = try await SignInThrottle.blockedUntil(email: email, address: address, now: now, on: req.db) {
            let minutes = max(1, Int((until.timeIntervalSince(now) / 60).rounded(.up)))
            let wait = "\(minutes) \(minutes == 1 ? "minute" : "minutes")"
            reader.fail("email", "Too many attempts to sign in. Wait \(wait), then try again.")
            return try await Self.render(req, reader.state, status: .tooManyRequests)
        }
        let user = try await User.query(on: req.db).filter(\.$email == User.normalise(email: email)).first()
        let active = user.flatMap { $0.isActive ? $0 : nil }
        // Same work, words and timing whether or not the account exists, so the form cannot find accounts.
        let hash = active?.passwordHash ?? Self.decoyHash
        let matches = await req.verifyPassword(password, against: hash)
        guard let active, matches, password.utf8.count <= PasswordPolicy.maximumBytes else {
            try await SignInFailures.password(email: email, address: address, user: active, now: now, on: req.db)
            reader.fail("email", "Enter a correct email address and password")
            return try await Self.render(req, reader.state, status: .unprocessableEntity)
        }
        if let locked = active.lockedUntil, locked > now {
            // Set only by wrong second-factor codes, which need the password: so no outsider can cause it.
            try await AuditTrail.record("sign-in-refused-locked", recordID: try active.requireID().uuidString,
                                        actor: AuditActor(id: active.id, label: active.name), at: now, on: req.db)
            reader.fail("email", Self.lockedMessage)
            return try await Self.render(req, reader.state, status: .unprocessableEntity)
        }
        try await SignInThrottle.recordSuccess(email: email, address: address, on: req.db)
        let returnTo = reader.state.value("return")
        if active.hasTwoFactor {
            try await AuditTrail.record("sign-in-password-accepted", recordID: try active.requireID().uuidString,
                                        actor: AuditActor(id: active.id, label: active.name), at: now, on: req.db)
            try await PendingSignIn.start(for: try active.requireID(), returnTo: returnTo, on: req)
            return req.redirect(to: TwoFactorPaths.signInCode)
        }
        return try await Self.complete(active, returnTo: returnTo, on: req)
    }

    /// The person is who they say: the failure count is cleared, the session renewed and they are signed in. Someone
    /// who must set up two-factor sign-in and has not goes straight to doing so.
    static func complete(_ user: User, returnTo: String?, on req: Request) async throws -> Response {
        try await req.completeSignIn(user, method: .password)
        if try await req.mustEnrolTwoFactor(roles: try user.roles, hasTwoFactor: user.hasTwoFactor) {
            return req.redirect(to: TwoFactorPaths.enrol)
        }
        return req.redirect(to: Self.safeReturn(returnTo))
    }

    func signOut(req: Request) async throws -> Response {
        if let user = req.auth.get(CurrentUser.self) {
            try await AuditTrail.record("sign-out", recordID: user.id.uuidString,
                                        actor: AuditActor(id: user.id, label: user.name), at: req.now, on: req.db)
        }
        req.auth.logout(CurrentUser.self)
        try await req.renewSession()
        return req.redirect(to: "/sign-in")
    }

    /// Only a path on this site; anything else (another host, "//evil") goes home.
    static func safeReturn(_ target: String?) -> String {
        guard let target, target.hasPrefix("/"), !target.hasPrefix("//"), !target.contains("\\") else { return "/" }
        return target
    }

    static let lockedMessage =
        "This account is locked after too many attempts. Try again after 15 minutes or ask an administrator."

    /// Set when a wait for a second factor ran out, so the sign-in page can say why the person is back there.
    static let timedOutKey = "sign_in_timed_out"

    /// A real bcrypt hash of a random string: verifying against it takes as long as a real check.
    static let decoyHash = "$2b$12$C6UzMDM.H6dfI/f/IKcEeO5H4oP3p5p0H5c0u3J0G5b1L0mZ.cz1e"
}

extension Request {
    /// A new session id with empty data, the old one deleted: a session id seen before sign-in (or before
    /// sign-out) is worthless after it.
    func renewSession() async throws {
        if let old = session.id {
            try await application.sessions.driver.deleteSession(old, for: self).get()
        }
        session.id = nil
        session.data = SessionData()
    }

    /// The address sign-in attempts are counted against.
    var signInAddress: String { remoteAddress?.ipAddress ?? "unknown" }
}
