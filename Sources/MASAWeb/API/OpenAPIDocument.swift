import Foundation

/// The OpenAPI 3.1 description of /api/v1, built at start-up from the registered API routes and their DTOs'
/// schemas, so it says what the running server does rather than what someone last wrote down.
enum OpenAPIDocument {
    enum Path: SitePath {
        case document
        var segments: [PathSegment] { ["api", "v1", "openapi.json"] }
    }

    static let path = Path.document

    static func make(_ routes: [APIRoute]) -> JSONTree {
        var components: [String: APIObjectSchema] = [:]
        for route in routes { route.schema.components(into: &components) }
        var schemas = components.mapValues(object)
        schemas["PageInfo"] = pageInfo
        schemas["Error"] = errorBody
        var paths: [String: JSONTree] = [:]
        for route in routes {
            let name = route.schema.name + (route.shape == .list ? "List" : "Item")
            schemas[name] = envelope(route)
            paths[documentPath(route.path), default: .object([:])] = .object(["get": operation(route, response: name)])
        }
        return .object([
            "openapi": "3.1.0",
            "info": .object(["title": "MASA API", "version": "1", "description": .string(description)]),
            "servers": .array([.object(["url": "/"])]),
            "security": .array([.object(["bearerAuth": .array([])])]),
            "paths": .object(paths),
            "components": .object([
                "schemas": .object(schemas),
                "securitySchemes": .object([
                    "bearerAuth": .object([
                        "type": "http", "scheme": "bearer",
                        "description": "A token the partnership's business unit issues under Settings, API tokens",
                    ])
                ]),
            ]),
        ])
    }

    static let description =
        "Read-only JSON for the partnership's records. Send a token as "
        + "`Authorization: Bearer masa_...`. Lists take `page` (from 1) and `per_page` (1 to 500, default 100) and "
        + "give the next page's address in `page.next`, null on the last page. Fields with no value are left out. "
        + "Every error is `{\"error\": {\"status\": ..., \"message\": ...}}`."

    /// "/api/v1/risks/:riskID" as OpenAPI writes it: "/api/v1/risks/{riskID}".
    static func documentPath(_ path: any SitePath) -> String {
        "/"
            + path.segments.map { segment in
                switch segment {
                case .constant(let text): text
                case .parameter(let name, _): "{\(name)}"
                }
            }.joined(separator: "/")
    }

    static func operation(_ route: APIRoute, response: String) -> JSONTree {
        // Every API path parameter is a record's id.
        var parameters: [JSONTree] = route.path.segments.compactMap { segment in
            guard case .parameter(let name, _) = segment else { return nil }
            return .object(["name": .string(name), "in": "path", "required": true, "schema": schema(.uuid)])
        }
        if route.shape == .list {
            parameters.append(query("page", "Page number, from 1", maximum: APIPaging.maximumPage, default: 1))
            parameters.append(
                query(
                    "per_page", "Items a page", maximum: APIPaging.maximumPerPage,
                    default: APIPaging.defaultPerPage))
        }
        parameters += route.query.map { parameter in
            .object([
                "name": .string(parameter.name), "in": "query", "required": false,
                "description": .string(parameter.note), "schema": schema(parameter.type),
            ])
        }
        var responses: [String: JSONTree] = [
            "200": .object([
                "description": "OK",
                "content": .object(["application/json": .object(["schema": ref(response)])]),
            ])
        ]
        var failures = [
            "401": "No token, or one that is unknown, expired or revoked",
            "403": "The token does not carry the permission named in x-permission",
            "500": "Something went wrong on the server; nothing is revealed",
        ]
        if route.shape == .list || !route.query.isEmpty { failures["400"] = "A query value that cannot be used" }
        if route.shape == .item { failures["404"] = "No record has this id" }
        for (status, text) in failures {
            responses[status] = .object([
                "description": .string(text),
                "content": .object(["application/json": .object(["schema": ref("Error")])]),
            ])
        }
        return .object([
            "summary": .string(route.summary), "operationId": .string(operationID(route)),
            "tags": .array([.string(route.feature)]), "parameters": .array(parameters),
            "responses": .object(responses), "x-permission": .string(route.permission.name),
        ])
    }

    static func operationID(_ route: APIRoute) -> String {
        let words = route.path.segments.dropFirst(2).map { segment in
            switch segment {
            case .constant(let text): text
            case .parameter(let name, _): "by-\(name)"
            }
        }
        return ([route.shape == .list ? "list" : "get"] + words).joined(separator: "-")
    }

    static func query(_ name: String, _ note: String, maximum: Int, default value: Int) -> JSONTree {
        .object([
            "name": .string(name), "in": "query", "required": false, "description": .string(note),
            "schema": .object(["type": "integer", "minimum": 1, "maximum": .int(maximum), "default": .int(value)]),
        ])
    }

    static func envelope(_ route: APIRoute) -> JSONTree {
        let data: JSONTree =
            route.shape == .list
            ? .object(["type": "array", "items": ref(route.schema.name)])
            : ref(route.schema.name)
        var properties: [String: JSONTree] = ["data": data]
        if route.shape == .list { properties["page"] = ref("PageInfo") }
        return .object([
            "type": "object", "properties": .object(properties), "additionalProperties": false,
            "required": .array(properties.keys.sorted().map(JSONTree.string)),
        ])
    }

    static func object(_ schema: APIObjectSchema) -> JSONTree {
        var result: [String: JSONTree] = [
            "type": "object", "additionalProperties": false,
            "properties": .object(
                Dictionary(
                    uniqueKeysWithValues: schema.fields.map { field in
                        var property = self.schema(field.type)
                        if let note = field.note, case .object(var fields) = property {
                            fields["description"] = .string(note)
                            property = .object(fields)
                        }
                        return (field.name, property)
                    })),
            "required": .array(schema.fields.filter(\.isRequired).map { .string($0.name) }),
        ]
        if let note = schema.note { result["description"] = .string(note) }
        return .object(result)
    }

    static func schema(_ type: APIType) -> JSONTree {
        switch type {
        case .string: .object(["type": "string"])
        case .date: .object(["type": "string", "format": "date"])
        case .dateTime: .object(["type": "string", "format": "date-time"])
        case .uuid: .object(["type": "string", "format": "uuid"])
        case .integer: .object(["type": "integer"])
        case .boolean: .object(["type": "boolean"])
        case .oneOf(let values): .object(["type": "string", "enum": .array(values.map(JSONTree.string))])
        case .array(let item): .object(["type": "array", "items": schema(item)])
        case .object(let object): ref(object.name)
        }
    }

    static func ref(_ name: String) -> JSONTree { .object(["$ref": .string("#/components/schemas/\(name)")]) }

    static let pageInfo: JSONTree = .object([
        "type": "object", "additionalProperties": false,
        "required": .array(["number", "per_page", "total", "next"]),
        "properties": .object([
            "number": .object(["type": "integer"]), "per_page": .object(["type": "integer"]),
            "total": .object(["type": "integer"]),
            "next": .object([
                "type": .array(["string", "null"]),
                "description": "The next page's path and query, or null on the last page",
            ]),
        ]),
    ])

    static let errorBody: JSONTree = .object([
        "type": "object", "additionalProperties": false, "required": .array(["error"]),
        "properties": .object([
            "error": .object([
                "type": "object", "additionalProperties": false, "required": .array(["status", "message"]),
                "properties": .object(["status": .object(["type": "integer"]), "message": .object(["type": "string"])]),
            ])
        ]),
    ])
}

/// JSON written out by hand: the OpenAPI document's keys are its own ("$ref", "operationId"), so it is encoded
/// without the DTOs' snake_case key strategy.
indirect enum JSONTree: Encodable, Sendable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByBooleanLiteral
{
    case string(String), int(Int), bool(Bool), array([JSONTree]), object([String: JSONTree])

    init(stringLiteral value: String) { self = .string(value) }
    init(integerLiteral value: Int) { self = .int(value) }
    init(booleanLiteral value: Bool) { self = .bool(value) }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let value): try container.encode(value)
        case .int(let value): try container.encode(value)
        case .bool(let value): try container.encode(value)
        case .array(let values): try container.encode(values)
        case .object(let fields): try container.encode(fields)
        }
    }
}
