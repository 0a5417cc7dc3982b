import Fluent
import Foundation
@testable import Administration
import MASACore
import MASATestSupport
@testable import MASAWeb
import Testing

/// The bank holidays and records retention pages as page models.
@Suite("Administration settings page models")
struct AdminSettingsPageModelTests {
    @Test func theHolidaysQueryReadsBothYearsAndTheAdjustmentsByDate() async throws {
        try await withMASA { t in
            try await HolidayAdjustmentRecord(date: PageModel.date("2027-06-07"), adding: "Jubilee").create(on: t.db)
            try await HolidayAdjustmentRecord(date: PageModel.date("2026-12-28"), removingWithNote: "Moved")
                .create(on: t.db)
            let calendar = try await t.app.workingDayCalendar(on: t.db)
            let facts = try await HolidayFacts.read(year: 2026, calendar: calendar, on: t.db)
            #expect(facts.adjustments.map(\.name) == ["Moved", "Jubilee"])
            #expect(facts.adjustments.map(\.change) == [.remove, .add])
            #expect(facts.holidays.contains { $0.name == "Jubilee" && $0.date == PageModel.date("2027-06-07") })
            #expect(facts.holidays.allSatisfy { (2026...2027).contains($0.date.year) })
        }
    }

    @Test func theHolidaysPageOffersToUndoEachAdjustmentAndKeepsWhatWasEntered() {
        let christmas = BankHoliday(date: PageModel.date("2026-12-25"), name: "Christmas Day")
        let adjustment = HolidayFacts.Adjustment(id: UUID(), date: PageModel.date("2027-06-07"), change: .add,
                                                 name: "Jubilee")
        let facts = HolidayFacts(year: 2026, holidays: [christmas], adjustments: [adjustment])
        let blocks = HolidayPage(facts: facts, state: FormState(values: ["name": ["Coronation"]])).blocks(csrf: "t")
        let text = PageModel.text(blocks)
        #expect(text.contains("Bank holidays 2026 and 2027") && text.contains("25 December 2026 Christmas Day"))
        #expect(text.contains("7 June 2027 Added Jubilee") && text.contains("Undo the change on 7 Jun 2027"))
        #expect(PageModel.html(blocks).contains("value=\"Coronation\""))
        let none = HolidayPage(facts: HolidayFacts(year: 2026, holidays: [], adjustments: []), state: FormState())
        let empty = PageModel.text(none.blocks(csrf: "t"))
        #expect(empty.contains("No adjustments: MASA follows the bank holiday rules") && !empty.contains("Undo"))
    }

    @Test func theRetentionQueryCountsEveryRule() async throws {
        try await withMASA { t in
            let rules = t.app.registry.retentionRules
            let facts = try await RetentionFacts.read(rules, today: testToday, on: t.db)
            #expect(facts.today == testToday && facts.statuses.map(\.rule.table) == rules.map(\.table))
            #expect(facts.statuses.allSatisfy { $0.pastPeriod == 0 && $0.unreadable == 0 })
        }
    }

    @Test func theRetentionPageWarnsOnlyWhenSomeDatesCannotBeRead() async throws {
        try await withMASA(fixture: false) { t in
            let rule = try #require(t.app.registry.retentionRules.first { $0.table == "risks" })
            func facts(unreadable: Int) -> RetentionFacts {
                RetentionFacts(today: testToday, statuses: [
                    RetentionStatus(rule: rule, cutOff: PageModel.date("2020-11-18"), pastPeriod: 2,
                                    oldest: "2 April 2019", unreadable: unreadable),
                ])
            }
            let text = PageModel.text(RetentionPage(facts: facts(unreadable: 1)).blocks())
            #expect(text.hasPrefix(RetentionReport.nothingRemoved))
            #expect(text.contains("Risks \(rule.recordKind) \(rule.period.label)"))
            #expect(text.contains("2 2 April 2019 1") && text.contains(RetentionReport.unreadableAdvice))
            #expect(!PageModel.text(RetentionPage(facts: facts(unreadable: 0)).blocks())
                .contains(RetentionReport.unreadableAdvice))
        }
    }
}
