import Fluent
import MASACore
import MASAWeb
import Vapor

/// How long a session lasts without use, and at most. Shorter is safer on shared computers; the defaults follow
/// OWASP ASVS level 2 for systems holding sensitive data.
enum SessionSettingsController {
    @Sendable static func edit(req: Request) async throws -> Response {
        let policy = try await SessionPolicy.query(on: req.db).first() ?? SessionPolicy()
        var state = FormState()
        state.set("idle", String(policy.idleMinutes))
        state.set("absolute", String(policy.absoluteHours))
        return try await render(req, state)
    }

    static func render(_ req: Request, _ state: FormState, status: HTTPStatus = .ok) async throws -> Response {
        let idle = SessionPolicy.idleMinutesRange, absolute = SessionPolicy.absoluteHoursRange
        let form = FormView(
            action: AdminPaths.sessionSettings.path, submit: "Save", cancel: AdminPaths.settings.path,
            csrf: req.csrfToken,
            fields: [
                .text(
                    "idle", "Sign people out after this many minutes without use",
                    hint: "From \(idle.lowerBound) to \(idle.upperBound); 30 is recommended", width: "3",
                    kind: .number, state),
                .text(
                    "absolute", "Sign everyone out after this many hours, however busy",
                    hint: "From \(absolute.lowerBound) to \(absolute.upperBound); 12 is recommended", width: "3",
                    kind: .number, state),
            ])
        let chrome = try await req.chrome(
            title: "Sign-in sessions",
            breadcrumbs: [Crumb("Settings", AdminPaths.settings.path)], errors: state.errorLinks)
        return try await req.renderPage(chrome, [.form(form)], status: status)
    }

    @Sendable static func update(req: Request) async throws -> Response {
        var form = FormReader(req)
        let idle = form.int(
            "idle", label: "Minutes without use", in: SessionPolicy.idleMinutesRange,
            missing: "Enter the minutes without use after which people are signed out")
        let absolute = form.int(
            "absolute", label: "Hours", in: SessionPolicy.absoluteHoursRange,
            missing: "Enter the hours after which everyone is signed out")
        if let idle, let absolute, idle > absolute * 60 {
            form.fail("idle", "Minutes without use must be no longer than the hours after which everyone is signed out")
        }
        guard !form.hasErrors, let idle, let absolute else {
            return try await render(req, form.state, status: .unprocessableEntity)
        }
        let policy = try await SessionPolicy.query(on: req.db).first() ?? SessionPolicy()
        policy.idleMinutes = idle
        policy.absoluteHours = absolute
        try await policy.save(on: req.db)
        req.flash("Session settings saved")
        return req.redirect(to: AdminPaths.settings.path)
    }
}
