import Fluent
import Foundation
import MASACore
@testable import MASAWeb
import MASATestSupport
import Testing
import VaporTesting

/// Sessions end: after a time without use, after an absolute lifetime, and when the person's password, roles or
/// access change. Only a hash of a session's id is stored, and an anonymous visit stores nothing.
@Suite("Session lifetimes")
struct SessionLifetimeTests {
    static func at(_ minutes: Double) -> AppClock { .fixed(testNow.addingTimeInterval(minutes * 60)) }

    @Test func thirtyMinutesWithoutUseEndsTheSession() async throws {
        try await withMASA { t in
            let browser = try await t.browser(as: .viewer)
            t.app.clock = Self.at(29)
            #expect(try await browser.get("/").status == .ok, "still in use at 29 minutes")
            t.app.clock = Self.at(29 + 29)
            #expect(try await browser.get("/").status == .ok, "use keeps it alive")
            t.app.clock = Self.at(29 + 29 + 31)
            #expect(try await browser.get("/").location?.hasPrefix("/sign-in") == true, "31 idle minutes end it")
        }
    }

    @Test func twelveHoursEndsEvenABusySession() async throws {
        try await withMASA { t in
            let browser = try await t.browser(as: .viewer)
            for minutes in stride(from: 20.0, through: 700, by: 20) {
                t.app.clock = Self.at(minutes)
                #expect(try await browser.get("/").status == .ok, "busy at \(minutes) minutes")
            }
            t.app.clock = Self.at(12 * 60 + 1)
            #expect(try await browser.get("/").location?.hasPrefix("/sign-in") == true)
        }
    }

    @Test func theSettingsChangeTheLimits() async throws {
        try await withMASA { t in
            let business = try await t.browser(as: .businessUnit)
            let bad = try await business.post("/settings/sessions", [("idle", "90"), ("absolute", "12")])
            #expect(bad.status == .unprocessableEntity && bad.html.contains("between 5 and 60"))
            #expect(
                try await business.post("/settings/sessions", [("idle", "10"), ("absolute", "2")]).status == .seeOther)
            let viewer = try await t.browser(as: .viewer)
            t.app.clock = Self.at(11)
            #expect(try await viewer.get("/").location?.hasPrefix("/sign-in") == true)
        }
    }

    @Test func onlyAHashOfTheSessionIdIsStored() async throws {
        try await withMASA { t in
            let browser = try await t.browser(as: .viewer)
            let token = try #require(browser.cookie)
            let rows = try await SessionRecordRow.query(on: t.db).all()
            #expect(rows.count == 1)
            #expect(rows.allSatisfy { $0.tokenHash != token && !$0.data.contains(token) })
            #expect(rows.first?.tokenHash == SessionStore.hash(token))
            #expect(rows.first?.userID == t.f.users[.viewer])
        }
    }

    @Test func anonymousVisitsStoreNoSession() async throws {
        try await withMASA { t in
            let visitor = t.anonymous()
            for path in ["/sign-in", "/agencies", "/health", "/no-such-page", "/sign-in?return=%2Fagencies"] {
                _ = try await visitor.get(path)
            }
            _ = try await visitor.post("/sign-in", [("email", "nobody@x.example"), ("password", "a-wrong-password")])
            #expect(try await SessionRecordRow.query(on: t.db).count() == 0)
            #expect(visitor.cookie == nil)
        }
    }

    @Test func aRoleChangeAPasswordResetOrDisablingEndsThePersonsSessions() async throws {
        try await withMASA { t in
            let id = try #require(t.f.users[.viewer])
            for change in ["roles", "password", "disable"] {
                let viewer = try await t.browser(as: .viewer)
                let other = try await t.browser(as: .viewer)
                let user = try #require(try await User.find(id, on: t.db))
                switch change {
                case "roles": user.assign(roles: [.viewer, .agencyContributor])
                case "password": user.passwordHash = try t.app.password.hash("another-long-password")
                default: user.isActive = false
                }
                try await user.save(on: t.db)
                #expect(try await viewer.get("/").location?.hasPrefix("/sign-in") == true, "\(change)")
                #expect(try await other.get("/").location?.hasPrefix("/sign-in") == true, "\(change)")
                #expect(try await SessionRecordRow.query(on: t.db).filter(\.$userID == id).count() == 0, "\(change)")
                user.assign(roles: [.viewer])
                user.passwordHash = try t.app.password.hash(Fixture.password)
                user.isActive = true
                try await user.save(on: t.db)
            }
            let admin = try await t.browser(as: .systemAdministrator)
            #expect(try await admin.get("/").status == .ok, "other people's sessions are untouched")
        }
    }

    @Test func housekeepingSweepsEndedSessions() async throws {
        try await withMASA { t in
            _ = try await t.browser(as: .viewer)
            _ = try await t.browser(as: .businessUnit)
            t.app.clock = Self.at(20)
            let recent = try await t.browser(as: .viewer)
            try await Housekeeping.run(on: t.db, now: testNow.addingTimeInterval(35 * 60))
            let left = try await SessionRecordRow.query(on: t.db).all()
            #expect(left.count == 1)
            #expect(left.first?.tokenHash == SessionStore.hash(try #require(recent.cookie)))
        }
    }
}
