import Fluent
import Foundation
import MASAApp
import MASACore
import MASATestSupport
@testable import MASAWeb
import Testing
import Vapor
import VaporTesting

/// The line between the API and the cookie-authenticated site: bearer tokens only, JSON for every failure, no cookie
/// read or set, and the cookie side's CSRF untouched.
@Suite("API boundary")
struct APIBoundaryTests {
    @Test func aSessionCookieAloneIsNotEnough() async throws {
        try await withMASA { t in
            let business = try await t.browser(as: .businessUnit)
            let cookie = try #require(business.cookie)
            #expect(try await business.get("/risks").status == .ok, "the cookie works on the pages")
            for path in ["/api/v1/risks", "/api/v1/agencies", "/api/v1/reviews"] {
                let response = try await t.api(path, token: nil, cookie: cookie)
                #expect(response.status == .unauthorized && response.isJSONError, "\(path)")
            }
        }
    }

    @Test func noAPIResponseSetsACookie() async throws {
        try await withMASA { t in
            let business = try await t.browser(as: .businessUnit)
            let cookie = try #require(business.cookie)
            let token = try await t.apiToken([.viewPartnership])
            let requests: [(String, String?, HTTPMethod)] = [
                ("/api/v1/risks", token, .GET), ("/api/v1/risks", nil, .GET), ("/api/v1/nowhere", token, .GET),
                ("/api/v1/risks?page=abc", token, .GET), ("/api/v1/risks", token, .POST),
                ("/api/v1/openapi.json", nil, .GET), ("/api/v1/reviews", token, .GET), ("/api", nil, .GET),
            ]
            for (path, token, method) in requests {
                for sendCookie in [nil, cookie] {
                    let response = try await t.api(path, token: token, method: method, cookie: sendCookie)
                    #expect(response.headers[.setCookie].isEmpty, "\(method) \(path) set a cookie")
                    #expect(response.headers.contentType == .json, "\(method) \(path) is JSON")
                    #expect(response.headers.first(name: .cacheControl) == "no-store")
                }
            }
        }
    }

    @Test func everyFailureUnderTheAPIIsJSON() async throws {
        try await withMASA(features: MASAApp.features + [BrokenFeature()]) { t in
            let token = try await t.fullAPIToken()
            let failures: [(String, HTTPMethod, HTTPStatus)] = [
                ("/api/v1/nowhere", .GET, .notFound), ("/api/v2/risks", .GET, .notFound), ("/api", .GET, .notFound),
                ("/api/v1/risks/\(UUID())", .GET, .notFound), ("/api/v1/risks/not-an-id", .GET, .notFound),
                ("/api/v1/risks?status=bogus", .GET, .badRequest),
                ("/api/v1/actions?owner_agency=x", .GET, .badRequest),
                ("/api/v1/budget-lines?year=last-year", .GET, .badRequest), ("/api/v1/risks", .POST, .methodNotAllowed),
                ("/api/v1/risks", .DELETE, .methodNotAllowed), ("/api/v1/broken", .GET, .internalServerError),
            ]
            for (path, method, status) in failures {
                let response = try await t.api(path, token: token, method: method)
                #expect(response.status == status && response.isJSONError, "\(method) \(path): \(response.status.code)")
                #expect(!response.body.string.contains("<html"), "\(path) is never a page")
            }
            let crash = try await t.api("/api/v1/broken", token: token)
            #expect(!crash.body.string.contains("secret detail"), "a 500 reveals nothing")
            #expect(
                try await t.api("/api/v1/risks", token: token, method: .POST).headers.first(name: .allow) == "GET, HEAD"
            )
        }
    }

    @Test func cookieFormsStillNeedTheirCSRFToken() async throws {
        try await withMASA { t in
            let business = try await t.browser(as: .businessUnit)
            let refused = try await business.post(
                "/agencies/new", [("name", "No token agency"), ("kind", "health")],
                csrf: false)
            #expect(refused.status != .seeOther && !refused.html.isEmpty, "a form without its token is refused")
            #expect(try await Agency.query(on: t.db).filter(\.$name == "No token agency").count() == 0)
        }
    }

    @Test func routesOnTheWrongSideOfTheBoundaryStopTheApp() throws {
        for feature in [MisplacedFeature(page: true), MisplacedFeature(page: false)] {
            #expect(throws: RegistryError.self) { try FeatureRegistry.gather([feature], into: FeatureRegistry()) }
        }
    }
}

/// An API route that fails as a bug would, to show a 500 is JSON and says nothing of the cause.
struct BrokenFeature: Feature {
    struct Failure: Error, CustomStringConvertible { var description: String { "secret detail" } }
    struct Nothing: APIObject { static let schema = APIObjectSchema("Nothing", []) }
    enum Path: SitePath { case broken; var segments: [PathSegment] { ["api", "v1", "broken"] } }

    let id = "broken"
    func register(into registry: inout FeatureRegistry) {
        registry.apiItem(Path.broken, .viewPartnership, "Fails") { _ -> Nothing in throw Failure() }
    }
}

/// A page under /api/ or an API route outside /api/v1/.
struct MisplacedFeature: Feature {
    enum Path: SitePath {
        case page, api
        var segments: [PathSegment] { self == .page ? ["api", "v1", "page"] : ["reports", "json"] }
    }

    let page: Bool
    let id = "misplaced"
    func register(into registry: inout FeatureRegistry) {
        if page {
            registry.get(Path.page, .viewPartnership) { _ in Response(status: .ok) }
        } else {
            registry.apiItem(Path.api, .viewPartnership, "Misplaced") { _ -> BrokenFeature.Nothing in .init() }
        }
    }
}
