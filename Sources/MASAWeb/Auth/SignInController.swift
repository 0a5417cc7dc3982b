import Fluent
import MASACore
import Vapor

/// Sign-in and sign-out. Five failures (of passwords and second-factor codes together) lock an account for 15
/// minutes; every outcome is in the audit trail. Someone with two-factor sign-in goes on to `SignInCodeController`.
struct SignInController {
    static let maximumFailures = 5
    static let lockout: TimeInterval = 15 * 60

    func boot(_ routes: any RoutesBuilder) {
        routes.get("sign-in", use: show)
        routes.post("sign-in", use: signIn)
        routes.post("sign-out", use: signOut)
    }

    func show(req: Request) async throws -> Response {
        if req.auth.has(CurrentUser.self) { return req.redirect(to: "/") }
        return try await Self.render(req, FormState())
    }

    static func render(_ req: Request, _ state: FormState, status: HTTPStatus = .ok) async throws -> Response {
        let form = FormView(action: "/sign-in", submit: "Sign in", csrf: req.csrfToken, fields: [
            .text("email", "Email address", width: "20", autocomplete: "email", kind: "email", state),
            .text("password", "Password", width: "20", autocomplete: "current-password", kind: "password", state),
        ])
        let chrome = try await req.chrome(title: "Sign in", errors: state.errorLinks)
        let notice = req.session.data[Self.timedOutKey] != nil
            ? "You took more than 5 minutes to enter your code. Enter your email address and password again." : nil
        req.session.data[Self.timedOutKey] = nil
        let blocks: [Block] = (notice.map { [.inset($0)] } ?? []) + [.form(form)]
        return try await req.renderPage(chrome, blocks, status: status)
    }

    func signIn(req: Request) async throws -> Response {
        var reader = FormReader(req)
        let email = reader.text("email", missing: "Enter your email address")
        let password = reader.text("password", missing: "Enter your password")
        guard let email, let password else {
            return try await Self.render(req, reader.state, status: .unprocessableEntity)
        }
        let now = req.now
        let user = try await User.query(on: req.db).filter(\.$email == User.normalise(email: email)).first()
        guard let user, user.isActive else {
            // Same words whether or not the account exists, so the form cannot be used to find accounts.
            _ = try? await req.password.async.verify(password, created: Self.decoyHash)
            try await AuditTrail.record("sign-in-failed", recordID: "", actor: AuditActor(id: nil, label: "unknown account"), at: now, on: req.db)
            reader.fail("email", "Enter a correct email address and password")
            return try await Self.render(req, reader.state, status: .unprocessableEntity)
        }
        let actor = AuditActor(id: user.id, label: user.name)
        if let locked = user.lockedUntil, locked > now {
            reader.fail("email", Self.lockedMessage)
            try await AuditTrail.record("sign-in-refused-locked", recordID: user.id!.uuidString, actor: actor, at: now, on: req.db)
            return try await Self.render(req, reader.state, status: .unprocessableEntity)
        }
        guard try await req.password.async.verify(password, created: user.passwordHash) else {
            try await Self.recordFailure(user, actor: actor, now: now, on: req.db)
            reader.fail("email", "Enter a correct email address and password")
            return try await Self.render(req, reader.state, status: .unprocessableEntity)
        }
        if user.hasTwoFactor {
            try await AuditTrail.record("sign-in-password-accepted", recordID: user.id!.uuidString, actor: actor,
                                        at: now, on: req.db)
            try await PendingSignIn.start(for: try user.requireID(), returnTo: req.session.data["return_to"], on: req)
            return req.redirect(to: TwoFactorPaths.signInCode)
        }
        return try await Self.complete(user, on: req)
    }

    /// The person is who they say: the failure count is cleared, the session renewed and they are signed in. Someone
    /// who must set up two-factor sign-in and has not goes straight to doing so.
    static func complete(_ user: User, on req: Request) async throws -> Response {
        let now = req.now
        let actor = AuditActor(id: user.id, label: user.name)
        try await AuditActor.$current.withValue(actor) {
            user.failedAttempts = 0
            user.lockedUntil = nil
            user.lastSignedInAt = now
            try await user.save(on: req.db)
        }
        try await AuditTrail.record("sign-in", recordID: user.id!.uuidString, actor: actor, at: now, on: req.db)
        let returnTo = req.session.data["return_to"]
        try await req.renewSession()
        req.auth.login(try CurrentUser(user, agencyName: nil))
        if try await PartnershipSettings.mustEnrol(roles: user.roles, hasTwoFactor: user.hasTwoFactor, on: req.db) {
            return req.redirect(to: TwoFactorPaths.enrol)
        }
        return req.redirect(to: Self.safeReturn(returnTo))
    }

    /// Counts a wrong password or code; the fifth in a row locks the account.
    static func recordFailure(_ user: User, actor: AuditActor, now: Date, on db: any Database,
                              action: String = "sign-in-failed") async throws {
        try await AuditActor.$current.withValue(actor) {
            user.failedAttempts += 1
            if user.failedAttempts >= Self.maximumFailures {
                user.lockedUntil = now.addingTimeInterval(Self.lockout)
                user.failedAttempts = 0
            }
            try await user.save(on: db)
        }
        try await AuditTrail.record(user.lockedUntil.map { $0 > now } == true ? "lock-out" : action,
                                    recordID: user.id!.uuidString, actor: actor, at: now, on: db)
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
}
