import Foundation
import MASACore
import MASATestSupport
@testable import MASAWeb
import Testing
import Vapor
import VaporTesting

/// Every API route, on the demo partnership: 200 with a token carrying its permission and a body that the OpenAPI
/// document describes exactly; 401 JSON without a token; 403 JSON with a token lacking the permission.
@Suite("API routes")
struct APIRouteTests {
    @Test func everyRouteAnswersWithWhatTheDocumentSays() async throws {
        try await withMASA(fixture: false) { t in
            try await DemoPartnership.seed(t.app)
            let check = OpenAPICheck(try await t.openAPIDocument())
            let token = try await t.fullAPIToken()
            var firstIDs: [String: String] = [:]
            // Lists first, so each item route can use an id its list gave.
            let order = { (route: APIRoute) in (route.shape == .list ? 0 : 1, route.path.pattern) }
            let routes = t.app.registry.apiRoutes.sorted { order($0) < order($1) }
            #expect(routes.count >= 27, "every record type has a list and an item route")
            for route in routes {
                let documented = OpenAPIDocument.documentPath(route.path)
                let schema = try #require(check.responseSchema(documented), "\(documented) is documented")
                let path = try #require(Self.concrete(route, ids: firstIDs), "an id for \(route.path.pattern)")
                let response = try await t.api(path, token: token)
                #expect(response.status == .ok, "\(path): \(response.body.string.prefix(200))")
                #expect(response.headers.contentType == .json)
                let problems = check.problems(response.json, schema)
                #expect(problems.isEmpty, "\(path): \(problems.prefix(5))")
                if route.shape == .list {
                    let items = response.json["data"]?.array ?? []
                    #expect(!items.isEmpty, "the demo has \(route.path.pattern)")
                    firstIDs[route.path.pattern] = items.first?["id"]?.string
                }
            }
        }
    }

    @Test func everyRouteRefusesWithoutATokenOrItsPermission() async throws {
        try await withMASA { t in
            let readable = APITokens.readable(in: t.app.registry)
            for route in t.app.registry.apiRoutes {
                let path = Self.concrete(route, ids: [:], fallback: UUID().uuidString)!
                let anonymous = try await t.api(path, token: nil)
                #expect(anonymous.status == .unauthorized && anonymous.isJSONError, "no token: \(path)")
                #expect(anonymous.headers.first(name: .wwwAuthenticate)?.hasPrefix("Bearer") == true)
                let without = try await t.apiToken(readable.filter { $0 != route.permission })
                let refused = try await t.api(path, token: without)
                #expect(refused.status == .forbidden && refused.isJSONError, "without \(route.permission): \(path)")
                let with = try await t.apiToken([route.permission])
                let allowed = try await t.api(path, token: with)
                #expect(allowed.status == .ok || (route.shape == .item && allowed.status == .notFound),
                        "with \(route.permission): \(path) (\(allowed.status.code))")
            }
        }
    }

    /// The route's path with the first id its list gave, or `fallback` when there is no list to ask.
    static func concrete(_ route: APIRoute, ids: [String: String], fallback: String? = nil) -> String? {
        let pattern = route.path.pattern
        guard let parameter = route.path.pathComponents.last, case .parameter = parameter else { return pattern }
        let list = pattern.split(separator: "/").dropLast().joined(separator: "/")
        guard let id = ids["/" + list] ?? fallback else { return nil }
        return "/" + list + "/" + id
    }
}
