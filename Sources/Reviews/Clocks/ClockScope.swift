import MASACore
import SQLKit

/// Which records' clocks a page needs. A clock's state is worked out in Swift, because it depends on today and on
/// the working-day calendar (a bank holiday announced after a record was saved moves its due date); but whether a
/// record can still matter to a page is known from its stored dates, so the records that cannot stay in the
/// database instead of being read and worked out on every page.
package enum ClockScope: Sendable {
    /// Every record, open or completed: for anything that reports the whole history.
    case everything
    /// Records with a clock still open (a rapid review counts as open until it is sent to the Panel): the home
    /// dashboard's card, which shows nothing else.
    case open
    /// Open records, and completed ones with a clock that fell due on or after this day: the case reviews
    /// dashboard, whose open list needs the first and whose timeliness table counts clocks due since the
    /// financial year began (and clocks overdue from before it, which are open).
    case openOrDueFrom(LocalDate)

    /// The SQL condition selecting the records this scope needs.
    /// - Parameters:
    ///   - open: true for a record with any clock not yet completed.
    ///   - starts: every column a record's clocks can start from. A completed record is needed while any of them is
    ///     on or after the earliest start that can fall due in time (`earliestStart`).
    ///   - limit, unit: the longest of the record's clocks; a shorter one from the same start falls due no later.
    package func condition(open: SQLQueryString, starts: [SQLColumn], limit: Int, unit: ClockUnit,
                   calendar: WorkingDayCalendar) -> SQLQueryString {
        switch self {
        // Every row: a condition that always holds keeps one query text for all three scopes.
        case .everything: return "1 = 1"
        case .open: return "(\(open))"
        case .openOrDueFrom(let day):
            let cutoff = Self.earliestStart(dueFrom: day, limit: limit, unit: unit, calendar: calendar).iso
            var condition: SQLQueryString = "(\(open))"
            for column in starts { condition = "\(condition) OR \(column) >= \(bind: cutoff)" }
            return "(\(condition))"
        }
    }

    /// The first start day whose clock of `limit` `unit` falls due on or after `day`. A due date never moves
    /// earlier when its start moves later, so a clock started before this day fell due before `day`. Stepping back
    /// a day at a time with the calendar the clocks themselves use counts weekends, bank holidays and any the
    /// partnership has added exactly, however many there are, where a fixed margin would have to guess how wide
    /// to be. It takes a few dozen steps (about 185 for six calendar months), each a set lookup or two.
    package static func earliestStart(dueFrom day: LocalDate, limit: Int, unit: ClockUnit,
                              calendar: WorkingDayCalendar) -> LocalDate {
        var start = day
        while StatutoryClock.dueDate(start: start.adding(days: -1), limit: limit, unit: unit,
                                     calendar: calendar) >= day {
            start = start.adding(days: -1)
        }
        return start
    }
}
