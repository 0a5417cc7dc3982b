import Fluent
import Foundation
@testable import Administration
import MASACore
import MASATestSupport
import MASAWeb
import Testing
import VaporTesting

@Suite("Settings and bank holidays")
struct SettingsTests {
    @Test func settingsSaveAndRefuseNonsense() async throws {
        try await withMASA { t in
            let browser = try await t.browser(as: .businessUnit)
            let page = try await browser.get("/settings")
            #expect(page.html.contains("value=\"notification\" checked"), "the defaults show before anyone saves")
            let bad = try await browser.post(
                "/settings",
                [("rapidReviewStart", "whenever"), ("sarDays", "0"), ("themeThreshold", "three"), ("themeWindow", "")])
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.html.contains("Select when the rapid review clock starts"))
            #expect(bad.html.contains("Enter the working days to acknowledge a SAR referral from 1 to 60"))
            #expect(bad.html.contains("Enter how many reviews make a theme recurring as a whole number"))
            #expect(bad.html.contains("Enter the number of months"))
            #expect(bad.html.contains("value=\"whenever\"") == false, "an unknown choice is not shown as chosen")
            let start = try await Self.saved(t, "rapidReviewStart"), days = try await Self.saved(t, "sarDays")
            #expect(start == "notification" && days == "5", "nothing saved")
            let good = try await browser.post(
                "/settings",
                [
                    ("rapidReviewStart", "partners-aware"), ("sarDays", "10"), ("sarMonths", "6"), ("noticeDays", "7"),
                    ("themeThreshold", "4"), ("themeWindow", "36"),
                    ("smallNumberLimit", "5"),
                ])
            #expect(good.status == .seeOther)
            #expect(try await Self.saved(t, "rapidReviewStart") == "partners-aware")
            var values: [String] = []
            for key in ["sarDays", "themeThreshold", "themeWindow"] { values.append(try await Self.saved(t, key)) }
            #expect(values == ["10", "4", "36"])
        }
    }

    @Test func eachSectionSavesOnlyItsOwnSettings() async throws {
        try await withMASA { t in
            let browser = try await t.browser(as: .businessUnit)
            let page = try await browser.get("/settings")
            #expect(page.html.contains("Save case reviews settings") && page.html.contains("Save sign-in settings"))
            let saved = try await browser.post(
                "/settings",
                [
                    ("section", "Case reviews"), ("rapidReviewStart", "notification"),
                    ("sarDays", "9"), ("sarMonths", "6"), ("noticeDays", "7"), ("themeThreshold", "3"),
                    ("themeWindow", "24"),
                ])
            #expect(saved.status == .seeOther)
            #expect(try await Self.saved(t, "sarDays") == "9")
            #expect(try await Self.saved(t, "requireTwoFactor") == "false", "the sign-in section was left alone")
        }
    }

    /// A setting as stored, read through its declaration.
    static func saved(_ t: TestContext, _ key: String) async throws -> String {
        let definition = try #require(t.app.registry.settings.first { $0.key == key })
        return try await SettingValues.load(on: t.db).text(definition)
    }

    @Test func aNewlyAnnouncedHolidayMovesWorkingDays() async throws {
        try await withMASA { t in
            let monday = LocalDate(year: 2026, month: 11, day: 23)!
            #expect(
                try await t.app.workingDayCalendar(on: t.db).adding(workingDays: 1, to: testToday.adding(days: 2))
                    == monday)
            let admin = try await t.browser(as: .systemAdministrator)
            let response = try await admin.post(
                "/settings/holidays",
                [
                    ("date-day", "23"), ("date-month", "11"), ("date-year", "2026"),
                    ("change", "add"), ("name", "Bank holiday for a royal occasion"),
                ])
            #expect(response.status == .seeOther)
            let calendar = try await t.app.workingDayCalendar(on: t.db)
            #expect(calendar.isBankHoliday(monday))
            #expect(calendar.adding(workingDays: 1, to: testToday.adding(days: 2)) == monday.adding(days: 1))
            let page = try await admin.get("/settings/holidays")
            #expect(page.html.contains("Bank holiday for a royal occasion"))
            let duplicate = try await admin.post(
                "/settings/holidays",
                [("date-day", "23"), ("date-month", "11"), ("date-year", "2026"), ("change", "add"), ("name", "Again")])
            #expect(duplicate.html.contains("There is already an adjustment"))
            let record = try #require(try await HolidayAdjustmentRecord.query(on: t.db).first())
            #expect(try await admin.post("/settings/holidays/\(record.id!)/delete").status == .seeOther)
            #expect(!(try await t.app.workingDayCalendar(on: t.db)).isBankHoliday(monday))
        }
    }

    @Test func removingARuleHolidayAndRefusingImpossibleChanges() async throws {
        try await withMASA { t in
            let admin = try await t.browser(as: .systemAdministrator)
            let boxing = try await admin.post(
                "/settings/holidays",
                [
                    ("date-day", "28"), ("date-month", "12"), ("date-year", "2026"), ("change", "remove"),
                    ("name", "Moved by proclamation"),
                ])
            #expect(boxing.status == .seeOther)
            #expect(
                !(try await t.app.workingDayCalendar(on: t.db)).isBankHoliday(
                    LocalDate(year: 2026, month: 12, day: 28)!))
            let notAHoliday = try await admin.post(
                "/settings/holidays",
                [("date-day", "2"), ("date-month", "12"), ("date-year", "2026"), ("change", "remove"), ("name", "x")])
            #expect(notAHoliday.html.contains("is not a bank holiday, so there is nothing to remove"))
            let already = try await admin.post(
                "/settings/holidays",
                [("date-day", "25"), ("date-month", "12"), ("date-year", "2026"), ("change", "add"), ("name", "x")])
            #expect(already.html.contains("is already a bank holiday"))
            let noDate = try await admin.post("/settings/holidays", [("change", "add"), ("name", "x")])
            #expect(noDate.html.contains("Enter date"))
            #expect(try await HolidayAdjustmentRecord.query(on: t.db).count() == 1)
        }
    }
}
