import Fluent
import MASACore
import Vapor

/// Sign-in and sign-out. Repeated failures slow the guesser down (`SignInThrottle`); every outcome is audited.
struct SignInController {
    /// bcrypt reads only the first 72 bytes: a longer password would count only in part, so none is accepted.
    static let longestPasswordBytes = PasswordPolicy.maximumBytes

    func boot(_ routes: any RoutesBuilder) {
        routes.get("sign-in", use: show)
        routes.post("sign-in", use: signIn)
        routes.post("sign-out", use: signOut)
    }

    func show(req: Request) async throws -> Response {
        if req.auth.has(CurrentUser.self) { return req.redirect(to: "/") }
        var state = FormState()
        state.set("return", (try? req.query.get(String.self, at: "return")).map(Self.safeReturn))
        return try await render(req, state)
    }

    private func render(_ req: Request, _ state: FormState, status: HTTPStatus = .ok) async throws -> Response {
        var form = FormView(action: "/sign-in", submit: "Sign in", csrf: req.csrfToken, fields: [
            .text("email", "Email address", width: "20", autocomplete: "email", kind: "email", state),
            .text("password", "Password", width: "20", autocomplete: "current-password", kind: "password", state),
        ])
        // Where the person was going, carried in the form rather than a session: looking at the sign-in page
        // creates no session.
        if let target = state.value("return"), target != "/" { form.hidden = [HiddenValue(name: "return", value: target)] }
        let chrome = try await req.chrome(title: "Sign in", errors: state.errorLinks)
        var blocks: [Block] = [.form(form)]
        if let sso = req.application.masaConfig.singleSignOn {
            blocks += SSOController.signInPageBlocks(label: sso.label, returnTo: state.value("return"))
        }
        return try await req.renderPage(chrome, blocks, status: status)
    }

    func signIn(req: Request) async throws -> Response {
        var reader = FormReader(req)
        let email = reader.text("email", missing: "Enter your email address")
        let password = reader.text("password", missing: "Enter your password")
        guard let email, let password else { return try await render(req, reader.state, status: .unprocessableEntity) }
        let now = req.now, address = req.remoteAddress?.ipAddress ?? "unknown"
        if let until = try await SignInThrottle.blockedUntil(email: email, address: address, now: now, on: req.db) {
            let minutes = max(1, Int((until.timeIntervalSince(now) / 60).rounded(.up)))
            reader.fail("email", "Too many attempts to sign in. Wait \(minutes) \(minutes == 1 ? "minute" : "minutes"), then try again.")
            return try await render(req, reader.state, status: .tooManyRequests)
        }
        let user = try await User.query(on: req.db).filter(\.$email == User.normalise(email: email)).first()
        let active = user.flatMap { $0.isActive ? $0 : nil }
        // Same work, words and timing whether or not the account exists, so the form cannot find accounts.
        let hash = active?.passwordHash ?? Self.decoyHash
        let matches = (try? await req.password.async.verify(password, created: hash)) ?? false
        guard let active, matches, password.utf8.count <= Self.longestPasswordBytes else {
            try await recordFailure(email: email, address: address, user: active, now: now, on: req.db)
            reader.fail("email", "Enter a correct email address and password")
            return try await render(req, reader.state, status: .unprocessableEntity)
        }
        try await SignInThrottle.recordSuccess(email: email, address: address, on: req.db)
        try await req.completeSignIn(active, method: .password)
        return req.redirect(to: Self.safeReturn(reader.state.value("return")))
    }

    private func recordFailure(email: String, address: String, user: User?, now: Date, on db: any Database) async throws {
        let delayed = try await SignInThrottle.recordFailure(email: email, address: address, now: now, on: db)
        guard let user, let id = user.id else {
            try await AuditTrail.record("sign-in-failed", recordID: "", actor: AuditActor(id: nil, label: "unknown account"),
                                        at: now, on: db)
            return
        }
        let actor = AuditActor(id: id, label: user.name)
        try await AuditActor.$current.withValue(actor) {
            // Counted for the person, who is told at their next sign-in.
            user.failedAttempts += 1
            if delayed { user.lockedUntil = try await SignInThrottle.blockedUntil(email: email, address: address, now: now, on: db) }
            try await user.save(on: db)
        }
        try await AuditTrail.record(delayed ? "lock-out" : "sign-in-failed", recordID: id.uuidString, actor: actor, at: now, on: db)
        if delayed { db.logger.notice("Sign-in attempts delayed after repeated failures", metadata: ["user": "\(id)"]) }
    }

    func signOut(req: Request) async throws -> Response {
        if let user = req.auth.get(CurrentUser.self) {
            try await AuditTrail.record("sign-out", recordID: user.id.uuidString, actor: AuditActor(id: user.id, label: user.name), at: req.now, on: req.db)
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
}
