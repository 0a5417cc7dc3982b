import Foundation
@testable import MASACore
import Testing

/// Values a person can type that once trapped the process: every one is refused or worked out, never a crash.
@Suite("Edge inputs")
struct EdgeInputTests {
    @Test func financialYearsNeedAFollowingYear() {
        #expect(FinancialYear(label: "0000/01") == nil)
        #expect(FinancialYear(label: "9999/00") == nil)
        #expect(FinancialYear(label: "0999/00") == nil)
        #expect(FinancialYear(label: "9998/99")?.end == LocalDate(year: 9999, month: 3, day: 31))
        #expect(FinancialYear(label: "2026/27")?.startYear == 2026)
    }

    @Test func otherScriptsDigitsAreNotMoney() {
        #expect(Money.pence(fromPounds: "1.½") == nil)
        #expect(Money.pence(fromPounds: "١٢") == nil)
        #expect(Money.pence(fromPounds: "12.٣") == nil)
        #expect(Money.pence(fromPounds: "12.5") == 1250)
    }

    @Test func arithmeticPastTheLastTypableYearDoesNotTrap() {
        let last = LocalDate(year: 9999, month: 12, day: 31)!
        #expect(last.adding(months: 1).year == 10000)
        #expect(last.adding(days: 1).year == 10000)
        let calendar = WorkingDayCalendar(adjustments: [])
        #expect(calendar.adding(workingDays: 20, to: last) > last)
        #expect(LocalDate(year: 1, month: 1, day: 1)!.adding(months: -1).year == 0)
    }
}
