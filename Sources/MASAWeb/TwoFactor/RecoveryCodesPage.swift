import Fluent
import MASACore
import Vapor

/// New recovery codes, shown once. Between the POST that makes them and the page that shows them they wait in
/// the session; showing them removes them, so reloading the page cannot show them again.
enum RecoveryCodesPage {
    static let key = "two_factor_new_codes"

    static func hold(_ codes: [String], on req: Request) {
        req.session.data[key] = codes.joined(separator: " ")
    }

    @Sendable static func show(req: Request) async throws -> Response {
        guard let held = req.session.data[key] else { return req.redirect(to: TwoFactorPaths.enrol) }
        req.session.data[key] = nil
        let codes = held.split(separator: " ").map(String.init)
        let chrome = try await req.chrome(title: "Save your recovery codes")
        return try await req.renderPage(chrome, [
            .paragraph("Two-factor sign-in is set up. If you lose your phone, each of these codes lets you sign in "
                       + "once instead of a code from your app."),
            .warning("You will not be shown these codes again. Print them or write them down now, and keep them "
                     + "somewhere safe away from your phone."),
            .secrets(codes),
            .buttons([.link("Continue", "/")]),
        ])
    }

    /// Replaces every code, used or not: for someone who has used most of theirs or thinks they have been seen.
    @Sendable static func replace(req: Request) async throws -> Response {
        let user = try await User.signedIn(req)
        guard user.hasTwoFactor else { return req.redirect(to: TwoFactorPaths.enrol) }
        let id = try user.requireID()
        let codes = RecoveryCodes.generate()
        try await req.db.transaction { tx in try await RecoveryCodes.store(codes, for: id, on: tx) }
        try await AuditTrail.record("recovery-codes-replaced", recordID: id.uuidString,
                                    actor: AuditActor(id: id, label: user.name), at: req.now, on: req.db)
        hold(codes, on: req)
        return req.redirect(to: TwoFactorPaths.recoveryCodes)
    }
}

/// What someone with two-factor sign-in sees on its page: since when, how many recovery codes are left.
enum TwoFactorStatusPage {
    static func render(_ req: Request, _ user: User) async throws -> Response {
        let left = try await RecoveryCodes.remaining(for: try user.requireID(), on: req.db)
        let since = user.twoFactorEnrolledAt.map { "Set up on \(LocalDate($0).long)" } ?? "Set up"
        let chrome = try await req.chrome(title: "Two-factor sign-in")
        return try await req.renderPage(chrome, [
            .summary(SummaryList(rows: [
                .init("Two-factor sign-in", since, tag: Tag("On", "green")),
                .init("Recovery codes left", "\(left) of \(RecoveryCodes.count)"),
            ])),
            .paragraph("If you lose your phone, sign in with a recovery code, then ask an administrator to reset "
                       + "your two-factor sign-in so you can set it up on your new phone."),
            .heading("New recovery codes", size: .s),
            .paragraph("Making new recovery codes stops all your old ones working."),
            .buttons([.post("Make new recovery codes", TwoFactorPaths.recoveryCodes, csrf: req.csrfToken)]),
        ])
    }
}
