import Foundation

/// The unit a statutory time limit is written in (reference, section 3).
package enum ClockUnit: String, Hashable, Sendable, Codable, CaseIterable {
    case workingDays
    case calendarDays
    case calendarMonths
    case hours

    /// The unit's name for forms and tables: "Working days", "Calendar days", "Calendar months", "Hours".
    package var label: String {
        switch self {
        case .workingDays: return "Working days"
        case .calendarDays: return "Calendar days"
        case .calendarMonths: return "Calendar months"
        case .hours: return "Hours"
        }
    }

    /// The limit in words, e.g. "5 working days", "1 working day", "6 calendar months", "72 hours".
    package func describe(_ limit: Int) -> String {
        let one = abs(limit) == 1
        switch self {
        case .workingDays: return "\(limit) working \(one ? "day" : "days")"
        case .calendarDays: return "\(limit) calendar \(one ? "day" : "days")"
        case .calendarMonths: return "\(limit) calendar \(one ? "month" : "months")"
        case .hours: return "\(limit) \(one ? "hour" : "hours")"
        }
    }
}

/// Where a statutory clock stands today.
package enum ClockState: String, Hashable, Sendable, Codable, CaseIterable {
    /// Not completed, due date still ahead.
    case running
    /// Not completed, due today.
    case dueToday
    /// Not completed, due date passed.
    case overdue
    /// Completed on or before the due date.
    case met
    /// Completed after the due date.
    case metLate

    /// The label shown in tags and tables.
    package var label: String {
        switch self {
        case .running: return "Running"
        case .dueToday: return "Due today"
        case .overdue: return "Overdue"
        case .met: return "Met"
        case .metLate: return "Met late"
        }
    }

    /// Whether the thing the clock times has been done.
    package var isComplete: Bool { self == .met || self == .metLate }

    /// 0 is most urgent: overdue, then due today, then running, then completed.
    package var urgencyRank: Int {
        switch self {
        case .overdue: return 0
        case .dueToday: return 1
        case .running: return 2
        case .met, .metLate: return 3
        }
    }
}

/// A sort key putting the most urgent clock first: overdue (longest overdue first), due today, running (soonest
/// due first), then completed (earliest due first). Within a day, a clock with a due time comes before one without.
package struct ClockUrgency: Comparable, Hashable, Sendable {
    package let rank: Int
    package let due: LocalDate
    /// Seconds since the reference date of the due instant; infinity for date-only clocks (due by the end of the day).
    package let dueSeconds: Double

    package init(state: ClockState, due: LocalDate, dueInstant: Date?) {
        rank = state.urgencyRank
        self.due = due
        dueSeconds = dueInstant?.timeIntervalSinceReferenceDate ?? .infinity
    }

    package static func < (lhs: ClockUrgency, rhs: ClockUrgency) -> Bool {
        (lhs.rank, lhs.due, lhs.dueSeconds) < (rhs.rank, rhs.due, rhs.dueSeconds)
    }
}

extension Sequence where Element == StatutoryClock {
    /// The clocks most urgent first; see `ClockUrgency`.
    package func sortedByUrgency() -> [StatutoryClock] {
        sorted { $0.urgency < $1.urgency }
    }
}
