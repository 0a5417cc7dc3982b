import Fluent
import MASACore
import MASAWeb
import Vapor

/// For someone who has lost their phone: an administrator clears their second factor, after a page that asks
/// them to be sure (no JavaScript needed). The person sets it up again next time they sign in.
enum TwoFactorResetController {
    /// The two-factor lines on a person's edit page.
    static func summary(of user: User, id: UUID) -> [Block] {
        let state = user.twoFactorEnrolledAt.map { "Set up on \(LocalDate($0).long)" } ?? "Not set up"
        var blocks: [Block] = [.summary(SummaryList(rows: [.init("Two-factor sign-in", state)]))]
        if user.hasTwoFactor {
            blocks.append(.buttons([.link("Reset two-factor sign-in", AdminPaths.resetTwoFactor(id), secondary: true)]))
        }
        return blocks
    }

    @Sendable static func confirm(req: Request) async throws -> Response {
        let user = try await User.find("userID", in: req)
        let id = try user.requireID()
        guard user.hasTwoFactor else { return req.redirect(to: AdminPaths.editUser(id)) }
        let form = FormView(action: AdminPaths.resetTwoFactor(id), submit: "Reset two-factor sign-in",
                            cancel: AdminPaths.editUser(id), csrf: req.csrfToken, fields: [])
        let crumbs = [Crumb("Users", AdminPaths.users.path), Crumb(user.name, AdminPaths.editUser(id))]
        let chrome = try await req.chrome(title: "Reset two-factor sign-in for \(user.name)?", breadcrumbs: crumbs)
        return try await req.renderPage(chrome, [
            .warning("\(user.name)'s authenticator app and recovery codes will stop working."),
            .paragraph("Only do this when you are sure it is them asking, for example after a call to a number you "
                       + "already hold. They will set up two-factor sign-in again after their password."),
            .form(form),
        ])
    }

    @Sendable static func reset(req: Request) async throws -> Response {
        let user = try await User.find("userID", in: req)
        let id = try user.requireID()
        let admin = try req.currentUser
        if user.hasTwoFactor {
            try await user.resetTwoFactor(on: req.db)
            try await AuditTrail.record("two-factor-reset", recordID: id.uuidString,
                                        actor: AuditActor(id: admin.id, label: admin.name), at: req.now, on: req.db)
        }
        req.flash("\(user.name)'s two-factor sign-in is reset. They will set it up again when they next sign in.")
        return req.redirect(to: AdminPaths.editUser(id))
    }
}
