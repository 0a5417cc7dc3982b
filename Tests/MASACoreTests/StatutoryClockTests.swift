import Foundation
import Testing
@testable import MASACore

private func date(_ iso: String) -> LocalDate { LocalDate(iso: iso)! }

private func instant(_ iso8601: String) -> Date { ISO8601DateFormatter().date(from: iso8601)! }

private let england = WorkingDayCalendar.englandAndWales

/// A serious incident notification: 5 working days from Monday 6 January 2025, so due Monday 13 January.
private func notification(today: String, completed: String? = nil) -> StatutoryClock {
    StatutoryClock(
        start: date("2025-01-06"), limit: 5, unit: .workingDays,
        completed: completed.map(date), today: date(today), calendar: england)
}

struct StatutoryClockTests {
    @Test func runningDueTodayAndOverdue() {
        let running = notification(today: "2025-01-08")
        #expect(running.due == date("2025-01-13"))
        #expect(running.state == .running && running.workingDaysRemaining == 3)
        let dueToday = notification(today: "2025-01-13")
        #expect(dueToday.state == .dueToday && dueToday.workingDaysRemaining == 0)
        let overdue = notification(today: "2025-01-15")
        #expect(overdue.state == .overdue && overdue.workingDaysRemaining == -2)
        #expect(overdue.calendarDaysRemaining == -2)
    }

    @Test func metOnTimeEarlyAndLate() {
        let early = notification(today: "2025-02-01", completed: "2025-01-10")
        #expect(early.state == .met && early.workingDaysRemaining == 1)
        let onTheDay = notification(today: "2025-02-01", completed: "2025-01-13")
        #expect(onTheDay.state == .met && onTheDay.workingDaysRemaining == 0)
        let late = notification(today: "2025-01-14", completed: "2025-01-14")
        #expect(late.state == .metLate && late.workingDaysRemaining == -1)
    }

    @Test func overdueOnTheWeekendAfterAFridayDeadline() {
        let clock = StatutoryClock(
            start: date("2025-01-03"), limit: 5, unit: .workingDays,
            today: date("2025-01-11"), calendar: england)
        #expect(clock.due == date("2025-01-10"))
        #expect(clock.state == .overdue && clock.workingDaysRemaining == -1)
    }

    @Test func startOnAWeekendAndOverChristmas() {
        let weekend = StatutoryClock(
            start: date("2025-01-04"), limit: 5, unit: .workingDays,
            today: date("2025-01-04"), calendar: england)
        #expect(weekend.due == date("2025-01-10") && weekend.workingDaysRemaining == 5)
        let rapidReview = StatutoryClock(
            start: date("2025-12-15"), limit: 15, unit: .workingDays,
            today: date("2025-12-22"), calendar: england)
        #expect(rapidReview.due == date("2026-01-08") && rapidReview.workingDaysRemaining == 10)
    }

    @Test func calendarDaysAndMonths() {
        let days = StatutoryClock(
            start: date("2025-01-31"), limit: 28, unit: .calendarDays,
            today: date("2025-02-01"), calendar: england)
        #expect(days.due == date("2025-02-28") && days.calendarDaysRemaining == 27)
        func monthsDue(_ start: String, _ months: Int) -> LocalDate {
            StatutoryClock(
                start: date(start), limit: months, unit: .calendarMonths,
                today: date(start), calendar: england
            ).due
        }
        #expect(monthsDue("2025-01-31", 1) == date("2025-02-28"))
        #expect(monthsDue("2024-01-31", 1) == date("2024-02-29"))
        #expect(monthsDue("2024-02-29", 12) == date("2025-02-28"))
        #expect(monthsDue("2025-08-31", 6) == date("2026-02-28"))
        #expect(monthsDue("2025-10-15", 6) == date("2026-04-15"))
    }

    @Test func hourClockAcrossTheClockChange() {
        // Returned 23:30 GMT on Saturday 29 March 2025; clocks go forward that night, so 72 hours later is
        // 00:30 BST on Wednesday 2 April.
        let returned = instant("2025-03-29T23:30:00Z")
        let clock = StatutoryClock(
            startedAt: returned, hours: 72, now: instant("2025-03-31T09:00:00Z"), calendar: england)
        #expect(clock.start == date("2025-03-29") && clock.due == date("2025-04-02"))
        #expect(clock.dueInstant == instant("2025-04-01T23:30:00Z"))
        #expect(clock.state == .running && clock.timeRemaining == 38.5 * 3600)
    }

    @Test func hourClockStates() {
        let returned = instant("2025-06-02T10:00:00Z")  // 11:00 BST Monday
        func clock(now: String, done: String? = nil) -> StatutoryClock {
            StatutoryClock(
                startedAt: returned, hours: 72, completedAt: done.map(instant), now: instant(now),
                calendar: england)
        }
        #expect(clock(now: "2025-06-04T12:00:00Z").state == .running)
        #expect(clock(now: "2025-06-05T08:00:00Z").state == .dueToday)
        #expect(clock(now: "2025-06-05T08:00:00Z").workingDaysRemaining == 0)
        #expect(clock(now: "2025-06-05T10:00:01Z").state == .overdue)
        #expect(clock(now: "2025-06-09T09:00:00Z").workingDaysRemaining == -2)
        #expect(clock(now: "2025-06-09T09:00:00Z", done: "2025-06-05T09:59:00Z").state == .met)
        #expect(clock(now: "2025-06-09T09:00:00Z", done: "2025-06-05T10:30:00Z").state == .metLate)
        #expect(clock(now: "2025-06-09T09:00:00Z", done: "2025-06-05T10:30:00Z").timeRemaining == -1800)
    }

    @Test func hourClockWithDatesOnlyRoundsUpToWholeDays() {
        let clock = StatutoryClock(
            start: date("2025-03-03"), limit: 72, unit: .hours,
            today: date("2025-03-06"), calendar: england)
        #expect(clock.due == date("2025-03-06") && clock.state == .dueToday)
        #expect(
            StatutoryClock.dueDate(start: date("2025-03-03"), limit: 25, unit: .hours, calendar: england)
                == date("2025-03-05"))
    }

    @Test func dueDatesFollowTheCalendarsAdjustments() {
        let adjusted = WorkingDayCalendar(adjustments: [.add(date: date("2025-01-09"), name: "Local one-off")])
        let clock = StatutoryClock(
            start: date("2025-01-06"), limit: 5, unit: .workingDays,
            today: date("2025-01-06"), calendar: adjusted)
        #expect(clock.due == date("2025-01-14"))
    }

    @Test func labelsInBritishEnglish() {
        #expect(ClockState.allCases.map(\.label) == ["Running", "Due today", "Overdue", "Met", "Met late"])
        #expect(notification(today: "2025-01-15").label == "Overdue")
        #expect(ClockUnit.workingDays.describe(5) == "5 working days")
        #expect(ClockUnit.workingDays.describe(1) == "1 working day")
        #expect(ClockUnit.calendarMonths.describe(6) == "6 calendar months")
        #expect(ClockUnit.hours.describe(72) == "72 hours")
        #expect(ClockUnit.allCases.map(\.label) == ["Working days", "Calendar days", "Calendar months", "Hours"])
    }

    @Test func sortedMostUrgentFirst() {
        let today = date("2025-03-12")
        func clock(_ start: String, _ limit: Int, done: String? = nil) -> StatutoryClock {
            StatutoryClock(
                start: date(start), limit: limit, unit: .calendarDays, completed: done.map(date),
                today: today, calendar: england)
        }
        let longOverdue = clock("2025-02-01", 5), overdue = clock("2025-03-01", 5)
        let dueToday = clock("2025-03-07", 5), soon = clock("2025-03-10", 5), later = clock("2025-03-10", 30)
        let met = clock("2025-03-01", 20, done: "2025-03-02"), metLate = clock("2025-02-01", 3, done: "2025-02-10")
        let hourly = StatutoryClock(
            startedAt: instant("2025-03-09T10:00:00Z"), hours: 72,
            now: instant("2025-03-12T09:00:00Z"), calendar: england)
        let shuffled = [met, later, overdue, hourly, soon, metLate, dueToday, longOverdue]
        #expect(shuffled.sortedByUrgency() == [longOverdue, overdue, hourly, dueToday, soon, later, metLate, met])
        #expect(
            [longOverdue, overdue, hourly, dueToday, soon, later, metLate, met].map(\.state) == [
                .overdue, .overdue, .dueToday, .dueToday, .running, .running, .metLate, .met,
            ])
    }
}
