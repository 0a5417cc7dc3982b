import Fluent
import Foundation
import MASACore
import MASAWeb
import Vapor

/// One statutory clock on one record, as the case reviews dashboard lists it. Each part of the feature reports its
/// own clocks (`ChildrenClocks`, `AdultsClocks`); the dashboard sorts them all by urgency.
struct ClockItem: Sendable, Equatable {
    /// The clock type, e.g. "Panel notified (5 working days)"; the dashboard's timeliness table groups by it.
    let type: String
    /// The record's code or pseudonym ("Child U1").
    let code: String
    let href: String
    let clock: StatutoryClock
    /// A state the clock alone cannot show, such as "Completed but not sent to the Panel"; it sorts with overdue clocks.
    let warning: String?

    var needsAttention: Bool { warning != nil || clock.state == .overdue || clock.state == .dueToday }
}

/// Everything the clocks need to be worked out for one request.
struct ClockContext: Sendable {
    let db: any Database
    let today: LocalDate
    let calendar: WorkingDayCalendar
    let settings: CaseReviewSettings

    static func make(_ req: Request) async throws -> ClockContext {
        ClockContext(db: req.db, today: req.today, calendar: try await req.workingDayCalendar(),
                     settings: try CaseReviewSettings(try await req.settings()))
    }
}
