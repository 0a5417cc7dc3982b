import Fluent
import MASACore
import MASAWeb
import Reviews
import Vapor

/// Adding or changing a learning product with the reviews and themes it draws on.
enum ProductForm {
    static func render(
        _ req: Request, _ state: FormState, product: LearningProduct?, status: HTTPStatus = .ok
    ) async throws -> Response {
        let reviews = try await Review.query(on: req.db).sort(\.$code).all()
        let form = FormView(
            action: try product.map { LearningPaths.editProduct(try $0.requireID()) } ?? LearningPaths.newProduct.path,
            submit: product == nil ? "Add product" : "Save changes",
            cancel: try product.map { LearningPaths.product(try $0.requireID()) } ?? LearningPaths.products.path,
            csrf: req.csrfToken,
            fields: [
                .choice(
                    "kind", "Kind of product", kind: .radios, options: .from(LearningProductKind.self) { $0.label },
                    state),
                .text("title", "Title", state),
                .textarea("summary", "Summary", hint: "What it teaches and who it is for", state),
                .date(
                    "published", "Published", hint: "Leave blank if not published yet. For example, 27 3 2025", state),
                .text("link", "Link", hint: "Optional: where people can find it, starting https://", kind: .url, state),
                .choice(
                    "reviews", "Reviews it draws on", kind: .checkboxes,
                    options: reviews.map { .init($0.id!.uuidString, $0.code) }, state),
                .choice(
                    "themes", "Themes", kind: .checkboxes,
                    options: try await ThemeOptions.make(on: req.db, chosen: state.all("themes")), state),
            ])
        let chrome = try await req.chrome(
            title: product == nil ? "Add a learning product" : "Change learning product",
            breadcrumbs: [
                Crumb("Learning", LearningPaths.home.path), Crumb("Learning products", LearningPaths.products.path),
            ],
            errors: state.errorLinks)
        return try await req.renderPage(chrome, [.form(form)], status: status)
    }

    static func save(_ req: Request, product existing: LearningProduct?) async throws -> Response {
        var form = FormReader(req)
        let kind = form.choice("kind", LearningProductKind.self, missing: "Select the kind of product")
        let title = form.text("title", missing: "Enter the title", max: 300, label: "Title")
        let summary = form.text("summary", missing: "Enter a summary", max: 4000, label: "Summary")
        let published = form.date("published", label: "Published", required: false)
        if let published, published > req.today { form.fail("published", "Published must be today or in the past") }
        let link = form.text("link", max: 1000, label: "Link")
        if let link, !(link.hasPrefix("https://") || link.hasPrefix("http://")) || link.contains(" ") {
            form.fail("link", "Enter a link starting https://")
        }
        let wanted = Set(form.state.all("reviews").compactMap(UUID.init(uuidString:)))
        let reviewIDs =
            wanted.isEmpty
            ? [] : try await Review.query(on: req.db).filter(\.$id ~~ Array(wanted)).all().compactMap(\.id)
        let themeIDs = try await ThemeOptions.chosen(form.state.all("themes"), on: req.db)
        guard !form.hasErrors, let kind, let title, let summary else {
            return try await render(req, form.state, product: existing, status: .unprocessableEntity)
        }
        let product = existing ?? LearningProduct()
        product.kind = kind.rawValue
        product.title = title
        product.summary = summary
        product.publishedOn = published?.iso
        product.link = link
        try await req.db.transaction { db in
            try await product.save(on: db)
            let id = try product.requireID()
            try await JoinRows.replace(
                try await ProductReview.query(on: db).filter(\.$product.$id == id).all(), key: { $0.$review.id },
                with: reviewIDs, make: { ProductReview(product: id, review: $0) }, on: db)
            try await JoinRows.replace(
                try await ProductTheme.query(on: db).filter(\.$product.$id == id).all(), key: { $0.$theme.id },
                with: themeIDs, make: { ProductTheme(product: id, theme: $0) }, on: db)
        }
        req.flash(existing == nil ? "Learning product added" : "Learning product saved")
        return req.redirect(to: LearningPaths.product(try product.requireID()))
    }
}
