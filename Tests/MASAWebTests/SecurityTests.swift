import Fluent
import Foundation
import MASACore
@testable import MASAWeb
import MASATestSupport
import Testing
import VaporTesting

@Suite("Secure headers, CSRF, health and error pages")
struct SecurityTests {
    @Test func everyResponseCarriesTheSecureHeaders() async throws {
        try await withMASA { t in
            let browser = try await t.browser(as: .viewer)
            for path in ["/", "/sign-in", "/no-such-page", "/agencies", "/admin/users"] {
                let response = try await browser.get(path)
                let policy = response.headers.first(name: "Content-Security-Policy") ?? ""
                #expect(policy.contains("frame-ancestors 'none'"), "\(path)")
                #expect(policy.contains("script-src 'self'") && !policy.contains("unsafe-inline"), "\(path)")
                #expect(response.headers.first(name: "X-Content-Type-Options") == "nosniff", "\(path)")
                #expect(response.headers.first(name: "Referrer-Policy") == "same-origin", "\(path)")
                #expect(
                    response.headers.first(name: "Strict-Transport-Security")?.hasPrefix("max-age=31536000") == true)
            }
        }
    }

    @Test func sessionCookieIsSecureHttpOnlyAndSameSite() async throws {
        try await withMASA { t in
            let browser = t.anonymous()
            let form = try await browser.get("/sign-in")
            let formCookie = try #require(form.headers[.setCookie].first { $0.hasPrefix("masa-form=") })
            #expect(
                formCookie.contains("HttpOnly") && formCookie.contains("Secure")
                    && formCookie.contains("SameSite=Strict"))
            let response = try await browser.post(
                "/sign-in", [("email", Fixture.email(.viewer)), ("password", Fixture.password)])
            let cookie = try #require(response.headers[.setCookie].first { $0.hasPrefix("masa-session=") })
            #expect(cookie.contains("HttpOnly"))
            #expect(cookie.contains("Secure"))
            #expect(cookie.contains("SameSite=Lax"))
        }
    }

    @Test func formsWithoutTheTokenAreRefused() async throws {
        try await withMASA { t in
            let browser = try await t.browser(as: .businessUnit)
            let response = try await browser.post(
                "/agencies/new", [("name", "Sneaky Agency"), ("kind", "other")], csrf: false)
            #expect(response.status == .forbidden)
            let wrong = try await browser.post(
                "/agencies/new", [("name", "Sneaky Agency"), ("kind", "other"), ("csrf_token", "forged")], csrf: false)
            #expect(wrong.status == .forbidden)
            #expect(try await Agency.query(on: t.db).filter(\.$name == "Sneaky Agency").count() == 0)
        }
    }

    @Test func unknownPagesGetAUsefulNotFoundPage() async throws {
        try await withMASA { t in
            let browser = try await t.browser(as: .viewer)
            let response = try await browser.get("/agencies/\(UUID())")
            #expect(response.status == .notFound)
            #expect(response.html.contains("Page not found"))
            #expect(response.html.contains("href=\"/\""))
            let malformed = try await browser.get("/agencies/not-a-uuid")
            #expect(malformed.status == .notFound)
        }
    }

    @Test func forbiddenPagesSaySoPlainly() async throws {
        try await withMASA { t in
            let response = try await t.browser(as: .viewer).get("/admin/users")
            #expect(response.status == .forbidden)
            #expect(response.html.contains("You do not have permission to see this page"))
        }
    }

    @Test func healthAnswersWhenTheDatabaseIsThere() async throws {
        try await withMASA(fixture: false) { t in
            let response = try await t.anonymous().get("/health")
            #expect(response.status == .ok)
            #expect(response.html == "ok")
        }
    }
}

@Suite("Form reading")
struct FormReadingTests {
    @Test func lineBreaksFromBrowsersBecomeOneKind() async throws {
        try await withMASA { t in
            let browser = try await t.browser(as: .businessUnit)
            // A textarea posted as a browser sends it (CRLF) is stored with plain line breaks.
            try await browser.post(
                "/partnership/edit",
                [
                    ("name", "Testshire Partnership"), ("area", "Testshire"),
                    ("vision", "Safe children.\r\nSafe adults."), ("scope", "all-age"), ("year", "2026/27"),
                ])
            #expect(try await PartnershipProfile.current(on: t.db)?.vision == "Safe children.\nSafe adults.")
        }
    }
}
