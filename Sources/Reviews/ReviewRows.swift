import Fluent
import Foundation
import MASACore
import MASAWeb
import SQLKit

/// A review as its list and the clocks dashboard read it: its code, kind and the dates its stage and publication
/// clock follow from (the long text columns stay in the database).
package struct ReviewRow: Sendable {
    package let id: UUID
    package let code: String
    package let publication: PublicationDates
    package let stage: ReviewStage
}

package enum ReviewRows {
    /// The reviews matching `condition` (every one by default), then `order` (an ORDER BY and LIMIT, or nothing
    /// for the order stored).
    package static func read(
        _ condition: SQLQueryString = "1 = 1", order: SQLQueryString = "", sarMonths: Int,
        on db: any Database
    ) async throws -> [ReviewRow] {
        try await db.sql().raw(
            """
            SELECT id, code, kind, decided_on, commissioned_on, draft_on, final_on, published_on, \
            decided_not_to_publish FROM \(ident: Review.schema) WHERE \(condition) \(order)
            """
        ).all().map { try row($0, sarMonths: sarMonths) }
    }

    /// Reviews at `stage`: the rules of `ReviewStage.init` on the stored dates (the latest recorded step wins),
    /// so the list can filter and page in the database.
    package static func condition(_ stage: ReviewStage) -> SQLQueryString {
        let unpublished: SQLQueryString = "published_on IS NULL"
        let noFinal: SQLQueryString = "\(unpublished) AND final_on IS NULL"
        let noDraft: SQLQueryString = "\(noFinal) AND draft_on IS NULL"
        return switch stage {
        case .published: "published_on IS NOT NULL"
        case .concludedUnpublished: "\(unpublished) AND final_on IS NOT NULL AND decided_not_to_publish = \(bind: true)"
        case .finalAgreed: "\(unpublished) AND final_on IS NOT NULL AND decided_not_to_publish = \(bind: false)"
        case .draftReceived: "\(noFinal) AND draft_on IS NOT NULL"
        case .commissioned: "\(noDraft) AND commissioned_on IS NOT NULL"
        case .decided: "\(noDraft) AND commissioned_on IS NULL"
        }
    }

    package static func row(_ row: any SQLRow, sarMonths: Int) throws -> ReviewRow {
        let columns = try StoredColumns(row, table: Review.schema)
        let publication = PublicationDates(
            kind: try columns.required("kind", ReviewKind.init(rawValue:)),
            decided: try columns.requiredDate("decided_on"), published: try columns.date("published_on"),
            finalAgreed: try columns.date("final_on"),
            decidedNotToPublish: try row.decode(column: "decided_not_to_publish", as: Bool.self), sarMonths: sarMonths)
        let stage = ReviewStage(
            commissioned: try columns.date("commissioned_on"),
            draft: try columns.date("draft_on"), final: publication.finalAgreed,
            published: publication.published,
            decidedNotToPublish: publication.decidedNotToPublish)
        return ReviewRow(
            id: try row.decode(column: "id", as: UUID.self),
            code: try row.decode(column: "code", as: String.self), publication: publication, stage: stage)
    }
}

/// Reviews' publication clocks for the clocks dashboard, only for the reviews the page's scope needs
/// (see `ClockScope`).
package enum ReviewClockRows {
    /// Children's reviews: every kind but SARs (a national review carries no clock, so it is left out too), in the
    /// order they are stored.
    package static func children(_ context: ClockContext, scope: ClockScope) async throws -> [ReviewRow] {
        let kinds: SQLQueryString = """
            kind NOT IN (\(bind: ReviewKind.safeguardingAdultsReview.rawValue), \
            \(bind: ReviewKind.nationalReview.rawValue))
            """
        return try await rows(context, scope: scope, kinds: kinds, order: "", months: 6)
    }

    /// Safeguarding adults reviews, earliest decision first.
    package static func adults(_ context: ClockContext, scope: ClockScope) async throws -> [ReviewRow] {
        try await rows(
            context, scope: scope, kinds: "kind = \(bind: ReviewKind.safeguardingAdultsReview.rawValue)",
            order: "ORDER BY decided_on", months: context.settings.sarFinalReportMonths)
    }

    /// A review's clock is done once it is published, or once its final report is agreed when it is not to be
    /// published or (a SAR, a local learning review) carries no duty to publish, as `PublicationDates.clock` has it.
    package static let open: SQLQueryString = """
        published_on IS NULL AND (NOT decided_not_to_publish OR final_on IS NULL) \
        AND (kind NOT IN (\(bind: ReviewKind.safeguardingAdultsReview.rawValue), \
        \(bind: ReviewKind.localLearningReview.rawValue)) OR final_on IS NULL)
        """

    /// `months`: the longest clock among `kinds` (every children's review clock is six months; a SAR's is a setting).
    package static func rows(
        _ context: ClockContext, scope: ClockScope, kinds: SQLQueryString,
        order: SQLQueryString, months: Int
    ) async throws -> [ReviewRow] {
        let needed = scope.condition(
            open: open, starts: [SQLColumn("decided_on")], limit: months, unit: .calendarMonths,
            calendar: context.calendar)
        return try await ReviewRows.read(
            "\(kinds) AND \(needed)", order: order, sarMonths: context.settings.sarFinalReportMonths, on: context.db)
    }
}
