import Foundation
import Vapor

/// Every state-changing request must carry the session's CSRF token in the form field `csrf_token`.
/// The token is made once per session and compared in constant time. CSRF guards cookie authority, so this runs
/// for everything but /api/ (`CookieStack`): the API takes bearer tokens only, never the cookie, and only reads.
struct CSRFMiddleware: AsyncMiddleware {
    static let field = "csrf_token"
    /// Before sign-in there is no session (a visit to the sign-in page stores nothing), so the sign-in form's token
    /// is kept in a cookie of its own and checked against the form ("double submit").
    static let cookie = "masa-form"
    /// Above the largest form MASA has (a review's long text fields together), far below what would strain memory.
    static let maximumBody = 2 * 1024 * 1024

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if request.method != .GET && request.method != .HEAD {
            // A browser sends a long form in several packets; until the whole body is in, the token may not be.
            try await Self.collectBody(of: request)
            let sent = FormState.posted(request).value(Self.field) ?? ""
            let expected = request.hasLiveSession ? request.session.data["csrf"] ?? ""
                : request.cookies[Self.cookie]?.string ?? ""
            guard !expected.isEmpty, constantTimeEqual(sent, expected) else {
                request.logger.notice("Form refused: the CSRF token did not match the session")
                return try await FormProblemPage.expired(request)
            }
        }
        let response = try await next.respond(to: request)
        if let made = request.storage[AnonymousToken.self] {
            response.cookies[Self.cookie] = HTTPCookies.Value(
                string: made, path: "/", isSecure: request.application.masaConfig.secureCookies, isHTTPOnly: true,
                sameSite: .strict)
        }
        return response
    }

    static func collectBody(of request: Request) async throws {
        guard request.body.data == nil else { return }
        if let length = request.headers.first(name: .contentLength).flatMap(Int.init), length > maximumBody {
            throw Abort(.payloadTooLarge)
        }
        _ = try await request.body.collect(max: maximumBody).get()
    }
}

/// Random, URL-safe text for tokens that must not be guessed.
package enum RandomToken {
    package static func make(bytes: Int = 32) -> String {
        [UInt8].random(count: bytes).base64.replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "=", with: "")
    }
}

struct AnonymousToken: StorageKey { typealias Value = String }

extension Request {
    /// True when the request belongs to a stored session (a signed-in person, or one halfway through signing in).
    package var hasLiveSession: Bool { hasSession && session.id != nil }

    /// The token every form carries: the session's, or before sign-in the visitor's own cookie's. Made on first use.
    package var csrfToken: String {
        if hasLiveSession {
            if let token = session.data["csrf"] { return token }
            let token = RandomToken.make()
            session.data["csrf"] = token
            return token
        }
        if let made = storage[AnonymousToken.self] { return made }
        if let kept = cookies[CSRFMiddleware.cookie]?.string, kept.count >= 32 { return kept }
        let token = RandomToken.make()
        storage[AnonymousToken.self] = token
        return token
    }
}
