import Testing
@testable import MASACore

/// England and Wales bank holidays as GOV.UK published them (gov.uk/bank-holidays), written out by hand.
private let officialLists: [Int: [String]] = [
    2015: [
        "2015-01-01", "2015-04-03", "2015-04-06", "2015-05-04", "2015-05-25", "2015-08-31", "2015-12-25", "2015-12-28",
    ],
    2016: [
        "2016-01-01", "2016-03-25", "2016-03-28", "2016-05-02", "2016-05-30", "2016-08-29", "2016-12-26", "2016-12-27",
    ],
    2017: [
        "2017-01-02", "2017-04-14", "2017-04-17", "2017-05-01", "2017-05-29", "2017-08-28", "2017-12-25", "2017-12-26",
    ],
    2018: [
        "2018-01-01", "2018-03-30", "2018-04-02", "2018-05-07", "2018-05-28", "2018-08-27", "2018-12-25", "2018-12-26",
    ],
    2019: [
        "2019-01-01", "2019-04-19", "2019-04-22", "2019-05-06", "2019-05-27", "2019-08-26", "2019-12-25", "2019-12-26",
    ],
    2020: [
        "2020-01-01", "2020-04-10", "2020-04-13", "2020-05-08", "2020-05-25", "2020-08-31", "2020-12-25", "2020-12-28",
    ],
    2021: [
        "2021-01-01", "2021-04-02", "2021-04-05", "2021-05-03", "2021-05-31", "2021-08-30", "2021-12-27", "2021-12-28",
    ],
    2022: [
        "2022-01-03", "2022-04-15", "2022-04-18", "2022-05-02", "2022-06-02", "2022-06-03", "2022-08-29",
        "2022-09-19", "2022-12-26", "2022-12-27",
    ],
    2023: [
        "2023-01-02", "2023-04-07", "2023-04-10", "2023-05-01", "2023-05-08", "2023-05-29", "2023-08-28",
        "2023-12-25", "2023-12-26",
    ],
    2024: [
        "2024-01-01", "2024-03-29", "2024-04-01", "2024-05-06", "2024-05-27", "2024-08-26", "2024-12-25", "2024-12-26",
    ],
    2025: [
        "2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26", "2025-08-25", "2025-12-25", "2025-12-26",
    ],
    2026: [
        "2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31", "2026-12-25", "2026-12-28",
    ],
    2027: [
        "2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30", "2027-12-27", "2027-12-28",
    ],
]

private func date(_ iso: String) -> LocalDate { LocalDate(iso: iso)! }

private func lines(_ year: Int) -> [String] {
    WorkingDayCalendar.englandAndWales.holidayLines(fromYear: year, toYear: year)
}

struct BankHolidayTests {
    @Test("Matches the published list", arguments: 2015...2027)
    func matchesPublishedList(year: Int) {
        let computed = BankHolidays.englandAndWales(in: year).map(\.date.iso)
        #expect(computed == officialLists[year])
    }

    @Test func namesForAnOrdinaryYear() {
        #expect(
            lines(2025) == [
                "2025-01-01\tNew Year's Day", "2025-04-18\tGood Friday", "2025-04-21\tEaster Monday",
                "2025-05-05\tEarly May bank holiday", "2025-05-26\tSpring bank holiday",
                "2025-08-25\tSummer bank holiday",
                "2025-12-25\tChristmas Day", "2025-12-26\tBoxing Day",
            ])
    }

    @Test func namesForTheExceptionalYears() {
        #expect(lines(2020).contains("2020-05-08\tEarly May bank holiday (VE day)"))
        #expect(lines(2022).contains("2022-06-02\tSpring bank holiday"))
        #expect(lines(2022).contains("2022-06-03\tPlatinum Jubilee bank holiday"))
        #expect(lines(2022).contains("2022-09-19\tBank holiday for the State Funeral of Queen Elizabeth II"))
        #expect(lines(2023).contains("2023-05-08\tBank holiday for the coronation of King Charles III"))
        #expect(lines(1999).contains("1999-12-31\tMillennium celebrations"))
    }

    @Test func christmasOnSaturdayMovesBothToMondayAndTuesday() {
        #expect(
            lines(2021).suffix(2) == [
                "2021-12-27\tChristmas Day (substitute day)",
                "2021-12-28\tBoxing Day (substitute day)",
            ])
        #expect(
            lines(2027).suffix(2) == [
                "2027-12-27\tChristmas Day (substitute day)",
                "2027-12-28\tBoxing Day (substitute day)",
            ])
    }

    @Test func christmasOnSundayKeepsBoxingDayOnMonday() {
        #expect(lines(2022).suffix(2) == ["2022-12-26\tBoxing Day", "2022-12-27\tChristmas Day (substitute day)"])
        #expect(lines(2016).suffix(2) == ["2016-12-26\tBoxing Day", "2016-12-27\tChristmas Day (substitute day)"])
    }

    @Test func boxingDayOnSaturdayMovesToMonday() {
        #expect(lines(2026).suffix(2) == ["2026-12-25\tChristmas Day", "2026-12-28\tBoxing Day (substitute day)"])
        #expect(lines(2015).suffix(2) == ["2015-12-25\tChristmas Day", "2015-12-28\tBoxing Day (substitute day)"])
    }

    @Test func newYearsDayAtTheWeekendMovesToMonday() {
        #expect(lines(2022).first == "2022-01-03\tNew Year's Day (substitute day)")  // Saturday
        #expect(lines(2011).first == "2011-01-03\tNew Year's Day (substitute day)")  // Saturday
        #expect(lines(2017).first == "2017-01-02\tNew Year's Day (substitute day)")  // Sunday
        #expect(lines(2023).first == "2023-01-02\tNew Year's Day (substitute day)")  // Sunday
    }

    @Test(
        "Easter Sunday",
        arguments: [
            (2038, "2038-04-25"), (1943, "1943-04-25"), (2008, "2008-03-23"), (2285, "2285-03-22"),
            (1818, "1818-03-22"), (2000, "2000-04-23"), (2024, "2024-03-31"), (2025, "2025-04-20"),
            (1961, "1961-04-02"), (2100, "2100-03-28"),
        ])
    func easterSunday(year: Int, expected: String) {
        #expect(BankHolidays.easterSunday(in: year) == date(expected))
    }

    @Test func easterHolidaysInEdgeYears() {
        let latest = lines(2038)
        #expect(latest.contains("2038-04-23\tGood Friday"))
        #expect(latest.contains("2038-04-26\tEaster Monday"))
        let early = lines(2008)
        #expect(early.contains("2008-03-21\tGood Friday"))
        #expect(early.contains("2008-03-24\tEaster Monday"))
        let earliest = lines(2285)
        #expect(earliest.contains("2285-03-20\tGood Friday"))
        #expect(earliest.contains("2285-03-23\tEaster Monday"))
    }

    @Test func historicMovesAndOneOffs() {
        let dates1995 = BankHolidays.englandAndWales(in: 1995).map(\.date.iso)
        #expect(dates1995.contains("1995-05-08") && !dates1995.contains("1995-05-01"))
        #expect(
            BankHolidays.englandAndWales(in: 1999).map(\.date.iso).suffix(3)
                == ["1999-12-27", "1999-12-28", "1999-12-31"])
        let dates2002 = BankHolidays.englandAndWales(in: 2002).map(\.date.iso)
        #expect(
            dates2002.contains("2002-06-03") && dates2002.contains("2002-06-04") && !dates2002.contains("2002-05-27"))
        #expect(BankHolidays.englandAndWales(in: 2011).map(\.date.iso).contains("2011-04-29"))
        let dates2012 = BankHolidays.englandAndWales(in: 2012).map(\.date.iso)
        #expect(
            dates2012.contains("2012-06-04") && dates2012.contains("2012-06-05") && !dates2012.contains("2012-05-28"))
        #expect(BankHolidays.englandAndWales(in: 1981).map(\.date.iso).contains("1981-07-29"))
        #expect(BankHolidays.englandAndWales(in: 1978).map(\.date.iso).contains("1978-05-01"))
    }

    @Test func everyYearHasItsHolidaysOnDistinctWeekdays() {
        let extraHolidays = [1981: 1, 1999: 1, 2002: 1, 2011: 1, 2012: 1, 2022: 2, 2023: 1]
        for year in BankHolidays.rulesHoldFrom...2200 {
            let holidays = BankHolidays.englandAndWales(in: year)
            #expect(holidays.count == 8 + extraHolidays[year, default: 0], "year \(year)")
            #expect(holidays.allSatisfy { !$0.date.isWeekend && $0.date.year == year }, "year \(year)")
            #expect(Set(holidays.map(\.date)).count == holidays.count, "year \(year)")
            #expect(holidays == holidays.sorted(), "year \(year)")
        }
    }

    @Test func yearsOutsideTheDateRangeHaveNoHolidays() {
        #expect(BankHolidays.englandAndWales(in: 0).isEmpty)
        #expect(BankHolidays.englandAndWales(in: 10_000).isEmpty)
    }

    @Test func holidayLinesSpanYearsInDateOrder() {
        let exported = WorkingDayCalendar.englandAndWales.holidayLines(fromYear: 2024, toYear: 2025)
        #expect(exported.count == 16)
        #expect(exported.first == "2024-01-01\tNew Year's Day")
        #expect(exported.last == "2025-12-26\tBoxing Day")
        #expect(exported == exported.sorted())
        #expect(WorkingDayCalendar.englandAndWales.holidayLines(fromYear: 2026, toYear: 2025).isEmpty)
    }
}
