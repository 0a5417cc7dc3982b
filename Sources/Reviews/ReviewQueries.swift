import Fluent
import Foundation
import MASACore
import MASAWeb
import SQLKit

/// A review in the list: as its row reads it, with its publication clock worked out for today.
package struct ReviewListItem: Sendable {
    package let review: ReviewRow
    /// Nil for a national review, which the Panel publishes.
    package let clock: StatutoryClock?
}

package typealias ReviewListFacts = ListPageFacts<ReviewListSort, ReviewListItem>

/// One review as its page shows it: the summary list already read from the stored values, and the clock.
package struct ReviewFacts: Sendable {
    package let id: UUID
    package let code: String
    package let kind: ReviewKind
    package let clock: StatutoryClock?
    /// Every field, the stage, the clock and, from the part that holds it, where the review came from.
    package let details: SummaryList
}

package enum ReviewListSort: String, CaseIterable, Sendable { case code, kind, decided }

/// The reviews' questions of the database for their pages, callable from handlers and tests alike.
package enum ReviewQueries {
    /// A page of reviews, filtered and paged in the database and read with SQL: the columns shown, never the
    /// whole record as a model.
    package static func list(_ list: ListQuery<ReviewListSort>, today: LocalDate, calendar: WorkingDayCalendar,
                             sarMonths: Int, on db: any Database) async throws -> ReviewListFacts {
        var condition: SQLQueryString = "1 = 1"
        if let kind = list.extra["kind"].flatMap(ReviewKind.init(rawValue:)) {
            condition = "\(condition) AND kind = \(bind: kind.rawValue)"
        }
        if let stage = list.extra["stage"].flatMap(ReviewStage.init(rawValue:)) {
            condition = "\(condition) AND \(ReviewRows.condition(stage))"
        }
        let direction = list.sqlDirection
        let order: SQLQueryString = switch list.sort {
        case .code: "ORDER BY code \(direction)"
        case .kind: "ORDER BY kind \(direction), code"
        case .decided: "ORDER BY decided_on \(direction), code"
        }
        let count: () async throws -> Int = { try await db.countRows(of: Review.schema, as: "r", where: condition) }
        let page = try await list.paginate(count: count) {
            try await ReviewRows.read(condition, order: "\(order) \($0)", sarMonths: sarMonths, on: db)
        }
        let items = page.items.map {
            ReviewListItem(review: $0, clock: $0.publication.clock(today: today, calendar: calendar))
        }
        return ReviewListFacts(list: list, items: items, metadata: page.metadata)
    }

    /// One review as its page shows it, found by the handler (a missing one is its 404); `sources` tells where
    /// it came from when the part that holds its source is running.
    package static func review(_ review: Review, today: LocalDate, calendar: WorkingDayCalendar, sarMonths: Int,
                               noticeDays: Int, sources: (any ReviewSourceFact)?, on db: any Database) async throws
        -> ReviewFacts {
        let dates = try review.publicationDates(sarMonths: sarMonths)
        let clock = dates.clock(today: today, calendar: calendar)
        var source: [SummaryList.Row] = []
        if let sourceID = review.sourceID, let sources {
            source = try await sources.rows(forSource: sourceID, on: db)
        }
        return ReviewFacts(id: try review.requireID(), code: review.code, kind: try review.reviewKind, clock: clock,
                           details: try ReviewSummary.details(
                               review, clock: clock, rule: dates.rule, source: source,
                               notice: try review.publicationNotice(workingDays: noticeDays, today: today,
                                                                    calendar: calendar)))
    }
}
