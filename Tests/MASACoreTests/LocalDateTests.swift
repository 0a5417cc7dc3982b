import Foundation
import Testing
@testable import MASACore

private func date(_ iso: String) -> LocalDate { LocalDate(iso: iso)! }

private let utcGregorian: Calendar = {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    return calendar
}()

struct LocalDateTests {
    /// Foundation's Gregorian calendar turns Julian before 15 October 1582, so the comparison starts in 1583.
    @Test func dayNumbersAgreeWithFoundation() {
        let first = date("1583-01-01").dayNumber, last = date("9999-12-31").dayNumber
        let everyDayNearNow = date("1900-01-01").dayNumber...date("2100-12-31").dayNumber
        let sample = Array(stride(from: first, through: last, by: 97)) + Array(everyDayNearNow) + [last]
        for dayNumber in sample {
            let local = LocalDate(dayNumber: dayNumber)
            let parts = utcGregorian.dateComponents(
                [.year, .month, .day],
                from: Date(timeIntervalSince1970: Double(dayNumber) * 86_400))
            #expect(local.year == parts.year && local.month == parts.month && local.day == parts.day, "\(dayNumber)")
            #expect(local.dayNumber == dayNumber)
        }
    }

    @Test func knownDayNumbers() {
        #expect(date("1970-01-01").dayNumber == 0)
        #expect(date("1969-12-31").dayNumber == -1)
        #expect(date("2000-03-01").dayNumber == 11_017)
        #expect(LocalDate(year: 1, month: 1, day: 1)!.dayNumber == -719_162)
    }

    @Test func invalidDatesAreRejected() {
        #expect(LocalDate(year: 2023, month: 2, day: 29) == nil)
        #expect(LocalDate(year: 1900, month: 2, day: 29) == nil)
        #expect(LocalDate(year: 2024, month: 2, day: 29) != nil)
        #expect(LocalDate(year: 2000, month: 2, day: 29) != nil)
        #expect(LocalDate(year: 2025, month: 4, day: 31) == nil)
        #expect(LocalDate(year: 2025, month: 13, day: 1) == nil)
        #expect(LocalDate(year: 2025, month: 0, day: 1) == nil)
        #expect(LocalDate(year: 2025, month: 1, day: 0) == nil)
        #expect(LocalDate(year: 0, month: 1, day: 1) == nil)
        for text in ["2025-4-01", "20250401", "2025/04/01", "2025-04-01T00:00", "", "abcd-ef-gh", "2025-02-30"] {
            #expect(LocalDate(iso: text) == nil, "\(text)")
        }
        #expect(LocalDate(iso: " 2025-04-01 ") == date("2025-04-01"))
    }

    @Test func weekdays() {
        #expect(date("1970-01-01").weekday == 4)  // Thursday
        #expect(date("1969-12-31").weekday == 3)  // Wednesday
        #expect(date("1900-01-01").weekday == 1)  // Monday
        #expect(date("2025-01-06").weekday == 1)
        #expect(date("2025-01-05").weekday == 7 && date("2025-01-05").isWeekend)
        #expect(date("2025-01-04").weekday == 6 && date("2025-01-04").isWeekend)
        #expect(!date("2025-01-03").isWeekend)
    }

    @Test func monthArithmeticIsSafeAtMonthEnds() {
        #expect(date("2025-01-31").adding(months: 1) == date("2025-02-28"))
        #expect(date("2024-01-31").adding(months: 1) == date("2024-02-29"))
        #expect(date("2024-02-29").adding(months: 12) == date("2025-02-28"))
        #expect(date("2025-03-31").adding(months: -1) == date("2025-02-28"))
        #expect(date("2025-01-15").adding(months: -1) == date("2024-12-15"))
        #expect(date("2025-11-30").adding(months: 3) == date("2026-02-28"))
        #expect(date("2025-12-31").adding(days: 1) == date("2026-01-01"))
        #expect(date("2025-01-01").days(until: date("2026-01-01")) == 365)
    }

    @Test func textForms() throws {
        #expect(date("2025-04-03").long == "3 April 2025")
        #expect(date("2025-04-03").short == "3 Apr 2025")
        #expect(date("0987-06-05").iso == "0987-06-05")
        let json = try JSONEncoder().encode([date("2025-04-03")])
        #expect(String(decoding: json, as: UTF8.self) == "[\"2025-04-03\"]")
        #expect(try JSONDecoder().decode([LocalDate].self, from: json) == [date("2025-04-03")])
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([LocalDate].self, from: Data("[\"2025-02-30\"]".utf8))
        }
    }

    @Test func todayInEngland() {
        #expect(LocalDate(Date(timeIntervalSince1970: 1_751_326_200)) == date("2025-07-01"))  // 23:30Z 30 June, BST
        #expect(LocalDate(Date(timeIntervalSince1970: 1_738_366_200)) == date("2025-01-31"))  // 23:30Z 31 January, GMT
    }
}

struct FinancialYearTests {
    @Test func labels() {
        #expect(FinancialYear(startYear: 2024).label == "2024/25")
        #expect(FinancialYear(startYear: 1999).label == "1999/00")
        #expect(FinancialYear(startYear: 2009).label == "2009/10")
        #expect(FinancialYear(startYear: 2024).description == "2024/25")
    }

    @Test func parsing() {
        for text in ["2024/25", "2024-25", "2024/2025", " 2024/25 "] {
            #expect(FinancialYear(label: text) == FinancialYear(startYear: 2024), "\(text)")
        }
        #expect(FinancialYear(label: "1999/00") == FinancialYear(startYear: 1999))
        for text in ["2024/26", "2024/2026", "24/25", "2024", "2024/025", "2024/25/26", "abcd/ef", ""] {
            #expect(FinancialYear(label: text) == nil, "\(text)")
        }
    }

    @Test func yearBoundaries() {
        #expect(FinancialYear(containing: date("2025-03-31")) == FinancialYear(startYear: 2024))
        #expect(FinancialYear(containing: date("2025-04-01")) == FinancialYear(startYear: 2025))
        let year = FinancialYear(startYear: 2024)
        #expect(year.start == date("2024-04-01") && year.end == date("2025-03-31"))
        #expect(year.contains(date("2025-03-31")) && !year.contains(date("2025-04-01")))
        #expect(year.previous.label == "2023/24" && year.next.label == "2025/26")
        #expect(year.previous < year)
    }

    @Test func quarters() {
        let months = [4: 1, 5: 1, 6: 1, 7: 2, 8: 2, 9: 2, 10: 3, 11: 3, 12: 3, 1: 4, 2: 4, 3: 4]
        for (month, quarter) in months {
            #expect(FinancialYear.quarter(of: LocalDate(year: 2025, month: month, day: 15)!) == quarter)
        }
        #expect(FinancialYear.quarter(of: date("2025-03-31")) == 4)
        #expect(FinancialYear.quarter(of: date("2025-04-01")) == 1)
        let year = FinancialYear(startYear: 2024)
        #expect(year.quarter(1) == date("2024-04-01")...date("2024-06-30"))
        #expect(year.quarter(2) == date("2024-07-01")...date("2024-09-30"))
        #expect(year.quarter(3) == date("2024-10-01")...date("2024-12-31"))
        #expect(year.quarter(4) == date("2025-01-01")...date("2025-03-31"))
    }
}
