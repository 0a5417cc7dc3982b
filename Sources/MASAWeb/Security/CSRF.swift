import Foundation
import Vapor

/// Every state-changing request must carry the session's CSRF token in the form field `csrf_token`.
/// The token is made once per session and compared in constant time.
struct CSRFMiddleware: AsyncMiddleware {
    static let field = "csrf_token"

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if request.method != .GET && request.method != .HEAD {
            let sent = (try? request.content.get(String.self, at: Self.field)) ?? ""
            let expected = request.session.data["csrf"] ?? ""
            guard !expected.isEmpty, constantTimeEqual(sent, expected) else {
                throw Abort(.forbidden, reason: "The form has expired. Go back, reload the page and try again.")
            }
        }
        return try await next.respond(to: request)
    }
}

extension Request {
    /// The session's CSRF token, made on first use.
    public var csrfToken: String {
        if let token = session.data["csrf"] { return token }
        let token = [UInt8].random(count: 32).base64.replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "+", with: "-")
        session.data["csrf"] = token
        return token
    }
}
