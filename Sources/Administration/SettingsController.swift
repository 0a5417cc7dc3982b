import Fluent
import MASACore
import MASAWeb
import Vapor

/// The partnership's local settings: when the rapid review clock starts, the SAR acknowledgement limit, and what
/// counts as a recurring theme.
enum SettingsController {
    @Sendable static func edit(req: Request) async throws -> Response {
        let settings = try await PartnershipSettings.current(on: req.db)
        var state = FormState()
        state.set("rapidReviewStart", settings.rapidReviewStart)
        state.set("sarDays", String(settings.sarAcknowledgementDays))
        state.set("themeThreshold", String(settings.themeThreshold))
        state.set("themeWindow", String(settings.themeWindowMonths))
        state.set("requireTwoFactor", flag: settings.requireTwoFactor)
        return try await render(req, state)
    }

    static func render(_ req: Request, _ state: FormState, status: HTTPStatus = .ok) async throws -> Response {
        let form = FormView(action: AdminPaths.settings.path, submit: "Save settings", csrf: req.csrfToken, fields: [
            .choice("rapidReviewStart", "The 15-working-day rapid review clock starts on", kind: "radios", options: [
                .init("notification", "The date the serious incident was notified to the Panel", hint: "The Panel's guidance"),
                .init("partners-aware", "The date the safeguarding partners were informed"),
            ], state),
            .text("sarDays", "Working days to acknowledge a SAR referral", hint: "Your SAR protocol's limit; 5 is usual", width: "3", kind: "number", state),
            .text("themeThreshold", "A theme recurs when it is tagged on this many reviews", width: "3", kind: "number", state),
            .text("themeWindow", "within this many months", width: "3", kind: "number", state),
            .checkbox("requireTwoFactor",
                      "Require two-factor authentication for administrators, the business unit and case review roles",
                      hint: "They will enter a code from an authenticator app as well as their password", state),
        ])
        let chrome = try await req.chrome(title: "Settings", errors: state.errorLinks)
        var links: [ButtonLink] = [.link("Bank holidays", AdminPaths.holidays.path, secondary: true),
                                   .link("Sign-in sessions", AdminPaths.sessionSettings.path, secondary: true)]
        if try req.currentUser.can(.manageAPITokens) { links.append(.link("API tokens", APITokenPaths.list.path, secondary: true)) }
        return try await req.renderPage(chrome, [.buttons(links), .form(form)], status: status)
    }

    @Sendable static func update(req: Request) async throws -> Response {
        var form = FormReader(req)
        let start = form.text("rapidReviewStart", missing: "Select when the rapid review clock starts")
        if let start, !["notification", "partners-aware"].contains(start) { form.fail("rapidReviewStart", "Select when the rapid review clock starts") }
        let days = form.int("sarDays", label: "Working days to acknowledge a SAR referral", in: 1...60, missing: "Enter the working days to acknowledge a SAR referral")
        let threshold = form.int("themeThreshold", label: "The number of reviews", in: 2...20, missing: "Enter how many reviews make a theme recurring")
        let window = form.int("themeWindow", label: "The number of months", in: 1...120, missing: "Enter the number of months")
        guard !form.hasErrors, let start, let days, let threshold, let window else {
            return try await render(req, form.state, status: .unprocessableEntity)
        }
        let settings = try await PartnershipSettings.query(on: req.db).first() ?? PartnershipSettings()
        settings.rapidReviewStart = start
        settings.sarAcknowledgementDays = days
        settings.themeThreshold = threshold
        settings.themeWindowMonths = window
        settings.requireTwoFactor = form.flag("requireTwoFactor")
        try await settings.save(on: req.db)
        req.flash("Settings saved")
        return req.redirect(to: AdminPaths.settings.path)
    }
}
