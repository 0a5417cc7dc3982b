import Fluent
import MASACore
import MASAWeb
import Reviews
import SQLKit
import Vapor

/// Learning products: the list with their reach, one product with its reviews, themes and dissemination records.
enum ProductController {
    enum Sort: String, CaseIterable, Sendable { case published }

    /// A page of products, newest first, with each one's reach summed in SQL rather than from every record.
    @Sendable static func list(req: Request) async throws -> Response {
        let list = ListQuery<Sort>(req, default: .published, descending: true)
        let page = try await list.paginate(LearningProduct.query(on: req.db).sort(\.$publishedOn, .descending)
            .sort(\.$title))
        let reach = try await Self.reach(of: page.items.compactMap(\.id), on: req.db)
        let rows: [[TableView.Cell]] = try page.items.map { p in
            let published = try p.published
            return [.init(p.title, href: LearningPaths.product(p.id!)), .init(try p.productKind.label),
                    published.map { TableView.Cell.date($0) } ?? .init("Not yet"), .number(reach[p.id!] ?? 0)]
        }
        let columns = [TableView.column("Product"), TableView.column("Kind"), TableView.column("Published"),
                       TableView.column("People reached", numeric: true)]
        let table = TableView(columns: columns, rows: rows, emptyText: "No learning products yet.",
                              pagination: list.pagination(page.metadata))
        var blocks: [Block] = [.table(table)]
        if try req.currentUser.can(.manageCaseReviews) {
            blocks.insert(.buttons([.link("Add a learning product", LearningPaths.newProduct.path)]), at: 0)
        }
        let chrome = try await req.chrome(title: "Learning products",
                                          breadcrumbs: [Crumb("Learning", LearningPaths.home.path)])
        return try await req.renderPage(chrome, blocks)
    }

    /// People reached by each of these products, over all their dissemination records. (On PostgreSQL the sum of
    /// a BIGINT is NUMERIC, hence the cast.)
    static func reach(of products: [UUID], on db: any Database) async throws -> [UUID: Int] {
        guard !products.isEmpty else { return [:] }
        let rows = try await db.sql().raw("""
            SELECT product_id, CAST(SUM(reach) AS BIGINT) AS reached FROM \(ident: Dissemination.schema) \
            WHERE product_id IN (\(binds: products)) GROUP BY product_id
            """).all()
        var reach: [UUID: Int] = [:]
        for row in rows {
            reach[try row.decode(column: "product_id", as: UUID.self)] = try row.decode(column: "reached", as: Int.self)
        }
        return reach
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let product = try await LearningProduct.find("productID", in: req)
        let id = try product.requireID()
        let reviews = try await ProductReview.query(on: req.db).filter(\.$product.$id == id).with(\.$review).all().map(\.review).sorted { $0.code < $1.code }
        let themes = try await ProductTheme.query(on: req.db).filter(\.$product.$id == id).with(\.$theme).all().map(\.theme).sorted { $0.name < $1.name }
        let records = try await Dissemination.query(on: req.db).filter(\.$product.$id == id).sort(\.$date).all()
        let agencyNames = Dictionary(uniqueKeysWithValues: try await Agency.query(on: req.db).all().compactMap { a in a.id.map { ($0, a.name) } })
        let canRead = try req.currentUser.can(.viewCaseReviews)
        var blocks: [Block] = [.summary(SummaryList(rows: [
            .init("Kind", try product.productKind.label), .init("Summary", product.summary),
            .init("Published", try product.published?.long),
            .init("Link", product.link, href: product.link),
        ]))]
        blocks.append(.table(TableView(caption: "Reviews", columns: [TableView.column("Review"), TableView.column("Kind")],
                                       rows: try reviews.map { [.init($0.code, href: canRead ? LearningPaths.review($0.id!) : nil), .init(try $0.reviewKind.label)] }, emptyText: "Not linked to a review.")))
        blocks.append(.table(TableView(caption: "Themes", columns: [TableView.column("Theme")],
                                       rows: themes.map { [.init($0.name, href: canRead ? LearningPaths.theme($0.id!) : nil)] }, emptyText: "Not linked to a theme.")))
        let total = records.reduce(0) { $0 + $1.reach }
        let rows: [[TableView.Cell]] = try records.map { d in
            [.init(try d.day.short), .init(d.audience), .init(try d.agencies.compactMap { agencyNames[$0] }.sorted().joined(separator: ", ")), .number(d.reach)]
        } + (records.isEmpty ? [] : [[.init("Total"), .init(nil), .init(nil), .number(total)]])
        blocks.append(.table(TableView(caption: "Dissemination", columns: [TableView.column("Date"), TableView.column("Audience"), TableView.column("Agencies"), TableView.column("Reach", numeric: true)],
                                       rows: rows, emptyText: "Not disseminated yet.")))
        blocks.append(.paragraph("Total reach: \(total) \(total == 1 ? "person" : "people")"))
        if try req.currentUser.can(.manageCaseReviews) {
            blocks.append(.buttons([.link("Record dissemination", LearningPaths.newDissemination(id)), .link("Change this product", LearningPaths.editProduct(id), secondary: true)]))
        }
        return try await req.renderPage(try await req.chrome(title: product.title, caption: "Learning product",
                                                             breadcrumbs: [Crumb("Learning", LearningPaths.home.path), Crumb("Learning products", LearningPaths.products.path)]), blocks)
    }

    @Sendable static func new(req: Request) async throws -> Response { try await ProductForm.render(req, FormState(), product: nil) }

    @Sendable static func create(req: Request) async throws -> Response { try await ProductForm.save(req, product: nil) }

    @Sendable static func edit(req: Request) async throws -> Response {
        let product = try await LearningProduct.find("productID", in: req)
        let id = try product.requireID()
        var state = FormState()
        state.set("kind", product.kind)
        state.set("title", product.title)
        state.set("summary", product.summary)
        state.set("published", date: try product.published)
        state.set("link", product.link)
        state.set("reviews", all: try await ProductReview.query(on: req.db).filter(\.$product.$id == id).all().map { $0.$review.id.uuidString })
        state.set("themes", all: try await ProductTheme.query(on: req.db).filter(\.$product.$id == id).all().map { $0.$theme.id.uuidString })
        return try await ProductForm.render(req, state, product: product)
    }

    @Sendable static func update(req: Request) async throws -> Response {
        try await ProductForm.save(req, product: try await LearningProduct.find("productID", in: req))
    }
}
