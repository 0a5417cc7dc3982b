import Fluent
import MASACore
import MASAWeb
import Reviews
import Vapor

/// Adding or changing a review's finding, with the themes it speaks to.
enum FindingController {
    @Sendable static func new(req: Request) async throws -> Response {
        try await render(req, FormState(), review: try await Review.find("reviewID", in: req), finding: nil)
    }

    @Sendable static func create(req: Request) async throws -> Response {
        try await save(req, review: try await Review.find("reviewID", in: req), finding: nil)
    }

    @Sendable static func edit(req: Request) async throws -> Response {
        let finding = try await Finding.find("findingID", in: req)
        var state = FormState()
        state.set("text", finding.text)
        state.set("position", String(finding.position))
        let tags = try await FindingTheme.query(on: req.db).filter(\.$finding.$id == finding.requireID()).all()
        state.set("themes", all: tags.map { $0.$theme.id.uuidString })
        return try await render(req, state, review: try await finding.$review.get(on: req.db), finding: finding)
    }

    @Sendable static func update(req: Request) async throws -> Response {
        let finding = try await Finding.find("findingID", in: req)
        return try await save(req, review: try await finding.$review.get(on: req.db), finding: finding)
    }

    static func render(
        _ req: Request, _ state: FormState, review: Review, finding: Finding?, status: HTTPStatus = .ok
    ) async throws -> Response {
        let reviewID = try review.requireID()
        let themes = try await ThemeOptions.make(on: req.db, chosen: state.all("themes"))
        let form = FormView(
            action: try finding.map { LearningPaths.editFinding(try $0.requireID()) }
                ?? LearningPaths.newFinding(reviewID),
            submit: finding == nil ? "Add finding" : "Save changes", cancel: LearningPaths.review(reviewID),
            csrf: req.csrfToken,
            fields: [
                .textarea(
                    "text", "Finding", hint: "As the review report words it; codes and pseudonyms only, never names",
                    state),
                .text(
                    "position", "Number", hint: "Where it comes in the report; leave blank to add it at the end",
                    width: "3", kind: .number, state),
                .choice("themes", "Themes", hint: "Select all that apply", kind: .checkboxes, options: themes, state),
            ])
        let chrome = try await req.chrome(
            title: finding == nil ? "Add a finding" : "Change finding", caption: review.code,
            breadcrumbs: [Crumb(review.code, LearningPaths.review(reviewID))], errors: state.errorLinks)
        return try await req.renderPage(chrome, [.form(form)], status: status)
    }

    static func save(_ req: Request, review: Review, finding existing: Finding?) async throws -> Response {
        var form = FormReader(req)
        let text = form.text("text", missing: "Enter the finding", max: 4000, label: "Finding")
        let position = form.int("position", label: "Number", in: 1...999)
        let themeIDs = try await ThemeOptions.chosen(form.state.all("themes"), on: req.db)
        guard !form.hasErrors, let text else {
            return try await render(req, form.state, review: review, finding: existing, status: .unprocessableEntity)
        }
        let reviewID = try review.requireID()
        let finding = existing ?? Finding()
        finding.$review.id = reviewID
        finding.text = text
        if let position {
            finding.position = position
        } else if existing == nil {
            finding.position = try await Finding.query(on: req.db).filter(\.$review.$id == reviewID).count() + 1
        }
        try await req.db.transaction { db in
            try await finding.save(on: db)
            let id = try finding.requireID()
            let existing = try await FindingTheme.query(on: db).filter(\.$finding.$id == id).all()
            try await JoinRows.replace(
                existing, key: { $0.$theme.id }, with: themeIDs, make: { FindingTheme(finding: id, theme: $0) }, on: db)
        }
        req.flash(existing == nil ? "Finding added" : "Finding saved")
        return req.redirect(to: LearningPaths.review(reviewID))
    }
}

/// Checkbox options for themes: the active list, plus any inactive theme already chosen so it is not lost silently.
enum ThemeOptions {
    static func make(on db: any Database, chosen: [String]) async throws -> [FieldView.Option] {
        let themes = try await Theme.query(on: db).sort(\.$name).all()
        return themes.filter { $0.isActive || chosen.contains($0.id!.uuidString) }
            .map { FieldView.Option($0.id!.uuidString, $0.name, hint: $0.isActive ? nil : "No longer in use") }
    }

    /// The ticked themes that exist; anything else posted is ignored.
    static func chosen(_ raw: [String], on db: any Database) async throws -> [UUID] {
        let ids = Set(raw.compactMap(UUID.init(uuidString:)))
        guard !ids.isEmpty else { return [] }
        return try await Theme.query(on: db).filter(\.$id ~~ Array(ids)).all().compactMap(\.id)
    }
}

/// Tagging themes on a whole review.
enum ReviewThemeController {
    @Sendable static func edit(req: Request) async throws -> Response {
        let review = try await Review.find("reviewID", in: req)
        var state = FormState()
        let tags = try await ReviewTheme.query(on: req.db).filter(\.$review.$id == review.requireID()).all()
        state.set("themes", all: tags.map { $0.$theme.id.uuidString })
        return try await render(req, state, review: review)
    }

    static func render(_ req: Request, _ state: FormState, review: Review) async throws -> Response {
        let id = try review.requireID()
        let form = FormView(
            action: LearningPaths.reviewThemes(id), submit: "Save themes", cancel: LearningPaths.review(id),
            csrf: req.csrfToken,
            fields: [
                .choice(
                    "themes", "Themes",
                    hint: "Select all that apply. Themes that recur across reviews are flagged on the learning page.",
                    kind: .checkboxes, options: try await ThemeOptions.make(on: req.db, chosen: state.all("themes")),
                    state)
            ])
        let chrome = try await req.chrome(
            title: "Themes", caption: review.code, breadcrumbs: [Crumb(review.code, LearningPaths.review(id))])
        return try await req.renderPage(chrome, [.form(form)])
    }

    @Sendable static func update(req: Request) async throws -> Response {
        let review = try await Review.find("reviewID", in: req)
        let id = try review.requireID()
        let themeIDs = try await ThemeOptions.chosen(FormState.posted(req).all("themes"), on: req.db)
        try await req.db.transaction { db in
            let existing = try await ReviewTheme.query(on: db).filter(\.$review.$id == id).all()
            try await JoinRows.replace(
                existing, key: { $0.$theme.id }, with: themeIDs, make: { ReviewTheme(review: id, theme: $0) }, on: db)
        }
        req.flash("Themes saved")
        return req.redirect(to: LearningPaths.review(id))
    }
}
