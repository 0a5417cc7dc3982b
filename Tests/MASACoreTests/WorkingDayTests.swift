import Testing
@testable import MASACore

private func date(_ iso: String) -> LocalDate { LocalDate(iso: iso)! }

private let england = WorkingDayCalendar.englandAndWales

/// The counting rule done the slow, obvious way, to check the week-jumping version against.
private func addingByStepping(_ n: Int, to start: LocalDate, in calendar: WorkingDayCalendar) -> LocalDate {
    var current = start, remaining = abs(n)
    while remaining > 0 {
        current = current.adding(days: n > 0 ? 1 : -1)
        if calendar.isWorkingDay(current) { remaining -= 1 }
    }
    return current
}

struct WorkingDayTests {
    @Test func weekendsAndHolidaysAreNotWorkingDays() {
        #expect(england.isWorkingDay(date("2025-06-10")))          // Tuesday
        #expect(!england.isWorkingDay(date("2025-06-14")))         // Saturday
        #expect(!england.isWorkingDay(date("2025-06-15")))         // Sunday
        #expect(!england.isWorkingDay(date("2025-04-21")))         // Easter Monday
        #expect(!england.isWorkingDay(date("2022-09-19")))         // State funeral
        #expect(england.isBankHoliday(date("2021-12-25")) == false) // Saturday Christmas: the holiday is the 27th
    }

    @Test func startDayIsDayZero() {
        #expect(england.adding(workingDays: 5, to: date("2025-06-06")) == date("2025-06-13")) // Fri to Fri
        #expect(england.adding(workingDays: 1, to: date("2025-06-06")) == date("2025-06-09"))
        #expect(england.adding(workingDays: 0, to: date("2025-06-08")) == date("2025-06-08")) // Sunday stays
    }

    @Test func startOnAWeekendOrHoliday() {
        #expect(england.adding(workingDays: 1, to: date("2025-06-07")) == date("2025-06-09")) // Saturday
        #expect(england.adding(workingDays: 5, to: date("2025-01-04")) == date("2025-01-10")) // Saturday
        #expect(england.adding(workingDays: 1, to: date("2025-04-21")) == date("2025-04-22")) // Easter Monday
        #expect(england.adding(workingDays: 1, to: date("2025-12-25")) == date("2025-12-29")) // Christmas Day
    }

    @Test func addingAcrossChristmas() {
        #expect(england.adding(workingDays: 5, to: date("2025-12-23")) == date("2026-01-02"))
        #expect(england.adding(workingDays: 1, to: date("2027-12-24")) == date("2027-12-29"))
        #expect(england.adding(workingDays: 15, to: date("2025-12-15")) == date("2026-01-08"))
    }

    @Test func addingAcrossEaster() {
        #expect(england.adding(workingDays: 1, to: date("2025-04-17")) == date("2025-04-22"))
        #expect(england.adding(workingDays: 5, to: date("2025-04-17")) == date("2025-04-28"))
        #expect(england.adding(workingDays: 15, to: date("2026-03-27")) == date("2026-04-21"))
    }

    @Test func negativeCountsGoBackwards() {
        #expect(england.adding(workingDays: -1, to: date("2025-01-06")) == date("2025-01-03")) // Mon to Fri
        #expect(england.adding(workingDays: -1, to: date("2025-04-22")) == date("2025-04-17")) // over Easter
        #expect(england.adding(workingDays: -1, to: date("2025-06-08")) == date("2025-06-06")) // Sunday to Fri
        #expect(england.adding(workingDays: -5, to: date("2026-01-02")) == date("2025-12-23")) // over Christmas
    }

    @Test func aWholeYearOfWorkingDays() {
        // 2025: 261 weekdays, 8 of them bank holidays.
        #expect(england.workingDays(from: date("2024-12-31"), to: date("2025-12-31")) == 253)
        #expect(england.adding(workingDays: 253, to: date("2024-12-31")) == date("2025-12-31"))
        #expect(england.adding(workingDays: -253, to: date("2026-01-01")) == date("2025-01-02"))
    }

    @Test func countingBetweenDates() {
        #expect(england.workingDays(from: date("2025-06-06"), to: date("2025-06-06")) == 0)
        #expect(england.workingDays(from: date("2025-06-06"), to: date("2025-06-09")) == 1)  // Fri to Mon
        #expect(england.workingDays(from: date("2025-06-09"), to: date("2025-06-06")) == -1) // Mon to Fri
        #expect(england.workingDays(from: date("2025-06-07"), to: date("2025-06-08")) == 0)  // Sat to Sun
        #expect(england.workingDays(from: date("2025-06-06"), to: date("2025-06-07")) == 0)  // Fri to Sat
        #expect(england.workingDays(from: date("2025-06-07"), to: date("2025-06-06")) == -1) // Sat back to Fri
        #expect(england.workingDays(from: date("2025-12-24"), to: date("2025-12-29")) == 1)
    }

    @Test func countingIsTheInverseOfAdding() {
        var start = date("2019-11-01")
        while start <= date("2023-02-28") {
            for n in -25...25 {
                let end = england.adding(workingDays: n, to: start)
                #expect(england.workingDays(from: start, to: end) == n, "\(start) \(n)")
                if n != 0 { #expect(england.isWorkingDay(end), "\(start) \(n)") }
            }
            start = start.adding(days: 3)
        }
    }

    @Test func weekJumpingAgreesWithSteppingDayByDay() {
        let adjusted = WorkingDayCalendar(adjustments: [.add(date: date("2026-03-10"), name: "Test holiday")])
        for start in stride(from: 0, to: 120, by: 7).map({ date("2025-11-20").adding(days: $0) }) {
            for n in [6, 7, 11, 23, 64, 300, -6, -19, -70, -301] {
                #expect(adjusted.adding(workingDays: n, to: start) == addingByStepping(n, to: start, in: adjusted))
            }
        }
    }

    @Test func nextWorkingDay() {
        #expect(england.nextWorkingDay(onOrAfter: date("2025-12-27")) == date("2025-12-29")) // Saturday
        #expect(england.nextWorkingDay(onOrAfter: date("2025-12-23")) == date("2025-12-23")) // working day
        #expect(england.nextWorkingDay(after: date("2025-12-23")) == date("2025-12-24"))
        #expect(england.nextWorkingDay(after: date("2025-12-24")) == date("2025-12-29"))
        #expect(england.previousWorkingDay(onOrBefore: date("2026-01-01")) == date("2025-12-31"))
    }

    @Test func holidaysBetweenDatesCrossYears() {
        let found = england.holidays(from: date("2025-12-01"), to: date("2026-01-31")).map(\.date.iso)
        #expect(found == ["2025-12-25", "2025-12-26", "2026-01-01"])
        #expect(england.holidays(from: date("2025-12-25"), to: date("2025-12-25")).map(\.name) == ["Christmas Day"])
        #expect(england.holidays(from: date("2026-01-31"), to: date("2025-12-01")).isEmpty)
        #expect(england.holiday(on: date("2025-05-26"))?.name == "Spring bank holiday")
        #expect(england.holiday(on: date("2025-05-27")) == nil)
    }
}
