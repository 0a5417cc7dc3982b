import Foundation
import NIOCore
import Vapor

/// What MASA asks of the identity provider over HTTP: two kinds of request. The app sends them with Vapor's client;
/// tests put a provider of their own in its place (`Application.oidcTransport`).
package protocol OIDCTransport: Sendable {
    func get(_ url: String) async throws -> OIDCHTTPResponse
    /// An `application/x-www-form-urlencoded` POST (the token request).
    func postForm(_ url: String, fields: [(String, String)], headers: [(String, String)]) async throws
        -> OIDCHTTPResponse
}

package struct OIDCHTTPResponse: Sendable {
    package let status: UInt
    package let body: Data

    package init(status: UInt, body: Data) {
        self.status = status
        self.body = body
    }
}

struct VaporClientTransport: OIDCTransport {
    let client: any Client
    /// A provider that does not answer in this time is treated as down; a person is waiting.
    static let timeout: TimeAmount = .seconds(10)

    func get(_ url: String) async throws -> OIDCHTTPResponse {
        try await send(ClientRequest(method: .GET, url: URI(string: url), headers: ["Accept": "application/json"],
                                     body: nil, timeout: Self.timeout))
    }

    func postForm(_ url: String, fields: [(String, String)], headers: [(String, String)]) async throws
        -> OIDCHTTPResponse {
        var all = HTTPHeaders(headers)
        all.replaceOrAdd(name: .contentType, value: "application/x-www-form-urlencoded")
        all.replaceOrAdd(name: .accept, value: "application/json")
        let body = ByteBuffer(string: FormEncoding.query(fields))
        return try await send(ClientRequest(method: .POST, url: URI(string: url), headers: all, body: body,
                                            timeout: Self.timeout))
    }

    private func send(_ request: ClientRequest) async throws -> OIDCHTTPResponse {
        let response = try await client.send(request).get()
        let body = response.body.map { Data($0.readableBytesView) } ?? Data()
        return OIDCHTTPResponse(status: response.status.code, body: body)
    }
}

/// Percent-encoding for form bodies and query strings: everything but the unreserved characters of RFC 3986.
enum FormEncoding {
    static let unreserved: CharacterSet = {
        var allowed = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        allowed.insert(charactersIn: "-._~")
        return allowed
    }()

    static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? text
    }

    static func query(_ fields: [(String, String)]) -> String {
        fields.map { "\(encode($0.0))=\(encode($0.1))" }.joined(separator: "&")
    }
}

extension Application {
    private struct TransportKey: StorageKey { typealias Value = any OIDCTransport }

    /// Who answers MASA's requests to the identity provider: Vapor's HTTP client unless a test has set its own.
    package var oidcTransport: any OIDCTransport {
        get { storage[TransportKey.self] ?? VaporClientTransport(client: client) }
        set { storage[TransportKey.self] = newValue }
    }
}
