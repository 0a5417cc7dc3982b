import Foundation
import MASACore
import MASATestSupport
@testable import MASAWeb
import Testing
import Vapor
import VaporTesting

/// No address a person can type or a crawler can invent may stop the server: every page number, year, sort key
/// and filter value is read leniently, and a page past the end is the last page.
@Suite("Hostile query values")
struct HostileQueryTests {
    static let values = [
        "10", "99999999999", "9223372036854775807", "99999999999999999999", "-1", "0", "-9223372036854775808",
        "", "abc", "1e9", " 2 ", "%00", "0000/01", "9999/00", "9998-99", "2026-27", "../../etc/passwd",
        String(repeating: "9", count: 400), String(repeating: "x", count: 3000), "Ω≈ç√∫", "½", "١٢",
        "'; DROP TABLE users; --",
    ]
    static let keys = [
        "page", "sort", "order", "year", "kind", "stage", "status", "agency", "group", "q", "from", "to",
        "person", "record", "type", "action", "theme",
    ]

    @Test func aPagePastTheEndShowsTheLastPage() async throws {
        try await withMASA { t in
            for number in 1...60 {
                try await Agency(name: "Agency \(String(format: "%02d", number))", kind: .other).create(on: t.db)
            }
            let browser = try await t.browser(as: .businessUnit)
            for page in ["10", "99999999999", "9223372036854775807"] {
                let response = try await browser.get("/agencies?page=\(page)")
                #expect(response.status == .ok, "page \(page)")
                #expect(response.html.contains("Showing 51 to 65 of 65"), "page \(page) is the last page")
            }
            #expect(try await browser.get("/agencies?page=-3").html.contains("Showing 1 to 25 of 65"))
        }
    }

    @Test func everyListAnswersEveryHostileValue() async throws {
        try await withMASA { t in
            let browser = try await t.browser(as: .businessUnit)
            let lists = t.app.routes.all.filter { $0.method == .GET && !$0.path.contains { "\($0)".hasPrefix(":") } }
                .map { "/" + $0.path.map(\.description).joined(separator: "/") }
            #expect(lists.count > 20)
            for path in lists {
                for value in Self.values {
                    let encoded = value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
                    let everything = Self.keys.map { "\($0)=\(encoded)" }.joined(separator: "&")
                    let response = try await browser.get("\(path)?\(everything)")
                    #expect(response.status.code < 500, "\(path) with \(value.prefix(30)): \(response.status.code)")
                }
                let single = try await browser.get("\(path)?page=9223372036854775807&year=9999%2F00")
                #expect(single.status.code < 500, "\(path)")
            }
            #expect(try await t.anonymous().get("/health").status == .ok, "still serving")
        }
    }

    @Test func oddPathsAreHTMLPagesNotErrors() async throws {
        try await withMASA { t in
            let browser = try await t.browser(as: .viewer)
            for path in [
                "/" + String(repeating: "a", count: 5000), "/agencies/..%2F..%2Fetc", "/agencies/%00",
                "/agencies/not-an-id", "/meetings/\(UUID())/edit/extra", "/%E2%82",
            ] {
                let response = try await browser.get(path)
                #expect([400, 403, 404].contains(response.status.code), "\(path.prefix(40)): \(response.status.code)")
                #expect(response.headers.contentType == .html, "\(path.prefix(40)) answers with a page")
            }
        }
    }
}
