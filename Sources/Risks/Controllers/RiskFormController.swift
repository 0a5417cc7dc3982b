import Fluent
import MASACore
import MASAWeb
import Vapor

/// Adding and changing risks. A new risk gets the next reference number inside the same transaction as its
/// save, so two people adding at once cannot both take "R13" (the unique index refuses the second).
enum RiskFormController {
    @Sendable static func new(req: Request) async throws -> Response {
        var state = FormState()
        state.set("status", RiskStatus.open.rawValue)
        return try await render(req, state, risk: nil)
    }

    @Sendable static func edit(req: Request) async throws -> Response {
        let risk = try await RiskController.find(req)
        return try await render(req, RiskForm.state(from: risk), risk: risk)
    }

    @Sendable static func create(req: Request) async throws -> Response {
        try await save(req, risk: nil)
    }

    @Sendable static func update(req: Request) async throws -> Response {
        try await save(req, risk: try await RiskController.find(req))
    }

    static func render(
        _ req: Request, _ state: FormState, risk: Risk?, status: HTTPStatus = .ok
    ) async throws -> Response {
        let ownerID = risk?.$ownerAgency.id
        // Inactive agencies are not offered, except the one that already owns this risk.
        let agencies = try await Agency.query(on: req.db).all().filter { $0.isActive || $0.id == ownerID }
            .sorted { $0.name.lowercased() < $1.name.lowercased() }
        let id = try risk?.requireID()
        let form = FormView(
            action: id.map(RiskPaths.edit) ?? RiskPaths.new.path, submit: risk == nil ? "Add risk" : "Save changes",
            cancel: id.map(RiskPaths.show) ?? RiskPaths.list.path, csrf: req.csrfToken,
            fields: RiskForm.fields(state, agencies: agencies))
        var crumbs = [Crumb("Risk register", RiskPaths.list.path)]
        if let risk, let id { crumbs.append(Crumb(risk.reference, RiskPaths.show(id))) }
        let title = risk.map { "Change \($0.reference)" } ?? "Add a risk"
        let chrome = try await req.chrome(title: title, breadcrumbs: crumbs, errors: state.errorLinks)
        return try await req.renderPage(chrome, [.form(form)], status: status)
    }

    static func save(_ req: Request, risk existing: Risk?) async throws -> Response {
        var form = FormReader(req)
        guard let input = try await RiskForm.read(&form, on: req.db) else {
            return try await render(req, form.state, risk: existing, status: .unprocessableEntity)
        }
        let risk = existing ?? Risk()
        let today = req.today
        try await req.db.transaction { db in
            if existing == nil {
                risk.number = RiskReference.next(after: try await Risk.query(on: db).max(\.$number))
                risk.createdOn = today.iso
            }
            input.apply(to: risk)
            try await risk.save(on: db)
        }
        req.flash(existing == nil ? "Risk \(risk.reference) added" : "Risk \(risk.reference) saved")
        return req.redirect(to: RiskPaths.show(try risk.requireID()))
    }
}
