import Fluent
import Foundation
import MASACore
import MASAWeb
import Vapor

/// One statutory clock on one record, as the case reviews dashboard lists it. Each part of the feature reports its
/// own clocks (`ChildrenClocks`, `AdultsClocks`); the dashboard sorts them all by urgency.
package struct ClockItem: Sendable, Equatable {
    /// What kind of clock, with where its limit comes from; the dashboard's timeliness table groups by its type.
    package let rule: ClockRule
    /// The record's code or pseudonym ("Child U1").
    package let code: String
    package let href: String
    package let clock: StatutoryClock
    /// A state the clock alone cannot show, such as "Completed but not sent to the Panel"; it sorts with overdue
    /// clocks.
    package let warning: String?

    package init(_ rule: ClockRule, code: String, href: String, clock: StatutoryClock, warning: String?) {
        (self.rule, self.code, self.href, self.clock, self.warning) = (rule, code, href, clock, warning)
    }

    /// e.g. "Panel notified (5 working days)".
    package var type: String { rule.type }

    package var needsAttention: Bool { warning != nil || clock.state == .overdue || clock.state == .dueToday }
}

/// Everything the clocks need to be worked out for one request.
package struct ClockContext: Sendable {
    package let db: any Database
    package let today: LocalDate
    package let calendar: WorkingDayCalendar
    package let settings: CaseReviewSettings

    package static func make(_ req: Request) async throws -> ClockContext {
        ClockContext(
            db: req.db, today: req.today, calendar: try await req.workingDayCalendar(),
            settings: try await CaseReviewSettings.current(req))
    }
}
