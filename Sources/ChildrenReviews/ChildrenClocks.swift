import Fluent
import Foundation
import MASACore
import MASAWeb
import Reviews
import SQLKit

/// The children's clocks for the clocks dashboard: each incident's three and each children's review's publication.
/// Only the dates the clocks need are read (`IncidentRows`, `ReviewClockRows`), and only for the records the scope
/// needs.
enum ChildrenClocks {
    static let publicationType = ClockRules.childrensReviewPublished.type

    static func items(_ context: ClockContext, scope: ClockScope = .everything) async throws -> [ClockItem] {
        var items: [ClockItem] = []
        let rule = ClockRules.rapidReviewSent
        let needed = scope.condition(open: open, starts: starts, limit: rule.limit, unit: rule.unit,
                                     calendar: context.calendar)
        // The incidents' and the reviews' reads are independent: they run at the same time.
        async let reviews = ReviewClockRows.children(context, scope: scope)
        for incident in try await IncidentRows.read(needed, on: context.db) {
            let (id, code) = (incident.id, incident.code)
            let clocks = try IncidentClocks(incident.dates, context)
            let href = ChildrenPaths.incident(id)
            items.append(ClockItem(ClockRules.panelNotified, code: code, href: href, clock: clocks.panel,
                                   warning: nil))
            items.append(ClockItem(ClockRules.partnersInformed, code: code, href: href, clock: clocks.partners,
                                   warning: nil))
            guard let rapidReview = clocks.rapidReview else { continue }
            items.append(ClockItem(ClockRules.rapidReviewSent, code: code,
                                   href: ChildrenPaths.rapidReview(id), clock: rapidReview,
                                   warning: clocks.status == .completedNotSent ? clocks.status.label : nil))
        }
        for review in try await reviews {
            let clock = review.publication.clock(today: context.today, calendar: context.calendar)
            guard let clock, let rule = review.publication.rule else { continue }
            items.append(ClockItem(rule, code: review.code, href: ReviewsPaths.review(review.id),
                                   clock: clock, warning: nil))
        }
        return items
    }

    /// Open until notified, partners informed and the rapid review sent (a completed but unsent review is open:
    /// it is the dashboard's red warning). A missing rapid review reads as not sent.
    static let open: SQLQueryString = """
        i.sent_to_panel_on IS NULL OR i.partners_informed_on IS NULL OR r.sent_to_panel_on IS NULL
        """

    /// The rapid review clock, 15 working days, is the longest of the three. It starts on the notification or
    /// partners-informed date (a setting) or, before those are known, the day of becoming aware; the other two
    /// start on that day. A completed incident with all three dates before the scope's cutoff is not needed.
    static let starts = ["became_aware_on", "sent_to_panel_on", "partners_informed_on"]
        .map { SQLColumn($0, table: "i") }
}
