import Fluent
import Foundation
import MASACore
import MASAWeb
import Reviews

enum DHRListSort: String, CaseIterable, Sendable { case notified, code, status }

/// A domestic homicide review in the list, with the SAR or LCSPR it is linked to.
struct DHRListItem: Sendable {
    let id: UUID
    let code: String
    let leadCSP: String
    let notified: LocalDate
    let status: DHRStatus
    let reviewID: UUID?
    let reviewCode: String?
}

typealias DHRListFacts = ListPageFacts<DHRListSort, DHRListItem>

/// One domestic homicide review as its page shows it.
struct DHRFacts: Sendable {
    let id: UUID
    let code: String
    let leadCSP: String
    let notified: LocalDate
    let status: DHRStatus
    let summary: String
    let reviewID: UUID?
    /// "Adult D: Safeguarding adults review", when it is linked to one.
    let review: String?
}

/// The domestic homicide reviews' questions of the database for their pages.
enum DHRQueries {
    static func list(_ list: ListQuery<DHRListSort>, on db: any Database) async throws -> DHRListFacts {
        let direction: DatabaseQuery.Sort.Direction = list.descending ? .descending : .ascending
        var query = DomesticHomicideReview.query(on: db)
        switch list.sort {
        case .notified: query = query.sort(\.$notifiedOn, direction).sort(\.$code)
        case .code: query = query.sort(\.$code, direction)
        case .status: query = query.sort(\.$status, direction).sort(\.$code)
        }
        let page = try await list.paginate(query)
        let linked = try await linkedReviews(page.items.compactMap(\.linkedReviewID), on: db)
        let items = try page.items.map { dhr in
            let review = dhr.linkedReviewID.flatMap { linked[$0] }
            return DHRListItem(id: try dhr.requireID(), code: dhr.code, leadCSP: dhr.leadCSP,
                                     notified: try dhr.notified, status: try dhr.dhrStatus, reviewID: review?.id,
                                     reviewCode: review?.code)
        }
        return DHRListFacts(list: list, items: items, metadata: page.metadata)
    }

    /// The review's page, for a review the handler found (a missing one is its 404).
    static func dhr(_ dhr: DomesticHomicideReview, on db: any Database) async throws -> DHRFacts {
        var review: Review?
        if let reviewID = dhr.linkedReviewID { review = try await Review.find(reviewID, on: db) }
        return DHRFacts(id: try dhr.requireID(), code: dhr.code, leadCSP: dhr.leadCSP, notified: try dhr.notified,
                        status: try dhr.dhrStatus, summary: dhr.summary, reviewID: review?.id,
                        review: try review.map { "\($0.code): \(try $0.reviewKind.label)" })
    }

    static func linkedReviews(_ ids: [UUID], on db: any Database) async throws -> [UUID: Review] {
        guard !ids.isEmpty else { return [:] }
        let reviews = try await Review.query(on: db).filter(\.$id ~~ ids).all()
        return Dictionary(uniqueKeysWithValues: reviews.compactMap { review in review.id.map { ($0, review) } })
    }
}
