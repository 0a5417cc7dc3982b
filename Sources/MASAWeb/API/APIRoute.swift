import MASACore
import Vapor

/// One read-only JSON route as a feature declared it: its path under /api/v1, the permission a token must carry,
/// and enough about its answer (shape, item schema, query parameters) for the OpenAPI document.
public struct APIRoute: Sendable {
    public enum Shape: Sendable {
        /// `{"data": [...], "page": {...}}`, paginated by the kit.
        case list
        /// `{"data": {...}}`.
        case item
    }

    public let path: any SitePath
    public let permission: Permission
    public let summary: String
    public let shape: Shape
    public let schema: APIObjectSchema
    /// Query parameters beyond `page` and `per_page`.
    public let query: [APIQueryParameter]
    public let feature: String
    let handler: @Sendable (Request) async throws -> Response
}

/// A query parameter a route reads; a value it cannot use is a 400, never a guess.
public struct APIQueryParameter: Sendable {
    public let name: String
    public let type: APIType
    public let note: String

    public init(_ name: String, _ type: APIType, _ note: String) {
        self.name = name
        self.type = type
        self.note = note
    }
}

/// What a list handler returns: one page of items and how many there are in all.
public struct APIItems<Item: APIObject>: Sendable {
    public let items: [Item]
    public let total: Int

    public init(_ items: [Item], total: Int) {
        self.items = items
        self.total = total
    }
}

extension FeatureRegistry {
    /// A paginated list. The kit reads and checks `page` and `per_page` and builds the `page` block with its
    /// `next` link; the handler fetches the page `paging` names.
    public mutating func apiList<Item: APIObject>(
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
    public mutating func apiItem<Item: APIObject>(
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
