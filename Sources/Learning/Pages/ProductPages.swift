import Foundation
import MASACore
import MASAWeb
import Reviews

/// The learning products list as blocks: the add button for those who may add one, then the products with reach.
struct ProductListPage: Sendable {
    let facts: ProductListFacts
    let canManage: Bool

    func blocks() -> [Block] {
        let rows: [[TableView.Cell]] = facts.items.map { product in
            [.init(product.title, href: LearningPaths.product(product.id)), .init(product.kind.label),
             product.published.map { TableView.Cell.date($0) } ?? .init("Not yet"), .number(product.reach)]
        }
        let columns = [TableView.column("Product"), TableView.column("Kind"), TableView.column("Published"),
                       TableView.column("People reached", numeric: true)]
        let table = TableView(columns: columns, rows: rows, emptyText: "No learning products yet.",
                              pagination: facts.pagination)
        return (canManage ? [.buttons([.link("Add a learning product", LearningPaths.newProduct.path)])] : [])
            + [.table(table)]
    }
}

/// One learning product's page as blocks: what it is, its reviews and themes (linked for case review roles), its
/// dissemination with the total reached, and the buttons for those who may change it.
struct ProductPage: Sendable {
    let facts: ProductFacts
    let canRead: Bool
    let canManage: Bool

    var totalReach: Int { facts.disseminations.reduce(0) { $0 + $1.reach } }

    func blocks() -> [Block] {
        var blocks: [Block] = [.summary(SummaryList(rows: [
            .init("Kind", facts.kind.label), .init("Summary", facts.summary),
            .init("Published", facts.published?.long),
            .init("Link", facts.link, href: facts.link),
        ]))]
        let reviews: [[TableView.Cell]] = facts.reviews.map {
            [.init($0.code, href: canRead ? LearningPaths.review($0.id) : nil), .init($0.kind.label)]
        }
        blocks.append(.table(TableView(caption: "Reviews", columns: [TableView.column("Review"),
                                                                     TableView.column("Kind")],
                                       rows: reviews, emptyText: "Not linked to a review.")))
        let themes: [[TableView.Cell]] = facts.themes.map {
            [.init($0.name, href: canRead ? LearningPaths.theme($0.id) : nil)]
        }
        blocks.append(.table(TableView(caption: "Themes", columns: [TableView.column("Theme")],
                                       rows: themes, emptyText: "Not linked to a theme.")))
        blocks.append(.table(disseminationTable))
        let total = totalReach
        blocks.append(.paragraph("Total reach: \(total) \(total == 1 ? "person" : "people")"))
        if canManage {
            blocks.append(.buttons([.link("Record dissemination", LearningPaths.newDissemination(facts.id)),
                                    .link("Change this product", LearningPaths.editProduct(facts.id),
                                          secondary: true)]))
        }
        return blocks
    }

    var disseminationTable: TableView {
        let records = facts.disseminations
        let rows: [[TableView.Cell]] = records.map { record in
            [.init(record.day.short), .init(record.audience), .init(record.agencies), .number(record.reach)]
        } + (records.isEmpty ? [] : [[.init("Total"), .init(nil), .init(nil), .number(totalReach)]])
        return TableView(caption: "Dissemination", columns: [
            TableView.column("Date"), TableView.column("Audience"), TableView.column("Agencies"),
            TableView.column("Reach", numeric: true),
        ], rows: rows, emptyText: "Not disseminated yet.")
    }
}
