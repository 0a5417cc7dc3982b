import Fluent
import Foundation
import MASACore
import MASAWeb
import Reviews
import SQLKit

/// The adults' clocks: each referral's acknowledgement and each SAR's final report.
enum AdultsClocks {

    /// Only the dates the clocks need are read, and only for the records the scope needs.
    static func all(_ context: ClockContext, scope: ClockScope = .everything) async throws -> [ClockItem] {
        let days = context.settings.sarAcknowledgementDays
        let needed = scope.condition(open: "acknowledged_on IS NULL", starts: [SQLColumn("received_on")], limit: days,
                                     unit: .workingDays, calendar: context.calendar)
        // The referrals' and the reviews' reads are independent: they run at the same time.
        async let reviews = ReviewClockRows.adults(context, scope: scope)
        let referrals = try await context.db.sql().raw("""
            SELECT id, code, received_on, acknowledged_on FROM \(ident: SARReferral.schema) WHERE \(needed) \
            ORDER BY received_on
            """).all()
        let acknowledgements = try referrals.compactMap { row -> ClockItem? in
            let columns = try StoredColumns(row, table: SARReferral.schema)
            guard let clock = SARReferral.acknowledgementClock(
                received: try columns.requiredDate("received_on"), acknowledged: try columns.date("acknowledged_on"),
                days: days, today: context.today, calendar: context.calendar) else { return nil }
            return ClockItem(ClockRules.sarAcknowledged(days: days),
                             code: try row.decode(column: "code", as: String.self),
                             href: AdultsPaths.referral(try row.decode(column: "id", as: UUID.self)), clock: clock,
                             warning: nil)
        }
        let publications = try await reviews.compactMap { review -> ClockItem? in
            let clock = review.publication.clock(today: context.today, calendar: context.calendar)
            guard let clock, let rule = review.publication.rule else { return nil }
            return ClockItem(rule, code: review.code, href: AdultsPaths.review(review.id),
                             clock: clock, warning: nil)
        }
        return acknowledgements + publications
    }

    /// The same colours as the clocks dashboard, so a state looks alike everywhere in case reviews.
    static func tag(_ clock: StatutoryClock) -> Tag { ClockBoard.stateTag(clock.state) }

    static func basisTag(_ basis: SARCriteria.Basis) -> Tag {
        switch basis {
        case .mandatory: Tag("Mandatory", "purple")
        case .discretionary: Tag("Discretionary", "turquoise")
        case .notEligible, .notInArea: Tag("Not eligible", "grey")
        case .areaNotRecorded: Tag("Area not recorded", "yellow")
        }
    }
}
