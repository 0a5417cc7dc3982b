import Fluent
import MASACore
import MASAWeb
import Vapor

/// The agencies in the partnership: list, view, add and change.
enum AgencyController {
    enum Sort: String, CaseIterable, Sendable { case name, kind }

    @Sendable static func list(req: Request) async throws -> Response {
        let facts = try await AgencyQueries.list(ListQuery<Sort>(req, default: .name, keep: ["kind"]), on: req.db)
        let page = AgencyListPage(facts: facts, canManage: try req.currentUser.can(.manageStructure))
        return try await req.renderPage(try await req.chrome(title: "Agencies"), page.blocks())
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let facts = try await AgencyQueries.agency(try await Agency.find("agencyID", in: req), on: req.db)
        let page = AgencyPage(facts: facts, canManage: try req.currentUser.can(.manageStructure))
        let chrome = try await req.chrome(
            title: facts.agency.name,
            breadcrumbs: [Crumb("Agencies", AgencyPaths.list.path)])
        return try await req.renderPage(chrome, page.blocks())
    }

    @Sendable static func new(req: Request) async throws -> Response {
        var state = FormState()
        state.set("active", flag: true)
        return try await render(req, state, agency: nil)
    }

    @Sendable static func edit(req: Request) async throws -> Response {
        let agency = try await Agency.find("agencyID", in: req)
        var state = FormState()
        state.set("name", agency.name)
        state.set("kind", agency.kind)
        state.set("statutory", flag: agency.isStatutoryPartner)
        state.set("budget", flag: agency.contributesToBudget)
        state.set("contactName", agency.contactName)
        state.set("contactEmail", agency.contactEmail)
        state.set("active", flag: agency.isActive)
        return try await render(req, state, agency: agency)
    }

    static func render(
        _ req: Request, _ state: FormState, agency: Agency?, status: HTTPStatus = .ok
    ) async throws -> Response {
        let action = try agency.map { AgencyPaths.edit(try $0.requireID()) } ?? AgencyPaths.new.path
        let form = FormView(
            action: action, submit: agency == nil ? "Add agency" : "Save changes", cancel: AgencyPaths.list.path,
            csrf: req.csrfToken,
            fields: [
                .text("name", "Agency name", width: "30", state),
                .choice(
                    "kind", "Type of agency", options: .from(AgencyKind.self) { $0.label }, blank: "Select a type",
                    state),
                .checkbox(
                    "statutory", "This is one of the three statutory safeguarding partners",
                    hint: "The local authority, the police or the integrated care board", state),
                .checkbox("budget", "Contributes to the partnership budget", state),
                .text("contactName", "Contact name (optional)", width: "20", state),
                .text("contactEmail", "Contact email (optional)", width: "20", kind: .email, state),
                .checkbox("active", "Active member of the partnership", state),
            ])
        let title = agency == nil ? "Add an agency" : "Change \(agency!.name)"
        let chrome = try await req.chrome(
            title: title, breadcrumbs: [Crumb("Agencies", AgencyPaths.list.path)], errors: state.errorLinks)
        return try await req.renderPage(chrome, [.form(form)], status: status)
    }

    @Sendable static func create(req: Request) async throws -> Response {
        try await save(req, agency: nil)
    }

    @Sendable static func update(req: Request) async throws -> Response {
        try await save(req, agency: try await Agency.find("agencyID", in: req))
    }

    static func save(_ req: Request, agency existing: Agency?) async throws -> Response {
        var form = FormReader(req)
        let name = form.text("name", missing: "Enter the agency's name", max: 200, label: "Agency name")
        let kind = form.choice("kind", AgencyKind.self, missing: "Select the type of agency")
        let contactName = form.text("contactName", max: 200, label: "Contact name")
        let contactEmail = form.email("contactEmail", missing: nil)
        let statutory = form.flag("statutory")
        try await AgencyRules.check(name: name, statutory: statutory, excluding: existing?.id, on: req.db, into: &form)
        guard !form.hasErrors, let name, let kind else {
            return try await render(req, form.state, agency: existing, status: .unprocessableEntity)
        }
        let agency = existing ?? Agency()
        agency.name = name
        agency.kind = kind.rawValue
        agency.isStatutoryPartner = statutory
        agency.contributesToBudget = form.flag("budget")
        agency.contactName = contactName
        agency.contactEmail = contactEmail
        agency.isActive = form.flag("active")
        try await agency.save(on: req.db)
        req.flash(existing == nil ? "\(name) added" : "\(name) saved")
        return req.redirect(to: AgencyPaths.show(try agency.requireID()))
    }
}

/// Rules that need the database: unique names (ignoring case) and no more than three statutory partners.
enum AgencyRules {
    static func check(
        name: String?, statutory: Bool, excluding id: UUID?, on db: any Database, into form: inout FormReader
    ) async throws {
        let others = try await Agency.query(on: db).all().filter { $0.id != id }
        if let name, others.contains(where: { $0.name.lowercased() == name.lowercased() }) {
            form.fail("name", "An agency called \(name) already exists")
        }
        if statutory, others.filter(\.isStatutoryPartner).count >= 3 {
            form.fail("statutory", "Three agencies are already marked as statutory partners; unmark one first")
        }
    }
}
