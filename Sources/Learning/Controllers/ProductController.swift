import Fluent
import MASACore
import MASAWeb
import Reviews
import Vapor

/// Learning products: the list with their reach, one product with its reviews, themes and dissemination records,
/// and the forms.
enum ProductController {
    @Sendable static func list(req: Request) async throws -> Response {
        let list = ListQuery<ProductListSort>(req, default: .published, descending: true)
        let facts = try await ProductQueries.list(list, on: req.db)
        let page = ProductListPage(facts: facts, canManage: try req.currentUser.can(.manageCaseReviews))
        let chrome = try await req.chrome(title: "Learning products",
                                          breadcrumbs: [Crumb("Learning", LearningPaths.home.path)])
        return try await req.renderPage(chrome, page.blocks())
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let product = try await LearningProduct.find("productID", in: req)
        let facts = try await ProductQueries.product(product, on: req.db)
        let user = try req.currentUser
        let page = ProductPage(facts: facts, canRead: user.can(.viewCaseReviews),
                               canManage: user.can(.manageCaseReviews))
        let crumbs = [Crumb("Learning", LearningPaths.home.path),
                      Crumb("Learning products", LearningPaths.products.path)]
        let chrome = try await req.chrome(title: facts.title, caption: "Learning product", breadcrumbs: crumbs)
        return try await req.renderPage(chrome, page.blocks())
    }

    @Sendable static func new(req: Request) async throws -> Response {
        try await ProductForm.render(req, FormState(), product: nil)
    }

    @Sendable static func create(req: Request) async throws -> Response {
        try await ProductForm.save(req, product: nil)
    }

    @Sendable static func edit(req: Request) async throws -> Response {
        let product = try await LearningProduct.find("productID", in: req)
        let id = try product.requireID()
        var state = FormState()
        state.set("kind", product.kind)
        state.set("title", product.title)
        state.set("summary", product.summary)
        state.set("published", date: try product.published)
        state.set("link", product.link)
        let reviews = try await ProductReview.query(on: req.db).filter(\.$product.$id == id).all()
        state.set("reviews", all: reviews.map { $0.$review.id.uuidString })
        let themes = try await ProductTheme.query(on: req.db).filter(\.$product.$id == id).all()
        state.set("themes", all: themes.map { $0.$theme.id.uuidString })
        return try await ProductForm.render(req, state, product: product)
    }

    @Sendable static func update(req: Request) async throws -> Response {
        try await ProductForm.save(req, product: try await LearningProduct.find("productID", in: req))
    }
}
