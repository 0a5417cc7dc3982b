import Fluent
import MASACore
import Vapor

/// Setting up two-factor sign-in for the signed-in person: a QR code (and the key, for typing in), then a first
/// code to prove the app has it. The secret waits in the session until then and is stored on the account only
/// once proved, so a half-finished set-up leaves the account as it was.
struct TwoFactorEnrolmentController {
    static let pendingSecretKey = "two_factor_pending_secret"

    func boot(_ routes: any RoutesBuilder) {
        routes.get("account", "two-factor", use: show)
        routes.post("account", "two-factor", use: confirm)
        routes.get("account", "two-factor", "recovery-codes", use: RecoveryCodesPage.show)
        routes.post("account", "two-factor", "recovery-codes", use: RecoveryCodesPage.replace)
    }

    func show(req: Request) async throws -> Response {
        let user = try await User.signedIn(req)
        if user.hasTwoFactor { return try await TwoFactorStatusPage.render(req, user) }
        return try await render(req, user, FormState())
    }

    private func render(_ req: Request, _ user: User, _ state: FormState,
                        status: HTTPStatus = .ok) async throws -> Response {
        let totp = pendingSecret(req)
        let issuer = try await PartnershipProfile.current(on: req.db)?.name ?? "MASA"
        let code = try QRCode(text: totp.provisioningURI(issuer: issuer, account: user.email))
        let form = FormView(action: TwoFactorPaths.enrol, submit: "Confirm", csrf: req.csrfToken, fields: [
            .text("code", "Code from your authenticator app", hint: "6 digits, like 123456", width: "5",
                  autocomplete: "one-time-code", kind: .number, state),
        ])
        let required = try await req.mustEnrolTwoFactor(roles: user.roles, hasTwoFactor: false)
        let reason = "Your role needs two-factor sign-in. Set it up to carry on using MASA."
        var blocks: [Block] = required ? [.inset(reason)] : []
        blocks += [
            .paragraph("Each time you sign in you will enter a code from an authenticator app on your phone as well as "
                       + "your password, so nobody can sign in as you with your password alone."),
            .heading("1. Scan the QR code", size: .s),
            .paragraph("In an authenticator app (such as Microsoft Authenticator or Google Authenticator), add an "
                       + "account and scan this QR code."),
            .qrCode(code, title: "QR code to add your MASA account to an authenticator app"),
            .paragraph("If you cannot scan it, choose to enter a key in your app, pick a time-based code and type:"),
            .secret(Base32.grouped(totp.base32)),
            .heading("2. Enter the code your app shows", size: .s),
            .form(form),
        ]
        let chrome = try await req.chrome(title: "Set up two-factor sign-in", errors: state.errorLinks)
        return try await req.renderPage(chrome, blocks, status: status)
    }

    func confirm(req: Request) async throws -> Response {
        let user = try await User.signedIn(req)
        guard !user.hasTwoFactor else { return req.redirect(to: TwoFactorPaths.enrol) }
        var reader = FormReader(req)
        let entry = reader.text("code", missing: "Enter the 6-digit code from your authenticator app", max: 20,
                                label: "Code")
        let digits = entry?.filter { $0 != " " } ?? ""
        if entry != nil, digits.count != TOTPSecret.digits || !digits.allSatisfy({ $0.isASCII && $0.isNumber }) {
            reader.fail("code", "Enter the code as 6 digits, like 123456")
        }
        guard !reader.hasErrors else { return try await render(req, user, reader.state, status: .unprocessableEntity) }
        let totp = pendingSecret(req)
        guard case .accepted(let step) = totp.check(digits, at: req.now, lastUsedStep: nil) else {
            reader.fail("code", "The code is not correct. Check you scanned the QR code on this page, then enter the "
                                + "code your app shows now")
            return try await render(req, user, reader.state, status: .unprocessableEntity)
        }
        let codes = try await user.enrolTwoFactor(totp, confirmedStep: step, at: req.now, on: req.db)
        try await AuditTrail.record("two-factor-enrolled", recordID: user.id!.uuidString,
                                    actor: AuditActor(id: user.id, label: user.name), at: req.now, on: req.db)
        req.session.data[Self.pendingSecretKey] = nil
        RecoveryCodesPage.hold(codes, on: req)
        return req.redirect(to: TwoFactorPaths.recoveryCodes)
    }

    /// The secret being set up in this session, made on first sight: reloading the page keeps the QR code the
    /// person may already have scanned.
    private func pendingSecret(_ req: Request) -> TOTPSecret {
        if let saved = req.session.data[Self.pendingSecretKey].flatMap(TOTPSecret.init(base32:)) { return saved }
        let fresh = TOTPSecret(secret: TOTPSecret.randomSecret())
        req.session.data[Self.pendingSecretKey] = fresh.base32
        return fresh
    }
}

extension User {
    /// The signed-in person's own account record.
    static func signedIn(_ req: Request) async throws -> User {
        guard let user = try await User.find(try req.currentUser.id, on: req.db) else { throw Abort(.unauthorized) }
        return user
    }
}
