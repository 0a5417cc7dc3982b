import Fluent
import Foundation
import MASACore
import MASAWeb
import Reviews
import SQLKit

enum ProductListSort: String, CaseIterable, Sendable { case published }

/// A learning product in the list, with the people its dissemination has reached.
struct ProductListItem: Sendable {
    let id: UUID
    let title: String
    let kind: LearningProductKind
    let published: LocalDate?
    let reach: Int
}

typealias ProductListFacts = ListPageFacts<ProductListSort, ProductListItem>

/// One learning product as its page shows it: what it is, the reviews and themes it draws on, and who it reached.
struct ProductFacts: Sendable {
    struct LinkedReview: Sendable {
        let id: UUID
        let code: String
        let kind: ReviewKind
    }

    struct Dissemination: Sendable {
        let day: LocalDate
        let audience: String
        /// The agencies' names, sorted and joined.
        let agencies: String
        let reach: Int
    }

    let id: UUID
    let title: String
    let kind: LearningProductKind
    let summary: String
    let published: LocalDate?
    let link: String?
    let reviews: [LinkedReview]
    let themes: [ThemeName]
    let disseminations: [Dissemination]
}

/// The learning products' questions of the database for their pages, callable from handlers and tests alike.
enum ProductQueries {
    /// A page of products, newest first, with each one's reach summed in SQL rather than from every record.
    static func list(_ list: ListQuery<ProductListSort>, on db: any Database) async throws -> ProductListFacts {
        let page = try await list.paginate(LearningProduct.query(on: db).sort(\.$publishedOn, .descending)
            .sort(\.$title))
        let reach = try await Self.reach(of: page.items.compactMap(\.id), on: db)
        let items = try page.items.map { product in
            let id = try product.requireID()
            return ProductListItem(id: id, title: product.title, kind: try product.productKind,
                                   published: try product.published, reach: reach[id] ?? 0)
        }
        return ProductListFacts(list: list, items: items, metadata: page.metadata)
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

    /// The product's page, for a product the handler found (a missing one is its 404).
    static func product(_ product: LearningProduct, on db: any Database) async throws -> ProductFacts {
        let id = try product.requireID()
        let reviews = try await ProductReview.query(on: db).filter(\.$product.$id == id).with(\.$review).all()
            .map(\.review).sorted { $0.code < $1.code }
        let themes = try await ProductTheme.query(on: db).filter(\.$product.$id == id).with(\.$theme).all()
            .map(\.theme).sorted { $0.name < $1.name }
        let records = try await Dissemination.query(on: db).filter(\.$product.$id == id).sort(\.$date).all()
        let agencyNames = Dictionary(uniqueKeysWithValues: try await Agency.query(on: db).all().compactMap { agency in
            agency.id.map { ($0, agency.name) }
        })
        return ProductFacts(
            id: id, title: product.title, kind: try product.productKind, summary: product.summary,
            published: try product.published, link: product.link,
            reviews: try reviews.map { .init(id: try $0.requireID(), code: $0.code, kind: try $0.reviewKind) },
            themes: try themes.map { ThemeName(id: try $0.requireID(), name: $0.name) },
            disseminations: try records.map { record in
                .init(day: try record.day, audience: record.audience,
                      agencies: try record.agencies.compactMap { agencyNames[$0] }.sorted().joined(separator: ", "),
                      reach: record.reach)
            })
    }
}
