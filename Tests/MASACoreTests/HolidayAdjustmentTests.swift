import Foundation
import Testing
@testable import MASACore

private func date(_ iso: String) -> LocalDate { LocalDate(iso: iso)! }

struct HolidayAdjustmentTests {
    @Test func addingANewOneOffMakesItAHoliday() {
        let oneOff = HolidayAdjustment.add(date: date("2026-06-15"), name: "Bank holiday for a national event")
        let calendar = WorkingDayCalendar(adjustments: [oneOff])
        #expect(!calendar.isWorkingDay(date("2026-06-15")))
        #expect(calendar.holidays(in: 2026).count == 9)
        #expect(calendar.holiday(on: date("2026-06-15"))?.name == "Bank holiday for a national event")
        #expect(calendar.adding(workingDays: 1, to: date("2026-06-12")) == date("2026-06-16"))
        #expect(WorkingDayCalendar.englandAndWales.adding(workingDays: 1, to: date("2026-06-12")) == date("2026-06-15"))
    }

    @Test func removingARuleHolidayMakesItAWorkingDay() {
        let calendar = WorkingDayCalendar(adjustments: [.remove(date: date("2026-05-04"))])
        #expect(calendar.isWorkingDay(date("2026-05-04")))
        #expect(calendar.holidays(in: 2026).count == 7)
        #expect(calendar.adding(workingDays: 1, to: date("2026-05-01")) == date("2026-05-04"))
    }

    @Test func movingAHolidayIsARemovalAndAnAddition() {
        let calendar = WorkingDayCalendar(adjustments: [
            .remove(date: date("2026-05-25")), .add(date: date("2026-05-29"), name: "Spring bank holiday"),
        ])
        #expect(calendar.holidayLines(fromYear: 2026, toYear: 2026).contains("2026-05-29\tSpring bank holiday"))
        #expect(calendar.isWorkingDay(date("2026-05-25")))
        #expect(!calendar.isWorkingDay(date("2026-05-29")))
    }

    @Test func theLastAdjustmentForADateWins() {
        let calendar = WorkingDayCalendar(adjustments: [
            .add(date: date("2026-07-01"), name: "First thought"), .remove(date: date("2026-07-01")),
            .add(date: date("2026-12-25"), name: "Christmas Day (renamed)"),
        ])
        #expect(calendar.isWorkingDay(date("2026-07-01")))
        #expect(calendar.holiday(on: date("2026-12-25"))?.name == "Christmas Day (renamed)")
        #expect(calendar.holidays(in: 2026).count == 8)
    }

    @Test func adjustmentsApplyOutsideThePrecomputedYears() {
        let farOff = WorkingDayCalendar(adjustments: [
            .add(date: date("2250-07-01"), name: "Far future"),
            .remove(date: date("2250-12-25")),
        ])
        #expect(!farOff.isWorkingDay(date("2250-07-01")))
        #expect(farOff.holidays(in: 2250).map(\.date.iso).contains("2250-07-01"))
        #expect(!farOff.holidays(in: 2250).map(\.date.iso).contains("2250-12-25"))
    }

    @Test func aSmallCacheGivesTheSameAnswersAsTheDefault() {
        let narrow = WorkingDayCalendar(precomputedYears: 2020...2020)
        for year in 2015...2027 {
            #expect(narrow.holidays(in: year) == WorkingDayCalendar.englandAndWales.holidays(in: year))
        }
        var day = date("2018-12-01")
        while day < date("2024-02-01") {
            #expect(
                narrow.adding(workingDays: 9, to: day)
                    == WorkingDayCalendar.englandAndWales.adding(workingDays: 9, to: day))
            day = day.adding(days: 5)
        }
    }

    @Test func calendarsAreEqualWhenBuiltFromTheSameAdjustments() {
        let adjustments: [HolidayAdjustment] = [.remove(date: date("2026-05-04"))]
        #expect(WorkingDayCalendar(adjustments: adjustments) == WorkingDayCalendar(adjustments: adjustments))
        #expect(WorkingDayCalendar(adjustments: adjustments) != WorkingDayCalendar.englandAndWales)
    }

    @Test func adjustmentsDescribeThemselvesAndSurviveJSON() throws {
        let adjustments: [HolidayAdjustment] = [
            .add(date: date("2023-05-08"), name: "Coronation"), .remove(date: date("2020-05-04")),
        ]
        #expect(adjustments.map(\.description) == ["Add 8 May 2023: Coronation", "Remove 4 May 2020"])
        let data = try JSONEncoder().encode(adjustments)
        #expect(try JSONDecoder().decode([HolidayAdjustment].self, from: data) == adjustments)
        let stored = #"{"remove":{"date":"2020-05-04"}}"#
        #expect(
            try JSONDecoder().decode(HolidayAdjustment.self, from: Data(stored.utf8))
                == .remove(date: date("2020-05-04")))
        #expect(adjustments.map(\.date) == [date("2023-05-08"), date("2020-05-04")])
    }
}
