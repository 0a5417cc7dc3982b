import Fluent
import Foundation
import MASACore
import MASATestSupport
import MASAWeb
@testable import Administration
import Testing

/// A bank holiday adjustment or an API token's expiry edited outside MASA into something that does not read is an
/// error naming the record: the working-day calendar is never counted without the adjustment, and the token is
/// never taken as expired (or current) on a guess.
@Suite("Administration values that cannot be read")
struct AdministrationStoredValueTests {
    typealias H = HolidayAdjustmentColumns

    @Test func anAdjustmentThatDoesNotReadStopsTheCalendarNamingTheAdjustment() async throws {
        try await withMASA { t in
            let monday = LocalDate(year: 2026, month: 11, day: 23)!
            let record = HolidayAdjustmentRecord(date: monday, adding: "Royal occasion")
            try await record.create(on: t.db)
            let id = try record.requireID()
            let admin = try await t.browser(as: .systemAdministrator)
            for (column, value, original) in [(H.date, "23 Nov 2026", "2026-11-23"), (H.change, "move", "add")] {
                try await t.overwrite(H.table, column, of: id, with: value)
                await expectUnreadable(H.table, column, of: id, value: value) {
                    _ = try await t.app.workingDayCalendar(on: t.db)
                }
                expectErrorPage(try await admin.get("/settings/holidays"))
                try await t.overwrite(H.table, column, of: id, with: original)
            }
            #expect(try await t.app.workingDayCalendar(on: t.db).isBankHoliday(monday))
            try await t.overwrite(H.table, H.date, of: id, with: "2026-11-31")
            #expect(try await admin.post("/settings/holidays/\(id)/delete").status == .seeOther,
                    "the broken adjustment can still be undone")
            #expect(try await admin.get("/settings/holidays").status == .ok)
        }
    }

    @Test func aTokenExpiryThatDoesNotReadFailsItsPagesAndRefusesTheTokenNamingIt() async throws {
        try await withMASA { t in
            let token = try await t.apiToken([.viewPartnership])
            let record = try #require(try await APIToken.query(on: t.db).first())
            let id = try record.requireID()
            try await t.overwrite(APITokenTable.name, APITokenTable.expiresOn, of: id, with: "next year")
            let stored = try #require(try await APIToken.find(id, on: t.db))
            await expectUnreadable(APITokenTable.name, APITokenTable.expiresOn, of: id, value: "next year") {
                _ = try stored.refusal(today: testToday)
            }
            let business = try await t.browser(as: .businessUnit)
            for path in ["/settings/api-tokens", "/settings/api-tokens/\(id)"] {
                expectErrorPage(try await business.get(path))
            }
            let refused = try await t.api("/api/v1/agencies", token: token)
            #expect(refused.status == .internalServerError && refused.isJSONError, "refused, never read as current")
        }
    }

    @Test func rolesThatDoNotReadSignNobodyInAndTheAdministratorChoosesThemAgain() async throws {
        try await withMASA { t in
            let viewer = try await t.browser(as: .viewer)
            let user = try #require(try await User.query(on: t.db).filter(\.$email == Fixture.email(.viewer)).first())
            let id = try user.requireID()
            // Text that is not a JSON array does not read, even where every name in it is a role.
            try await t.overwrite(User.schema, "roles", of: id, with: "viewer")
            let plain = try #require(try await User.find(id, on: t.db))
            await expectUnreadable(User.schema, "roles", of: id, value: "viewer") { _ = try plain.roles }
            try await t.overwrite(User.schema, "roles", of: id, with: #"["viewer","auditor"]"#)
            let stored = try #require(try await User.find(id, on: t.db))
            await expectUnreadable(User.schema, "roles", of: id, value: "auditor") { _ = try stored.roles }
            expectErrorPage(try await viewer.get("/"))
            let again = t.anonymous()
            try await again.get("/sign-in")
            let signIn = try await again.post("/sign-in", [("email", Fixture.email(.viewer)),
                                                           ("password", Fixture.password)])
            #expect(signIn.status == .internalServerError, "not signed in with the role that read, nor with none")
            let admin = try await t.browser(as: .systemAdministrator)
            let list = try await admin.get("/admin/users")
            #expect(list.status == .ok && list.html.contains("Roles cannot be read: choose them again"))
            let form = try await admin.get("/admin/users/\(id)/edit")
            #expect(form.status == .ok && form.html.contains("include a name that is not a role"))
            #expect(!form.html.contains("value=\"viewer\" checked"), "no role ticked on a guess")
        }
    }
}
