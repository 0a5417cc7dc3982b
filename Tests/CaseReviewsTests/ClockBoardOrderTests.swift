import Foundation
import MASACore
@testable import Reviews
import Testing

/// The clocks dashboard's order does not depend on the order a database returns rows in: two clocks due the
/// same day list by record code, then by clock, on SQLite and PostgreSQL alike.
@Suite("Clock board order")
struct ClockBoardOrderTests {
    @Test func clocksDueTheSameDayListByCodeThenClock() {
        let start = LocalDate(year: 2026, month: 11, day: 2)!
        let clock = StatutoryClock(start: start, limit: 5, unit: .workingDays, completed: nil,
                                   today: LocalDate(year: 2026, month: 11, day: 4)!, calendar: .englandAndWales)
        let item = { (code: String, rule: ClockRule) in
            ClockItem(rule, code: code, href: "/\(code)", clock: clock, warning: nil)
        }
        let given = [item("Child U2", ClockRules.panelNotified), item("Child U1", ClockRules.partnersInformed),
                     item("Child U1", ClockRules.panelNotified)]
        let listed = ClockBoard.openByUrgency(given).map { "\($0.code): \($0.rule.name)" }
        #expect(listed == ["Child U1: Panel notified", "Child U1: Partners informed", "Child U2: Panel notified"])
        #expect(ClockBoard.openByUrgency(given.reversed()).map { "\($0.code): \($0.rule.name)" } == listed)
    }
}
