import Fluent
import MASACore
import MASAWeb
import Vapor

/// The partnership's local settings, every feature's together, a section each (the kit's sign-in setting, the
/// case review clocks and themes, and whatever later features declare).
enum SettingsController {
    @Sendable static func edit(req: Request) async throws -> Response {
        try await render(req, try await SettingsForm.state(req))
    }

    static func render(_ req: Request, _ state: FormState, status: HTTPStatus = .ok) async throws -> Response {
        let chrome = try await req.chrome(title: "Settings", errors: state.errorLinks)
        var links: [ButtonLink] = [.link("Bank holidays", AdminPaths.holidays.path, secondary: true),
                                   .link("Sign-in sessions", AdminPaths.sessionSettings.path, secondary: true)]
        if try req.currentUser.can(.manageAPITokens) {
            links.append(.link("API tokens", APITokenPaths.list.path, secondary: true))
        }
        let forms = SettingsForm.blocks(req, state: state, action: AdminPaths.settings.path)
        return try await req.renderPage(chrome, [.buttons(links)] + forms, status: status)
    }

    @Sendable static func update(req: Request) async throws -> Response {
        if let problems = try await SettingsForm.save(req) {
            return try await render(req, problems, status: .unprocessableEntity)
        }
        req.flash("Settings saved")
        return req.redirect(to: AdminPaths.settings.path)
    }
}
