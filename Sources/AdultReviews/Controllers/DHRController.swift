import Fluent
import MASACore
import MASAWeb
import Reviews
import Vapor

/// Domestic homicide reviews: the list and one review with its link to a SAR or LCSPR about the same family.
enum DHRController {
    enum Sort: String, CaseIterable, Sendable { case notified, code, status }

    @Sendable static func list(req: Request) async throws -> Response {
        let list = ListQuery<Sort>(req, default: .notified, descending: true)
        let direction: DatabaseQuery.Sort.Direction = list.descending ? .descending : .ascending
        var query = DomesticHomicideReview.query(on: req.db)
        switch list.sort {
        case .notified: query = query.sort(\.$notifiedOn, direction).sort(\.$code)
        case .code: query = query.sort(\.$code, direction)
        case .status: query = query.sort(\.$status, direction).sort(\.$code)
        }
        let page = try await list.paginate(query)
        let linked = try await linkedReviews(page.items.compactMap(\.linkedReviewID), on: req.db)
        let rows: [[TableView.Cell]] = try page.items.map { dhr in
            let review = dhr.linkedReviewID.flatMap { linked[$0] }
            return [TableView.Cell(dhr.code, href: AdultsPaths.dhr(try dhr.requireID())), TableView.Cell(dhr.leadCSP),
                    TableView.Cell(try dhr.notified.short ?? dhr.notifiedOn), .tag(Tag(try dhr.dhrStatus.label, try dhr.dhrStatus.colour)),
                    TableView.Cell(review?.code ?? "None", href: review?.id.map(AdultsPaths.review))]
        }
        let table = TableView(columns: [list.column("Code", .code), TableView.column("Lead Community Safety Partnership"),
                                        list.column("Notified", .notified), list.column("Status", .status), TableView.column("Linked review")],
                              rows: rows, emptyText: "No domestic homicide reviews recorded yet.", pagination: list.pagination(page.metadata))
        var blocks: [Block] = [.paragraph("Domestic homicide reviews are led by the Community Safety Partnership. They are recorded here "
                                          + "for learning and linked to any SAR or LCSPR about the same family.")]
        if try req.currentUser.can(.manageCaseReviews) { blocks.append(.buttons([.link("Add a domestic homicide review", AdultsPaths.newDHR.path)])) }
        blocks.append(.table(table))
        let chrome = try await req.chrome(title: "Domestic homicide reviews", caption: "Case reviews", breadcrumbs: [Crumb("Case reviews", CaseReviewPaths.dashboard.path)])
        return try await req.renderPage(chrome, blocks)
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let dhr = try await DomesticHomicideReview.find("dhrID", in: req)
        var review: Review?
        if let reviewID = dhr.linkedReviewID { review = try await Review.find(reviewID, on: req.db) }
        let id = try dhr.requireID()
        var blocks: [Block] = [.summary(SummaryList(rows: [
            .init("Code", dhr.code),
            .init("Lead Community Safety Partnership", dhr.leadCSP),
            .init("Notified", try dhr.notified.long),
            .init("Status", nil, tag: Tag(try dhr.dhrStatus.label, try dhr.dhrStatus.colour)),
            .init("Summary", dhr.summary),
            .init("Linked review", try review.map { "\($0.code): \(try $0.reviewKind.label)" } ?? "None",
                  href: review?.id.map(AdultsPaths.review)),
        ]))]
        if try req.currentUser.can(.manageCaseReviews) { blocks.append(.buttons([.link("Change this review", AdultsPaths.editDHR(id), secondary: true)])) }
        let chrome = try await req.chrome(title: dhr.code, caption: "Domestic homicide review",
                                          breadcrumbs: [Crumb("Case reviews", CaseReviewPaths.dashboard.path), Crumb("Domestic homicide reviews", AdultsPaths.dhrs.path)])
        return try await req.renderPage(chrome, blocks)
    }

    static func linkedReviews(_ ids: [UUID], on db: any Database) async throws -> [UUID: Review] {
        guard !ids.isEmpty else { return [:] }
        let reviews = try await Review.query(on: db).filter(\.$id ~~ ids).all()
        return Dictionary(uniqueKeysWithValues: reviews.compactMap { review in review.id.map { ($0, review) } })
    }
}
