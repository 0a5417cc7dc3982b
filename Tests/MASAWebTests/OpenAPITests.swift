import Foundation
import MASACore
import MASATestSupport
@testable import MASAWeb
import Testing
import VaporTesting

/// The OpenAPI document is the registered routes, no more and no less, and the checker that holds responses to it
/// does catch a response that strays.
@Suite("OpenAPI document")
struct OpenAPITests {
    @Test func theDocumentNeedsNoTokenAndDescribesEveryRouteExactly() async throws {
        try await withMASA { t in
            let response = try await t.api("/api/v1/openapi.json", token: nil)
            #expect(response.status == .ok && response.headers.contentType == .json)
            let document = response.json
            #expect(document["openapi"]?.string == "3.1.0")
            #expect(document["components"]?["securitySchemes"]?["bearerAuth"]?["scheme"]?.string == "bearer")
            let documented = Set(document["paths"]?.object?.keys.map { $0 } ?? [])
            let routes = t.app.registry.apiRoutes
            #expect(documented == Set(routes.map { OpenAPIDocument.documentPath($0.path) }),
                    "every documented path is registered and every registered one documented")
            for route in routes {
                let path = OpenAPIDocument.documentPath(route.path)
                let operation = try #require(document["paths"]?[path]?["get"], "\(path)")
                #expect(operation["x-permission"]?.string == route.permission.name, "\(path)")
                let parameters = operation["parameters"]?.array ?? []
                let inPath = Set(parameters.filter { $0["in"]?.string == "path" }.compactMap { $0["name"]?.string })
                let expected = Set(route.path.segments.compactMap { segment -> String? in
                    if case .parameter(let name, _) = segment { return name } else { return nil }
                })
                #expect(inPath == expected, "\(path) path parameters")
                #expect(path.split(separator: "{").count - 1 == expected.count)
                let inQuery = Set(parameters.filter { $0["in"]?.string == "query" }.compactMap { $0["name"]?.string })
                let paging: Set<String> = route.shape == .list ? ["page", "per_page"] : []
                #expect(inQuery == paging.union(route.query.map(\.name)), "\(path) query parameters")
                for status in ["200", "401", "403", "500"] {
                    #expect(operation["responses"]?[status] != nil, "\(path) documents \(status)")
                }
            }
        }
    }

    @Test func aSampleResponseValidatesAndAStrayOneDoesNot() async throws {
        try await withMASA { t in
            let check = OpenAPICheck(try await t.openAPIDocument())
            let token = try await t.apiToken([.viewPartnership])
            let schema = try #require(check.responseSchema("/api/v1/agencies"))
            let sample = try await t.api("/api/v1/agencies", token: token).json
            #expect(check.problems(sample, schema).isEmpty)
            #expect(sample["data"]?.array?.count == 5)
            guard case .object(let body) = sample, case .array(let items) = body["data"],
                  case .object(let agency) = items[0] else { Issue.record("not a list"); return }
            let strays: [(String, JSON?)] = [("name", nil), ("name", .number(3)), ("kind", .string("castle")),
                                             ("id", .string("not-a-uuid")), ("is_active", .string("true")),
                                             ("surprise", .string("an undocumented field"))]
            for (field, value) in strays {
                var changed = agency, list = items, copy = body
                changed[field] = value
                list[0] = .object(changed)
                copy["data"] = .array(list)
                #expect(!check.problems(.object(copy), schema).isEmpty, "\(field) = \(String(describing: value))")
            }
            var withoutPage = body
            withoutPage["page"] = nil
            #expect(!check.problems(.object(withoutPage), schema).isEmpty, "the page block is required")
        }
    }
}
