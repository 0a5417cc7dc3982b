import Foundation

/// A statutory clock, worked out from stored facts and never stored itself: the state depends on today, and the due
/// date on bank holidays that may be announced after the record was saved.
///
/// Day-based clocks (working days, calendar days, calendar months) use `init(start:limit:unit:completed:today:calendar:)`.
/// Hour clocks (the 72-hour return home interview) use `init(startedAt:hours:completedAt:now:calendar:zone:)`, which
/// takes instants, because "72 hours" is elapsed time, not a count of dates. Both give the same outputs, so one
/// list of clocks can be shown and sorted together.
package struct StatutoryClock: Hashable, Sendable {
    /// The day the clock started (for hour clocks, the date in England of the starting instant).
    package let start: LocalDate
    package let limit: Int
    package let unit: ClockUnit
    /// The day the timed thing was done, if it has been.
    package let completed: LocalDate?
    /// The day the clock was read for.
    package let today: LocalDate
    /// The last day on which completion is in time.
    package let due: LocalDate
    /// For hour clocks started from an instant: the exact moment the limit runs out.
    package let dueInstant: Date?
    package let state: ClockState
    /// Open clocks: working days left (positive while running, 0 on the due day, minus the working days overdue).
    /// Completed clocks: working days to spare (positive early, 0 on the day, negative late).
    /// A calendar-day or month clock can fall due on a weekend or holiday; then this can be 0 while running or
    /// completed late, because no working day lies between; `state` is always the authority.
    package let workingDaysRemaining: Int
    /// As `workingDaysRemaining`, in calendar days.
    package let calendarDaysRemaining: Int
    /// For hour clocks started from an instant: seconds left (negative when overdue), or spare at completion.
    package let timeRemaining: TimeInterval?

    /// A day-based clock. For `.hours` with dates only (no times recorded), the limit is rounded up to whole days
    /// and counted as calendar days, which is the latest the deadline can be on the dates known.
    /// The calendar is required, not defaulted, so a partnership's holiday adjustments are never silently ignored.
    package init(
        start: LocalDate, limit: Int, unit: ClockUnit, completed: LocalDate? = nil,
        today: LocalDate, calendar: WorkingDayCalendar
    ) {
        let due = StatutoryClock.dueDate(start: start, limit: limit, unit: unit, calendar: calendar)
        let state = StatutoryClock.state(due: due, completed: completed, today: today)
        self.init(
            start: start, limit: limit, unit: unit, completed: completed, today: today,
            due: due, dueInstant: nil, state: state, timeRemaining: nil, calendar: calendar)
    }

    /// An hour clock: due `hours` elapsed hours after `startedAt` (so a clock change does not shorten it).
    /// Dates are read in `zone`, England by default.
    package init(
        startedAt: Date, hours: Int, completedAt: Date? = nil, now: Date,
        calendar: WorkingDayCalendar, zone: TimeZone = StatutoryClock.england
    ) {
        let dueInstant = startedAt.addingTimeInterval(TimeInterval(hours) * 3600)
        let due = LocalDate(dueInstant, in: zone)
        let today = LocalDate(now, in: zone)
        let state: ClockState
        if let completedAt {
            state = completedAt <= dueInstant ? .met : .metLate
        } else if now > dueInstant {
            state = .overdue
        } else {
            state = today == due ? .dueToday : .running
        }
        self.init(
            start: LocalDate(startedAt, in: zone), limit: hours, unit: .hours,
            completed: completedAt.map { LocalDate($0, in: zone) }, today: today, due: due,
            dueInstant: dueInstant, state: state,
            timeRemaining: dueInstant.timeIntervalSince(completedAt ?? now), calendar: calendar)
    }

    private init(
        start: LocalDate, limit: Int, unit: ClockUnit, completed: LocalDate?, today: LocalDate,
        due: LocalDate, dueInstant: Date?, state: ClockState, timeRemaining: TimeInterval?,
        calendar: WorkingDayCalendar
    ) {
        self.start = start
        self.limit = limit
        self.unit = unit
        self.completed = completed
        self.today = today
        self.due = due
        self.dueInstant = dueInstant
        self.state = state
        self.timeRemaining = timeRemaining
        let measuredFrom = completed ?? today
        workingDaysRemaining = calendar.workingDays(from: measuredFrom, to: due)
        calendarDaysRemaining = measuredFrom.days(until: due)
    }

    /// England's time zone, in which "today" and the date of an instant are read.
    package static let england = TimeZone(identifier: "Europe/London")!

    /// The state's label: "Running", "Due today", "Overdue", "Met", "Met late".
    package var label: String { state.label }

    /// The sort key for "most urgent first".
    package var urgency: ClockUrgency { ClockUrgency(state: state, due: due, dueInstant: dueInstant) }

    /// The due date by the reference's counting rule: the start day is day 0.
    package static func dueDate(
        start: LocalDate, limit: Int, unit: ClockUnit,
        calendar: WorkingDayCalendar
    ) -> LocalDate {
        switch unit {
        case .workingDays: return calendar.adding(workingDays: limit, to: start)
        case .calendarDays: return start.adding(days: limit)
        case .calendarMonths: return start.adding(months: limit)
        case .hours: return start.adding(days: Int((Double(limit) / 24).rounded(.up)))
        }
    }

    /// Met when completed on or before the due date; otherwise read against today.
    static func state(due: LocalDate, completed: LocalDate?, today: LocalDate) -> ClockState {
        if let completed { return completed <= due ? .met : .metLate }
        if today < due { return .running }
        return today == due ? .dueToday : .overdue
    }
}
