import Fluent
import Foundation
import MASACore
import MASAWeb
import SQLKit

/// Reviews' publication clocks as the clocks dashboard reads them: only the columns the clock needs, and only the
/// reviews the page's scope needs (see `ClockScope`).
enum ReviewClockRows {
    struct Row: Sendable {
        let id: UUID
        let code: String
        let dates: PublicationDates
    }

    /// Children's reviews: every kind but SARs (a national review carries no clock, so it is left out too), in the
    /// order they are stored.
    static func children(_ context: ClockContext, scope: ClockScope) async throws -> [Row] {
        let kinds: SQLQueryString = """
            kind NOT IN (\(bind: ReviewKind.safeguardingAdultsReview.rawValue), \
            \(bind: ReviewKind.nationalReview.rawValue))
            """
        return try await rows(context, scope: scope, kinds: kinds, order: "")
    }

    /// Safeguarding adults reviews, earliest decision first.
    static func adults(_ context: ClockContext, scope: ClockScope) async throws -> [Row] {
        try await rows(context, scope: scope, kinds: "kind = \(bind: ReviewKind.safeguardingAdultsReview.rawValue)",
                       order: "ORDER BY decided_on")
    }

    /// A publication clock is done once the review is published, or once its final report is agreed when it is
    /// not to be published (as `PublicationDates.clock` has it).
    static let open: SQLQueryString = "published_on IS NULL AND (NOT decided_not_to_publish OR final_on IS NULL)"

    static func rows(_ context: ClockContext, scope: ClockScope, kinds: SQLQueryString,
                     order: SQLQueryString) async throws -> [Row] {
        let needed = scope.condition(open: open, starts: [SQLColumn("decided_on")], limit: 6, unit: .calendarMonths,
                                     calendar: context.calendar)
        return try await context.db.sql().raw("""
            SELECT id, code, kind, decided_on, published_on, final_on, decided_not_to_publish \
            FROM \(ident: Review.schema) WHERE \(kinds) AND \(needed) \(order)
            """).all().map(row)
    }

    static func row(_ row: any SQLRow) throws -> Row {
        let dates = PublicationDates(
            kind: Review.kind(try row.decode(column: "kind", as: String.self)),
            decided: try row.localDate("decided_on"), published: try row.localDate("published_on"),
            finalAgreed: try row.localDate("final_on"),
            decidedNotToPublish: try row.decode(column: "decided_not_to_publish", as: Bool.self))
        return Row(id: try row.decode(column: "id", as: UUID.self),
                   code: try row.decode(column: "code", as: String.self), dates: dates)
    }
}
