import Fluent
import MASACore
import MASAWeb
import Reviews
import Vapor

/// The managed theme list: add, rename, describe and deactivate. Themes are never deleted, so history keeps its tags.
enum ThemeAdminController {
    @Sendable static func list(req: Request) async throws -> Response {
        try await renderList(req, FormState())
    }

    static func renderList(_ req: Request, _ state: FormState, status: HTTPStatus = .ok) async throws -> Response {
        let themes = try await Theme.query(on: req.db).sort(\.$name).all()
        let table = TableView(
            caption: "Themes",
            columns: [TableView.column("Theme"), TableView.column("Status"), TableView.column("Change")],
            rows: themes.map { theme in
                [
                    .init(theme.name, href: LearningPaths.theme(theme.id!), hint: theme.details),
                    .tag(theme.isActive ? Tag("In use", "green") : Tag("No longer in use", "grey")),
                    .init("Change", href: LearningPaths.editTheme(theme.id!)),
                ]
            }, emptyText: "The partnership has no themes yet.")
        let form = FormView(
            action: LearningPaths.manageThemes.path, submit: "Add theme", csrf: req.csrfToken,
            fields: [
                .text("name", "Theme name", width: "20", state),
                .textarea("description", "Description", hint: "Optional: what the theme covers", state),
            ])
        var blocks: [Block] = [.table(table), .heading("Add a theme"), .form(form)]
        let missing = try await missingReferenceThemes(on: req.db)
        if !missing.isEmpty {
            blocks.append(
                .paragraph("\(missing.count) of the themes seen in national and local reviews are not on the list yet.")
            )
            blocks.append(
                .buttons([.post("Add the reference themes", LearningPaths.referenceThemes.path, csrf: req.csrfToken)]))
        }
        let chrome = try await req.chrome(
            title: "Manage themes", breadcrumbs: [Crumb("Learning", LearningPaths.home.path)], errors: state.errorLinks)
        return try await req.renderPage(chrome, blocks, status: status)
    }

    static func missingReferenceThemes(on db: any Database) async throws -> [String] {
        let have = Set(try await Theme.query(on: db).all().map { $0.name.lowercased() })
        return Theme.referenceList.filter { !have.contains($0.lowercased()) }
    }

    /// Reads a theme's name and description; a name already taken (in any letter case) is refused.
    static func read(_ req: Request, except: UUID?) async throws -> (FormReader, String?, String?) {
        var form = FormReader(req)
        let name = form.text("name", missing: "Enter the theme name", max: 200, label: "Theme name")
        let description = form.text("description", max: 2000, label: "Description")
        if let name {
            let clash = try await Theme.query(on: req.db).all().contains {
                $0.name.lowercased() == name.lowercased() && $0.id != except
            }
            if clash { form.fail("name", "There is already a theme called \(name)") }
        }
        return (form, name, description)
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let (form, name, description) = try await read(req, except: nil)
        guard !form.hasErrors, let name else {
            return try await renderList(req, form.state, status: .unprocessableEntity)
        }
        try await Theme(name: name, details: description).create(on: req.db)
        req.flash("Theme added")
        return req.redirect(to: LearningPaths.manageThemes.path)
    }

    @Sendable static func addReferenceList(req: Request) async throws -> Response {
        let missing = try await missingReferenceThemes(on: req.db)
        try await req.db.transaction { db in
            for name in missing { try await Theme(name: name).create(on: db) }
        }
        req.flash("\(missing.count) themes added")
        return req.redirect(to: LearningPaths.manageThemes.path)
    }

    @Sendable static func edit(req: Request) async throws -> Response {
        let theme = try await Theme.find("themeID", in: req)
        var state = FormState()
        state.set("name", theme.name)
        state.set("description", theme.details)
        state.set("active", flag: theme.isActive)
        return try await render(req, state, theme: theme)
    }

    static func render(
        _ req: Request, _ state: FormState, theme: Theme, status: HTTPStatus = .ok
    ) async throws -> Response {
        let form = FormView(
            action: LearningPaths.editTheme(try theme.requireID()), submit: "Save changes",
            cancel: LearningPaths.manageThemes.path, csrf: req.csrfToken,
            fields: [
                .text("name", "Theme name", width: "20", state),
                .textarea("description", "Description", hint: "Optional: what the theme covers", state),
                .checkbox(
                    "active", "In use", hint: "Untick to stop offering the theme; reviews already tagged keep it", state
                ),
            ])
        let chrome = try await req.chrome(
            title: "Change theme", caption: theme.name,
            breadcrumbs: [
                Crumb("Learning", LearningPaths.home.path), Crumb("Manage themes", LearningPaths.manageThemes.path),
            ], errors: state.errorLinks)
        return try await req.renderPage(chrome, [.form(form)], status: status)
    }

    @Sendable static func update(req: Request) async throws -> Response {
        let theme = try await Theme.find("themeID", in: req)
        let (form, name, description) = try await read(req, except: try theme.requireID())
        guard !form.hasErrors, let name else {
            return try await render(req, form.state, theme: theme, status: .unprocessableEntity)
        }
        theme.name = name
        theme.details = description
        theme.isActive = form.flag("active")
        try await theme.save(on: req.db)
        req.flash("Theme saved")
        return req.redirect(to: LearningPaths.manageThemes.path)
    }
}
