import Fluent
import MASACore
import Vapor

/// The second step of signing in for someone with two-factor sign-in: a code from their authenticator app, or a
/// recovery code. Wrong codes count towards the same lock-out as wrong passwords.
struct SignInCodeController {
    func boot(_ routes: any RoutesBuilder) {
        routes.get("sign-in", "code", use: show)
        routes.post("sign-in", "code", use: check)
    }

    func show(req: Request) async throws -> Response {
        guard try await pendingUser(req) != nil else { return req.redirect(to: "/sign-in") }
        return try await render(req, FormState())
    }

    private func render(_ req: Request, _ state: FormState, status: HTTPStatus = .ok) async throws -> Response {
        let form = FormView(action: TwoFactorPaths.signInCode, submit: "Continue", cancel: "/sign-in",
                            csrf: req.csrfToken, fields: [
            .text("code", "Code", hint: "The 6-digit code your authenticator app shows for MASA, like 123456",
                  width: "10", autocomplete: "one-time-code", state),
        ])
        let chrome = try await req.chrome(title: "Enter the code from your authenticator app", errors: state.errorLinks)
        return try await req.renderPage(chrome, [
            .form(form),
            .heading("If you cannot use your app", size: .s),
            .paragraph("Enter one of your recovery codes in the box instead. Each recovery code works once. "
                       + "If you have none left, ask an administrator to reset your two-factor sign-in."),
        ], status: status)
    }

    func check(req: Request) async throws -> Response {
        guard let user = try await pendingUser(req) else { return req.redirect(to: "/sign-in") }
        var reader = FormReader(req)
        let entry = reader.text("code", missing: "Enter the code from your authenticator app", max: 40, label: "Code")
        guard let entry else { return try await render(req, reader.state, status: .unprocessableEntity) }
        let now = req.now
        let actor = AuditActor(id: user.id, label: user.name)
        if let locked = user.lockedUntil, locked > now {
            try await record("sign-in-refused-locked", user, on: req)
            return try await lockedOut(user, on: req)
        }
        let result = try await AuditActor.$current.withValue(actor) {
            try await user.checkSecondFactor(entry, at: now, on: req.db)
        }
        let problem: String
        switch result {
        case .acceptedCode:
            return try await SignInController.complete(user, returnTo: req.session.data["return_to"], on: req)
        case .acceptedRecoveryCode:
            try await record("recovery-code-used", user, on: req)
            let left = try await RecoveryCodes.remaining(for: try user.requireID(), on: req.db)
            let response = try await SignInController.complete(user, returnTo: req.session.data["return_to"], on: req)
            req.flash("You signed in with a recovery code. You have \(left) left: you can make new ones from "
                      + "Two-factor sign-in at the top of the page.")
            return response
        case .notACode:
            reader.fail("code", "Enter the 6-digit code from your authenticator app, or a recovery code")
            return try await render(req, reader.state, status: .unprocessableEntity)
        case .reused:
            problem = "That code has already been used. Wait for your app to show a new code, then enter it"
        case .wrong:
            problem = "The code is not correct. Enter the code your authenticator app shows now"
        }
        if try await SignInFailures.code(user, now: now, on: req.db) { return try await lockedOut(user, on: req) }
        reader.fail("code", problem)
        return try await render(req, reader.state, status: .unprocessableEntity)
    }

    /// The person whose password was right in this session, within the last five minutes, and who can still sign
    /// in. A wait that ran out sends them back to the password, with a word about why.
    private func pendingUser(_ req: Request) async throws -> User? {
        switch PendingSignIn.state(on: req) {
        case .none:
            return nil
        case .expired:
            req.session.data[SignInController.timedOutKey] = "true"
            return nil
        case .waiting(let id):
            guard let user = try await User.find(id, on: req.db), user.isActive, user.hasTwoFactor else {
                PendingSignIn.clear(on: req)
                return nil
            }
            return user
        }
    }

    private func record(_ action: String, _ user: User, on req: Request) async throws {
        try await AuditTrail.record(action, recordID: try user.requireID().uuidString,
                                    actor: AuditActor(id: user.id, label: user.name), at: req.now, on: req.db)
    }

    /// Too many wrong codes: back to the sign-in page, which says the account is locked.
    private func lockedOut(_ user: User, on req: Request) async throws -> Response {
        PendingSignIn.clear(on: req)
        var reader = FormReader(state: FormState(values: ["email": [user.email]]))
        reader.fail("email", SignInController.lockedMessage)
        return try await SignInController.render(req, reader.state, status: .unprocessableEntity)
    }
}
