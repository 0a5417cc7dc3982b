import Foundation
import NIOHTTP1
import Testing
import Vapor
import VaporTesting

/// Requests as a person's browser makes them: keeps the session cookie, picks up the CSRF token from each page and
/// sends it with every form, follows nothing automatically so tests can check each redirect.
package final class TestBrowser: @unchecked Sendable {
    package let app: Application
    /// Every cookie the app has set, by name, as a browser keeps them.
    package private(set) var cookies: [String: String] = [:]
    package private(set) var csrf: String?
    /// The session cookie's value.
    package var cookie: String? { cookies["masa-session"] }

    package init(app: Application) { self.app = app }

    @discardableResult
    package func get(_ path: String) async throws -> TestingHTTPResponse {
        try await send(.GET, path, body: nil)
    }

    /// Posts a form; the CSRF token is added unless `csrf` is false. Fetches a page first if no token is known yet.
    @discardableResult
    package func post(
        _ path: String, _ fields: [(String, String)] = [], csrf withToken: Bool = true
    ) async throws -> TestingHTTPResponse {
        if withToken && csrf == nil { try await get("/sign-in") }
        var all = fields
        if withToken, let csrf { all.append(("csrf_token", csrf)) }
        let body = all.map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(separator: "&")
        return try await send(.POST, path, body: body)
    }

    package func signIn(email: String, password: String) async throws {
        try await get("/sign-in")
        let response = try await post("/sign-in", [("email", email), ("password", password)])
        #expect(response.status == .seeOther, "sign-in as \(email) should redirect")
        try await get("/")
    }

    private func send(_ method: HTTPMethod, _ path: String, body: String?) async throws -> TestingHTTPResponse {
        var headers = HTTPHeaders()
        if !cookies.isEmpty {
            headers.add(
                name: .cookie,
                value: cookies.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
                    .joined(separator: "; "))
        }
        var buffer: ByteBuffer? = nil
        if let body {
            headers.contentType = .urlEncodedForm
            buffer = ByteBuffer(string: body)
        }
        let response = try await app.testing().sendRequest(method, path, headers: headers, body: buffer)
        for value in response.headers[.setCookie] {
            let pair = value.prefix { $0 != ";" }
            guard let equals = pair.firstIndex(of: "=") else { continue }
            let name = String(pair[..<equals]), raw = String(pair[pair.index(after: equals)...])
            let expired =
                raw.isEmpty || value.lowercased().contains("max-age=0")
                || value.contains("Thu, 01 Jan 1970")
            cookies[name] = expired ? nil : raw
        }
        if let token = Self.token(in: response.body.string) { csrf = token }
        return response
    }

    package static func token(in html: String) -> String? {
        guard let range = html.range(of: "name=\"csrf_token\" value=\"") else { return nil }
        return String(html[range.upperBound...].prefix { $0 != "\"" })
    }

    static func encode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}

extension TestingHTTPResponse {
    package var html: String { body.string }
    package var location: String? { headers.first(name: .location) }
}
