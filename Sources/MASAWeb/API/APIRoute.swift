import MASACore
import Vapor

/// One read-only JSON route as a feature declared it: its path under /api/v1, the permission a token must carry,
/// and enough about its answer (shape, item schema, query parameters) for the OpenAPI document.
package struct APIRoute: Sendable {
    package enum Shape: Sendable {
        /// `{"data": [...], "page": {...}}`, paginated by the kit.
        case list
        /// `{"data": {...}}`.
        case item
    }

    package let path: any SitePath
    package let permission: Permission
    package let summary: String
    package let shape: Shape
    package let schema: APIObjectSchema
    /// Query parameters beyond `page` and `per_page`.
    package let query: [APIQueryParameter]
    package let feature: String
    let handler: @Sendable (Request) async throws -> Response
}

/// A query parameter a route reads; a value it cannot use is a 400, never a guess.
package struct APIQueryParameter: Sendable {
    package let name: String
    package let type: APIType
    package let note: String

    package init(_ name: String, _ type: APIType, _ note: String) {
        self.name = name
        self.type = type
        self.note = note
    }
}

/// What a list handler returns: one page of items and how many there are in all.
package struct APIItems<Item: APIObject>: Sendable {
    package let items: [Item]
    package let total: Int

    package init(_ items: [Item], total: Int) {
        self.items = items
        self.total = total
    }
}

extension FeatureRegistry {
    /// A paginated list. The kit reads and checks `page` and `per_page` and builds the `page` block with its
    /// `next` link; the handler fetches the page `paging` names.
    package mutating func apiList<Item: APIObject>(
        _ path: some SitePath, _ permission: Permission, _ summary: String, query: [APIQueryParameter] = [],
        _ handler: @escaping @Sendable (Request, APIPaging) async throws -> APIItems<Item>
    ) {
        add(api: APIRoute(path: path, permission: permission, summary: summary, shape: .list, schema: Item.schema,
                          query: query, feature: currentFeature) { req in
            let paging = try APIPaging(req)
            let items = try await handler(req, paging)
            let next = paging.next(total: items.total, keeping: query.map(\.name), on: req)
            let page = APIPageInfo(number: paging.number, perPage: paging.perPage, total: items.total, next: next)
            return try APIJSON.response(APIList(data: items.items, page: page))
        })
    }

    /// One record, `{"data": {...}}`; the handler throws `Abort(.notFound)` for an unknown id.
    package mutating func apiItem<Item: APIObject>(
        _ path: some SitePath, _ permission: Permission, _ summary: String,
        _ handler: @escaping @Sendable (Request) async throws -> Item
    ) {
        add(api: APIRoute(path: path, permission: permission, summary: summary, shape: .item, schema: Item.schema,
                          query: [], feature: currentFeature) { req in
            try APIJSON.response(APIOne(data: try await handler(req)))
        })
    }
}

struct APIList<Item: APIObject>: Encodable {
    let data: [Item]
    let page: APIPageInfo
}

struct APIOne<Item: APIObject>: Encodable {
    let data: Item
}

extension Application {
    /// The API's own route group: bearer tokens only, each route behind its permission, reads of personal data
    /// recorded. The OpenAPI document needs no token. None of this sees the session cookie (`CookieStack`).
    func register(api apiRoutes: [APIRoute]) throws {
        // Built and encoded once: the routes cannot change while the app runs.
        let document = try APIJSON.encoder(snakeCase: false).encode(OpenAPIDocument.make(apiRoutes))
        get(OpenAPIDocument.path.pathComponents) { _ async throws -> Response in
            let response = Response(status: .ok, body: .init(data: document))
            response.headers.contentType = .json
            return response
        }
        let authenticated = grouped(APITokenAuthenticator())
        for route in apiRoutes {
            let guarded = authenticated.grouped(RequireAPIPermission(permission: route.permission))
            let handler = route.handler
            guarded.on(.GET, route.path.pathComponents) { req async throws -> Response in try await handler(req) }
        }
    }
}
