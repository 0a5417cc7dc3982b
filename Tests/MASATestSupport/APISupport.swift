import Foundation
import MASACore
import MASAWeb
import NIOHTTP1
import Vapor
import VaporTesting

extension TestContext {
    /// A token issued straight into the database, as the business unit's form does; returns the token itself.
    package func apiToken(_ permissions: [Permission], agency: UUID? = nil, service: String? = "Test service",
                         expires: LocalDate = testToday.adding(months: 6),
                         name: String = "Test token") async throws -> String {
        let issue = APITokens.Issue(name: name, agencyID: agency, serviceName: agency == nil ? service : nil,
                                    permissions: permissions, expires: expires, formToken: nil)
        let issued = try await APITokens.issue(issue, issuerID: nil, issuerName: "Test", at: testNow, on: db)
        return try require(issued).token
    }

    /// A token carrying every permission the API's routes need.
    package func fullAPIToken() async throws -> String {
        try await apiToken(APITokens.readable(in: app.registry))
    }

    /// An API request as a program makes it: the bearer token if given, no cookies unless `cookie` is.
    package func api(_ path: String, token: String?, method: HTTPMethod = .GET, cookie: String? = nil,
                    authorization: String? = nil) async throws -> TestingHTTPResponse {
        var headers = HTTPHeaders()
        if let token { headers.add(name: .authorization, value: "Bearer \(token)") }
        if let authorization { headers.replaceOrAdd(name: .authorization, value: authorization) }
        if let cookie { headers.add(name: .cookie, value: "masa-session=\(cookie)") }
        return try await app.testing().sendRequest(method, path, headers: headers)
    }

    /// The served OpenAPI document.
    package func openAPIDocument() async throws -> JSON {
        try await api("/api/v1/openapi.json", token: nil).json
    }
}

private func require<T>(_ value: T?) throws -> T {
    guard let value else { throw Abort(.internalServerError, reason: "the token form refused a fresh issue") }
    return value
}

extension TestingHTTPResponse {
    /// The body as JSON; `.null` when it is not JSON at all.
    package var json: JSON { (try? JSONDecoder().decode(JSON.self, from: Data(body.readableBytesView))) ?? .null }

    /// `{"error": {"status": N, "message": ...}}` with N the response's own status.
    package var isJSONError: Bool {
        headers.contentType == .json && json["error"]?["status"]?.int == Int(status.code)
            && json["error"]?["message"]?.string?.isEmpty == false
    }
}

/// JSON as a test reads it. Decoded strictly: `true` is never a number and `1` never a boolean.
package enum JSON: Decodable, Equatable, Sendable {
    case null, bool(Bool), number(Double), string(String), array([JSON]), object([String: JSON])

    package init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null }
        else if let value = try? container.decode(Bool.self) { self = .bool(value) }
        else if let value = try? container.decode(Double.self) { self = .number(value) }
        else if let value = try? container.decode(String.self) { self = .string(value) }
        else if let value = try? container.decode([JSON].self) { self = .array(value) }
        else { self = .object(try container.decode([String: JSON].self)) }
    }

    package subscript(key: String) -> JSON? {
        if case .object(let fields) = self { return fields[key] }
        return nil
    }

    package subscript(index: Int) -> JSON? {
        if case .array(let items) = self, items.indices.contains(index) { return items[index] }
        return nil
    }

    package var string: String? { if case .string(let value) = self { value } else { nil } }
    package var int: Int? { if case .number(let value) = self, value.rounded() == value { Int(value) } else { nil } }
    package var bool: Bool? { if case .bool(let value) = self { value } else { nil } }
    package var array: [JSON]? { if case .array(let value) = self { value } else { nil } }
    package var object: [String: JSON]? { if case .object(let value) = self { value } else { nil } }
}
