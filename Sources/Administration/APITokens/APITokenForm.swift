import Fluent
import MASACore
import MASAWeb
import Vapor

/// Issuing a token: to an agency or a named service, for a fixed time, carrying only read permissions the API
/// offers (and personal-data ones only from someone who holds them). The token is shown once, in the answer to the
/// form, and never stored: not in the database, not in the session, not in the audit trail.
enum APITokenForm {
    @Sendable static func new(req: Request) async throws -> Response {
        var state = FormState()
        state.set("expires", date: req.today.adding(months: 6))
        return try await render(req, state)
    }

    /// The permissions this person may put on a token.
    static func offered(_ req: Request) throws -> [Permission] {
        let user = try req.currentUser
        return APITokens.readable(in: req.application.registry).filter { !$0.holdsPersonalData || user.can($0) }
    }

    static func render(_ req: Request, _ state: FormState, status: HTTPStatus = .ok) async throws -> Response {
        let agencies = try await Agency.query(on: req.db).filter(\.$isActive == true).sort(\.$name).all()
        let permissions = try offered(req).map { permission in
            FieldView.Option(permission.name, permission.summary, hint: permission.holdsPersonalData
                ? "Personal data: every read is recorded in the audit trail. Only for a named service" : nil)
        }
        let form = FormView(action: APITokenPaths.new.path, submit: "Issue token", cancel: APITokenPaths.list.path,
                            csrf: req.csrfToken, fields: [
            .text("name", "Name", hint: "What the token is for, like \"Council performance dashboard\"",
                  width: "20", state),
            .choice("agency", "Agency", hint: "An agency's token reads what that agency's contributors may",
                    options: try agencies.map { .init(try $0.requireID().uuidString, $0.name) },
                    blank: "Not an agency: a named service", state),
            .text("service", "Service name", hint: "If the token is not for an agency: the system or supplier using it",
                  width: "20", state),
            .date("expires", "Expires on", hint: "It stops working on this day: at most a year from today", state),
            .choice("permissions", "May read", hint: "Select all that apply", kind: .checkboxes, options: permissions,
                    state),
        ])
        let chrome = try await req.chrome(title: "Issue an API token", breadcrumbs: [
            Crumb("Settings", AdminPaths.settings.path), Crumb("API tokens", APITokenPaths.list.path),
        ], errors: state.errorLinks)
        return try await req.renderPage(chrome, [.form(form)], status: status)
    }

    @Sendable static func create(req: Request) async throws -> Response {
        var form = FormReader(req)
        let name = form.text("name", missing: "Enter a name for the token", max: 100, label: "Name")
        let agencyID = form.id("agency", missing: nil)
        let service = form.text("service", max: 100, label: "Service name")
        if agencyID == nil && service == nil { form.fail("agency", "Select an agency or enter the service's name") }
        if agencyID != nil && service != nil { form.fail("service", "Choose an agency or a service, not both") }
        if let agencyID, try await Agency.find(agencyID, on: req.db)?.isActive != true {
            form.fail("agency", "Select an agency from the list")
        }
        let expires = form.date("expires", label: "Expiry date", required: true)
        if let expires, expires <= req.today { form.fail("expires", "Expiry date must be in the future") }
        if let expires, req.today.days(until: expires) > APITokens.longestLife {
            form.fail("expires", "Expiry date must be no more than a year from today")
        }
        let offered = try offered(req)
        let chosen = offered.filter { form.state.all("permissions").contains($0.name) }
        if chosen.isEmpty { form.fail("permissions", "Select what the token may read") }
        if let refused = chosen.first(where: { !APITokens.canCarry($0, agencyID: agencyID) }) {
            form.fail("permissions", "An agency's token cannot carry \"\(refused.summary)\": its contributors "
                      + "cannot read it. Issue it to a named service instead")
        }
        guard !form.hasErrors, let name, let expires else {
            return try await render(req, form.state, status: .unprocessableEntity)
        }
        let issue = APITokens.Issue(name: name, agencyID: agencyID, serviceName: service, permissions: chosen,
                                    expires: expires, formToken: form.state.value("form_token"))
        let issuer = try req.currentUser
        guard let (token, record) = try await APITokens.issue(issue, issuerID: issuer.id, issuerName: issuer.name,
                                                              at: req.now, on: req.db) else {
            req.flash("That form had already issued a token. Its value was shown once; if it was not copied, "
                      + "revoke it and issue another")
            return req.redirect(to: APITokenPaths.list.path)
        }
        return try await issued(req, token: token, record: record)
    }

    /// The only time the token is seen. Pages are never cached (`SecurityHeadersMiddleware`).
    static func issued(_ req: Request, token: String, record: APIToken) async throws -> Response {
        let chrome = try await req.chrome(title: "API token issued", caption: record.name)
        return try await req.renderPage(chrome, [
            .warning("Copy this token now and give it to its holder securely. You will not be shown it again."),
            .secret(token),
            .paragraph("The holder sends it with every request, in the Authorization header:"),
            .secret("curl -H \"Authorization: Bearer \(token)\" \(example(req))"),
            .paragraph("It stops working on \(try record.expires.long), or as soon as it is revoked."),
            .buttons([.link("Go to the token", APITokenPaths.show(try record.requireID())),
                      .link("All API tokens", APITokenPaths.list.path, secondary: true)]),
        ], status: .created)
    }

    /// This server's own address, so the example works as pasted.
    static func example(_ req: Request) -> String {
        let scheme = req.application.masaConfig.secureCookies ? "https" : "http"
        return "\(scheme)://\(req.headers.first(name: .host) ?? "localhost")/api/v1/risks"
    }
}
