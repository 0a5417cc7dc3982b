import Foundation

/// Working-day arithmetic: Monday to Friday, not a bank holiday.
///
/// The counting rule (reference, section 2): "within N working days of day D" means the Nth working day after D,
/// and D itself is day 0 whether or not it is a working day.
extension WorkingDayCalendar {
    /// Monday to Friday and not a bank holiday.
    package func isWorkingDay(_ date: LocalDate) -> Bool {
        !date.isWeekend && !isBankHoliday(date)
    }

    /// The `n`th working day after `date` (or, for negative `n`, the `n`th working day before it).
    /// `date` itself is day 0 and is never counted; `n == 0` gives `date` back unchanged, even at a weekend.
    package func adding(workingDays n: Int, to date: LocalDate) -> LocalDate {
        guard n != 0 else { return date }
        let step = n > 0 ? 1 : -1
        var current = date
        var remaining = abs(n)
        // Seven days always hold five weekdays, so whole weeks can be jumped and only their holidays counted.
        // Jump at most `remaining - 1` weekdays' worth so that the last one is found by stepping and is a working day.
        while remaining > 5 {
            let weeks = (remaining - 1) / 5
            let target = current.adding(days: step * weeks * 7)
            remaining -= abs(workingDays(from: current, to: target))
            current = target
        }
        while remaining > 0 {
            current = current.adding(days: step)
            if isWorkingDay(current) { remaining -= 1 }
        }
        return current
    }

    /// The number of working days from `start` to `end`: the exact inverse of `adding(workingDays:to:)`, so
    /// `workingDays(from: d, to: adding(workingDays: n, to: d)) == n` for every `d` and every `n`.
    ///
    /// Forwards (`start < end`) it counts working days `w` with `start < w <= end`. Backwards (`end < start`) it is
    /// minus the count of working days `w` with `end <= w < start`: the days a backward count steps onto.
    /// The two directions differ only when an end is not a working day (Saturday to Friday is -1, Friday to
    /// Saturday is 0), which is what makes "Friday's deadline, now Saturday" one working day overdue.
    package func workingDays(from start: LocalDate, to end: LocalDate) -> Int {
        if start == end { return 0 }
        if start < end {
            return countWorkingDays(in: (start.dayNumber + 1)..<(end.dayNumber + 1))
        }
        return -countWorkingDays(in: end.dayNumber..<start.dayNumber)
    }

    /// `date` if it is a working day, otherwise the first working day after it.
    package func nextWorkingDay(onOrAfter date: LocalDate) -> LocalDate {
        isWorkingDay(date) ? date : adding(workingDays: 1, to: date)
    }

    /// The first working day after `date`.
    package func nextWorkingDay(after date: LocalDate) -> LocalDate {
        adding(workingDays: 1, to: date)
    }

    /// `date` if it is a working day, otherwise the last working day before it.
    package func previousWorkingDay(onOrBefore date: LocalDate) -> LocalDate {
        isWorkingDay(date) ? date : adding(workingDays: -1, to: date)
    }

    /// Working days among the day numbers in `days`: weekdays by arithmetic, less the bank holidays on weekdays,
    /// so long spans cost a few lookups per year rather than one per day.
    private func countWorkingDays(in days: Range<Int>) -> Int {
        guard !days.isEmpty else { return 0 }
        let firstYear = LocalDate(dayNumber: days.lowerBound).year
        let lastYear = LocalDate(dayNumber: days.upperBound - 1).year
        var holidaysOnWeekdays = 0
        for year in firstYear...lastYear {
            holidaysOnWeekdays += holidays(in: year).count {
                days.contains($0.date.dayNumber) && !$0.date.isWeekend
            }
        }
        return WorkingDayCalendar.weekdaysBefore(days.upperBound)
            - WorkingDayCalendar.weekdaysBefore(days.lowerBound) - holidaysOnWeekdays
    }

    /// Weekdays from Monday 5 January 1970 (day number 4) up to, not including, `dayNumber`; negative before it.
    /// Differences of this give the weekdays in any range without walking it.
    private static func weekdaysBefore(_ dayNumber: Int) -> Int {
        let sinceMonday = dayNumber - 4
        let weeks = sinceMonday >= 0 ? sinceMonday / 7 : -((-sinceMonday + 6) / 7)
        let daysIntoWeek = sinceMonday - weeks * 7
        return weeks * 5 + min(daysIntoWeek, 5)
    }
}
