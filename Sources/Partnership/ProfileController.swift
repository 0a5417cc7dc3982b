import Fluent
import MASACore
import MASAWeb
import Vapor

/// The partnership's name, area, vision, scope and current financial year.
enum ProfileController {
    @Sendable static func show(req: Request) async throws -> Response {
        let page = ProfilePage(
            facts: try await ProfileFacts.read(on: req.db),
            canManage: try req.currentUser.can(.manageStructure))
        return try await req.renderPage(try await req.chrome(title: "About the partnership"), page.blocks())
    }

    @Sendable static func edit(req: Request) async throws -> Response {
        var state = FormState()
        if let profile = try await PartnershipProfile.current(on: req.db) {
            state.set("name", profile.name)
            state.set("area", profile.area)
            state.set("vision", profile.vision)
            state.set("scope", profile.scope)
            state.set("year", profile.currentYear.label)
        }
        return try await render(req, state)
    }

    static func render(_ req: Request, _ state: FormState, status: HTTPStatus = .ok) async throws -> Response {
        let form = FormView(
            action: PartnershipPaths.edit.path, submit: "Save", cancel: PartnershipPaths.profile.path,
            csrf: req.csrfToken,
            fields: [
                .text("name", "Partnership name", width: "30", state),
                .text(
                    "area", "Area covered", hint: "For example, the borough or county the arrangements cover",
                    width: "30", state),
                .textarea("vision", "Vision statement", state),
                .choice(
                    "scope", "Whom the arrangements cover", kind: .radios, options: .from(Scope.self) { $0.label },
                    state),
                .text("year", "Current financial year", hint: "For example, 2025/26", width: "5", state),
            ])
        let chrome = try await req.chrome(
            title: "Partnership profile", breadcrumbs: [Crumb("Partnership", PartnershipPaths.profile.path)],
            errors: state.errorLinks)
        return try await req.renderPage(chrome, [.form(form)], status: status)
    }

    @Sendable static func update(req: Request) async throws -> Response {
        var form = FormReader(req)
        let name = form.text("name", missing: "Enter the partnership's name", max: 200, label: "Name")
        let area = form.text("area", missing: "Enter the area the arrangements cover", max: 200, label: "Area")
        let vision = form.text("vision", missing: "Enter the vision statement", max: 4000, label: "Vision")
        let scope = form.choice("scope", Scope.self, missing: "Select whom the arrangements cover")
        let yearText = form.text("year", missing: "Enter the current financial year, like 2025/26")
        let year = yearText.flatMap(FinancialYear.init(label:))
        if yearText != nil && year == nil { form.fail("year", "Financial year must look like 2025/26") }
        guard !form.hasErrors, let name, let area, let vision, let scope, let year else {
            return try await render(req, form.state, status: .unprocessableEntity)
        }
        let profile = try await PartnershipProfile.current(on: req.db) ?? PartnershipProfile()
        profile.name = name
        profile.area = area
        profile.vision = vision
        profile.scope = scope.rawValue
        profile.currentYearStart = year.startYear
        try await profile.save(on: req.db)
        req.flash("Partnership profile saved")
        return req.redirect(to: PartnershipPaths.profile.path)
    }
}
