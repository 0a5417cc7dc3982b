import Foundation

/// The bank holidays in force for a partnership: the England and Wales rules plus its administrators' adjustments.
///
/// Build one when the adjustments are loaded (and again when they change) and share it: it is an immutable value,
/// so it is `Sendable` with no locks. Holidays for `precomputedYears` are worked out once, in the initialiser, so
/// that the questions asked on every page (is this a working day? when is this due?) are a set lookup. Years outside
/// the range are still answered correctly, only computed on each call.
package struct WorkingDayCalendar: Sendable, Equatable {
    /// The administrators' adjustments, in the order they were given; a later one for the same date wins.
    package let adjustments: [HolidayAdjustment]
    /// The years whose holidays are held ready-made.
    package let precomputedYears: ClosedRange<Int>

    private let holidaysByYear: [Int: [BankHoliday]]
    private let holidayDayNumbers: Set<Int>
    private let adjustmentsByYear: [Int: [HolidayAdjustment]]

    /// Wide enough for any date this domain counts from (records go back decades, deadlines run a few years ahead);
    /// about 1,100 holidays, built in well under a millisecond.
    package static let defaultPrecomputedYears = 1970...2100

    /// England and Wales as the rules have it, with no local adjustments.
    package static let englandAndWales = WorkingDayCalendar()

    package init(adjustments: [HolidayAdjustment] = [],
                precomputedYears: ClosedRange<Int> = WorkingDayCalendar.defaultPrecomputedYears) {
        self.adjustments = adjustments
        self.precomputedYears = precomputedYears
        let byYear = Dictionary(grouping: adjustments, by: { $0.date.year })
        var holidaysByYear: [Int: [BankHoliday]] = [:]
        var dayNumbers = Set<Int>()
        for year in precomputedYears {
            let holidays = WorkingDayCalendar.holidays(in: year, adjustedBy: byYear[year] ?? [])
            holidaysByYear[year] = holidays
            dayNumbers.formUnion(holidays.map(\.date.dayNumber))
        }
        self.adjustmentsByYear = byYear
        self.holidaysByYear = holidaysByYear
        self.holidayDayNumbers = dayNumbers
    }

    /// Two calendars are equal when they were built from the same adjustments; the cache follows from those.
    package static func == (lhs: WorkingDayCalendar, rhs: WorkingDayCalendar) -> Bool {
        lhs.adjustments == rhs.adjustments && lhs.precomputedYears == rhs.precomputedYears
    }

    /// The bank holidays in `year` after adjustments, in date order.
    package func holidays(in year: Int) -> [BankHoliday] {
        if let ready = holidaysByYear[year] { return ready }
        return WorkingDayCalendar.holidays(in: year, adjustedBy: adjustmentsByYear[year] ?? [])
    }

    /// The bank holidays from `start` to `end`, both included, in date order; none if `end` is before `start`.
    package func holidays(from start: LocalDate, to end: LocalDate) -> [BankHoliday] {
        guard start <= end else { return [] }
        return (start.year...end.year).flatMap { year in
            holidays(in: year).filter { $0.date >= start && $0.date <= end }
        }
    }

    /// The bank holiday on `date`, if there is one.
    package func holiday(on date: LocalDate) -> BankHoliday? {
        guard isBankHoliday(date) else { return nil }
        return holidays(in: date.year).first { $0.date == date }
    }

    /// Whether `date` is a bank holiday (on any day of the week).
    package func isBankHoliday(_ date: LocalDate) -> Bool {
        if precomputedYears.contains(date.year) {
            return holidayDayNumbers.contains(date.dayNumber)
        }
        return holidays(in: date.year).contains { $0.date == date }
    }

    /// Lines "YYYY-MM-DD<TAB>Name" in date order for the years given, both included: the command-line export.
    package func holidayLines(fromYear firstYear: Int, toYear lastYear: Int) -> [String] {
        guard firstYear <= lastYear else { return [] }
        return (firstYear...lastYear).flatMap { year in
            holidays(in: year).map { "\($0.date.iso)\t\($0.name)" }
        }
    }

    /// The rules for one year with that year's adjustments applied in order, so the last word on a date wins.
    static func holidays(in year: Int, adjustedBy adjustments: [HolidayAdjustment]) -> [BankHoliday] {
        let ruled = BankHolidays.englandAndWales(in: year)
        guard !adjustments.isEmpty else { return ruled }
        var namesByDate = Dictionary(ruled.map { ($0.date, $0.name) }, uniquingKeysWith: { first, _ in first })
        for adjustment in adjustments {
            switch adjustment {
            case .add(let date, let name): namesByDate[date] = name
            case .remove(let date): namesByDate[date] = nil
            }
        }
        return namesByDate.map { BankHoliday(date: $0.key, name: $0.value) }.sorted()
    }
}
