import Fluent
import Foundation
import MASACore
import MASATestSupport
@testable import MASAWeb
import Testing
import Vapor
import VaporTesting

/// A form that cannot be saved shows what happened and keeps what was typed; a form sent twice saves once.
@Suite("Form safety")
struct FormSafetyTests {
    static func formToken(in html: String) -> String? {
        guard let range = html.range(of: "name=\"form_token\" value=\"") else { return nil }
        return String(html[range.upperBound...].prefix { $0 != "\"" })
    }

    @Test func anExpiredFormShowsWhatWasTypedAndCanBeSentAgain() async throws {
        try await withMASA { t in
            let browser = try await t.browser(as: .businessUnit)
            let long = String(repeating: "Health visiting and school nursing for the whole area. ", count: 200)
            let response = try await browser.post(
                "/agencies/new",
                [
                    ("name", "Careful Agency"), ("kind", "other"),
                    ("notes", long), ("csrf_token", "stale"),
                ], csrf: false)
            #expect(response.status == .forbidden)
            #expect(response.html.contains("Your form could not be sent"))
            #expect(!response.html.contains("You do not have permission"))
            #expect(response.html.contains("Careful Agency"), "what was typed is shown")
            #expect(
                response.html.contains("name=\"name\" value=\"Careful Agency\""), "and carried by the send-again form")
            #expect(try await Agency.query(on: t.db).filter(\.$name == "Careful Agency").count() == 0)
            let again = try await browser.post("/agencies/new", [("name", "Careful Agency"), ("kind", "other")])
            #expect(again.status == .seeOther)
        }
    }

    @Test func aSignedOutPersonIsToldToCopyTheirText() async throws {
        try await withMASA { t in
            let browser = t.anonymous()
            try await browser.get("/sign-in")
            let response = try await browser.post(
                "/agencies/new", [("name", "Lost Agency"), ("csrf_token", "old")],
                csrf: false)
            #expect(response.status == .forbidden)
            #expect(response.html.contains("You were signed out"))
            #expect(response.html.contains("Lost Agency"))
            #expect(!response.html.contains("Send again"))
        }
    }

    @Test func passwordsAreNeverShownBack() async throws {
        try await withMASA { t in
            let response = try await t.anonymous().post(
                "/sign-in",
                [
                    ("email", "a@b.example"), ("password", "hunter2-secret"),
                    ("csrf_token", "x"),
                ], csrf: false)
            #expect(response.status == .forbidden)
            #expect(!response.html.contains("hunter2-secret"))
        }
    }

    @Test func aLongFormIsAccepted() async throws {
        try await withMASA { t in
            let browser = try await t.browser(as: .businessUnit)
            for size in [1_024, 10_240, 61_440] {
                let notes = String(repeating: "n", count: size)
                let response = try await browser.post(
                    "/agencies/new",
                    [
                        ("name", "Agency \(size)"), ("kind", "other"),
                        ("notes", notes),
                    ])
                #expect(response.status != .forbidden, "\(size) bytes")
            }
        }
    }

    @Test func theSameRenderingPostedTwiceSavesOnce() async throws {
        try await withMASA { t in
            let browser = try await t.browser(as: .businessUnit)
            let page = try await browser.get("/agencies/new")
            let token = try #require(Self.formToken(in: page.html))
            let fields = [("name", "Once Only Agency"), ("kind", "other"), ("form_token", token)]
            let first = try await browser.post("/agencies/new", fields)
            let second = try await browser.post("/agencies/new", fields)
            #expect(first.status == .seeOther)
            #expect(second.status == .seeOther)
            #expect(second.location == first.location, "the retry goes where the first went")
            #expect(try await Agency.query(on: t.db).filter(\.$name == "Once Only Agency").count() == 1)
        }
    }

    @Test func aRefusedFormCanBeCorrectedAndSentWithTheSameToken() async throws {
        try await withMASA { t in
            let browser = try await t.browser(as: .businessUnit)
            let token = try #require(Self.formToken(in: try await browser.get("/agencies/new").html))
            let refused = try await browser.post(
                "/agencies/new", [("name", ""), ("kind", "other"), ("form_token", token)])
            #expect(refused.status == .unprocessableEntity)
            let fixed = try await browser.post(
                "/agencies/new",
                [
                    ("name", "Fixed Agency"), ("kind", "other"),
                    ("form_token", token),
                ])
            #expect(fixed.status == .seeOther)
            #expect(try await Agency.query(on: t.db).filter(\.$name == "Fixed Agency").count() == 1)
        }
    }

    @Test func everyRenderedFormCarriesItsOwnToken() async throws {
        try await withMASA { t in
            let browser = try await t.browser(as: .businessUnit)
            let one = Self.formToken(in: try await browser.get("/agencies/new").html)
            let two = Self.formToken(in: try await browser.get("/agencies/new").html)
            #expect(one != nil && one != two)
        }
    }
}
