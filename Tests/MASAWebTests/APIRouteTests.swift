import Foundation
import MASACore
import MASATestSupport
@testable import MASAWeb
import Testing
import Vapor
import VaporTesting

/// Every API route, on the demo partnership: 200 with a token carrying its permission and a body that the OpenAPI
/// document describes exactly. (Refusals, 401 and 403, are in the permission matrix.)
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

    /// The route's path with the first id its list gave.
    static func concrete(_ route: APIRoute, ids: [String: String]) -> String? {
        let pattern = route.path.pattern
        guard let parameter = route.path.pathComponents.last, case .parameter = parameter else { return pattern }
        let list = pattern.split(separator: "/").dropLast().joined(separator: "/")
        guard let id = ids["/" + list] else { return nil }
        return "/" + list + "/" + id
    }
}
